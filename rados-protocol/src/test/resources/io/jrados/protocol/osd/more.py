import rados
c = rados.Rados(conffile='/tmp/osdop-c1/ceph.conf', conf={'ms_client_mode': 'crc'})
c.connect()
io = c.open_ioctx('jr')
# 0: write ops with several families
with rados.WriteOpCtx() as op:
    op.write_full(b'0123456789')
    op.append(b'abc')
    op.zero(2, 3)
    op.truncate(11)
    op.set_xattr('user.n', b'42')
    op.set_xattr('user.gone', b'x')
    op.rm_xattr('user.gone')
    io.set_omap(op, ('a', 'b', 'c'), (b'1', b'2', b'3'))
    io.remove_omap_keys(op, ('b',))
    io.operate_write_op(op, 'mobj')
# 1: omap keys page
with rados.ReadOpCtx() as op:
    it, ret = io.get_omap_keys(op, '', 2)
    io.operate_read_op(op, 'mobj')
    print('keys', ret, list(it))
# 2: omap vals by keys
with rados.ReadOpCtx() as op:
    it, ret = io.get_omap_vals_by_keys(op, ('a', 'c', 'zz'))
    io.operate_read_op(op, 'mobj')
    print('byk', ret, list(it))
# 3: getxattrs
print('xattrs', sorted(io.get_xattrs('mobj')))
# 4: read with a version assertion (the version librados saw last)
v = io.get_last_version()
print('version', v)
with rados.WriteOpCtx() as op:
    op.assert_version(v)
    op.write(b'Z', 0)
    io.operate_write_op(op, 'mobj')
# 5: stale version
try:
    with rados.WriteOpCtx() as op:
        op.assert_version(v)
        op.write(b'Y', 0)
        io.operate_write_op(op, 'mobj')
except Exception as e:
    print('stale', type(e).__name__, e)
# 6: omap clear
with rados.WriteOpCtx() as op:
    io.clear_omap(op)
    io.operate_write_op(op, 'mobj')
# 7: read result
print('data', io.read('mobj'))
io.close(); c.shutdown()
