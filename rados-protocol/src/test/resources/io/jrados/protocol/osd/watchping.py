# Capture script: a watch held 7 s (librados pings it every 5 s) while `rados listwatchers` runs.
import rados, time, sys, subprocess
conf = sys.argv[1]
a = rados.Rados(conffile=conf, conf={'ms_client_mode': 'crc'}); a.connect()
ia = a.open_ioctx('jr')
w = ia.watch('obj-w', lambda *args: None, timeout=30)
time.sleep(1)
print(subprocess.run(['rados', '-c', conf, '--ms_client_mode=crc', '-p', 'jr', 'listwatchers', 'obj-w'],
                     capture_output=True, text=True).stdout, end='')
time.sleep(6)
print('watch id', w.get_id(), 'gid', a.get_instance_id())
w.close(); a.shutdown()
