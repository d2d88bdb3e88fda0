import rados
c = rados.Rados(conffile='/tmp/osdop-c1/ceph.conf', conf={'ms_client_mode': 'crc'})
c.connect()
io = c.open_ioctx('jr')
with rados.WriteOpCtx() as op:
    op.new(rados.LIBRADOS_CREATE_EXCLUSIVE)
    op.write_full(b'compound data')
    io.set_omap(op, ('k1', 'k2'), (b'v1', b'v2'))
    op.set_xattr('user.a', b'xa')
    io.operate_write_op(op, 'cobj')
with rados.ReadOpCtx() as op:
    it, ret = io.get_omap_vals(op, '', '', 10)
    io.operate_read_op(op, 'cobj')
    print(ret, list(it))
print(io.cmpext('cobj', b'compound', 0))
print(io.cmpext('cobj', b'compXund', 0))
try:
    print(io.execute('cobj', 'hello', 'say_hello', b'jrados'))
except Exception as e:
    print('exec', e)
io.close(); c.shutdown()
