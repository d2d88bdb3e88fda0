import rados
c = rados.Rados(conffile='/tmp/osdop-c1/ceph.conf', conf={'ms_client_mode': 'crc'})
c.connect()
io = c.open_ioctx('jr')
with rados.WriteOpCtx() as op:
    op.write(b'abc', 0)
    io.operate_write_op(op, 'rvobj', flags=1024)
io.close(); c.shutdown()
