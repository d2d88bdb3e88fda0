# Capture script: one client watches obj-w, a second notifies it; the watcher acks with a reply.
import rados, time, sys
conf = sys.argv[1]
a = rados.Rados(conffile=conf, conf={'ms_client_mode': 'crc'}); a.connect()
b = rados.Rados(conffile=conf, conf={'ms_client_mode': 'crc'}); b.connect()
ia = a.open_ioctx('jr'); ib = b.open_ioctx('jr')
ia.write_full('obj-w', b'watched')
got = []
def cb(notify_id, notifier_id, watch_id, data):
    got.append((notify_id, notifier_id, watch_id, data))
    return b'pong'
w = ia.watch('obj-w', cb, timeout=30)
time.sleep(0.5)
print('notify ->', ib.notify('obj-w', 'ping', 3000))
time.sleep(0.5)
print('got', got, 'watch id', w.get_id(), 'a gid', a.get_instance_id(), 'b gid', b.get_instance_id())
w.close()
a.shutdown(); b.shutdown()
