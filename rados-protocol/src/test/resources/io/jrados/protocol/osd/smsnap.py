import sys
import rados
r = rados.Rados(conffile=sys.argv[1], conf={'ms_mon_client_mode': 'crc'})
r.connect()
io = r.open_ioctx('capsm')
a = io.create_self_managed_snap()
b = io.create_self_managed_snap()
io.remove_self_managed_snap(a)
try:
    io.remove_self_managed_snap(1000)
except Exception as e:
    print('rm 1000:', repr(e))
io2 = r.open_ioctx('capnamed')
try:
    io2.create_self_managed_snap()
except Exception as e:
    print('create on named:', repr(e))
print('snaps', a, b)
r.shutdown()
