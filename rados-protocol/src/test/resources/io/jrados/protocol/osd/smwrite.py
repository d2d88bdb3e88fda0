import sys, rados
r = rados.Rados(conffile=sys.argv[1])
r.connect()
io = r.open_ioctx('capsm')
io.set_self_managed_snap_write([2, 3])
io.write_full('smobj', b'kept')
r.shutdown()
