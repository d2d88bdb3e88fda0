#!/usr/bin/env python3
"""Cut msgr2.1 crc-mode MESSAGE frames out of a pcap of loopback traffic to one port.

Usage: cut_frames.py CAPTURE.pcap PORT OUTDIR
Reassembles each TCP connection's two byte streams (by sequence number), skips the banners,
walks the frames by their preamble lengths, checks the preamble CRC (crc32c, seed 0) so that
secure-mode (encrypted) traffic is refused, and writes every MESSAGE frame (tag 17) whole, as it
was on the wire, to OUTDIR/<conn>-<dir>-<n>-type<T>.bin (dir: c2s or s2c).
"""
import os, struct, sys

def crc32c(data, crc=0):
    # bitwise Castagnoli, no final xor (msgr2's convention)
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc

def packets(path):
    with open(path, 'rb') as f:
        gh = f.read(24)
        magic, = struct.unpack('<I', gh[:4])
        linktype, = struct.unpack('<I', gh[20:24])
        while True:
            h = f.read(16)
            if len(h) < 16:
                return
            _, _, incl, _ = struct.unpack('<IIII', h)
            yield linktype, f.read(incl)

def tcp_segments(path):
    for linktype, pkt in packets(path):
        if linktype == 113:      # Linux cooked (tcpdump -i any)
            ip = pkt[16:]
        elif linktype == 1:      # Ethernet (lo)
            ip = pkt[14:]
        else:
            raise SystemExit('unsupported link type %d' % linktype)
        if ip[0] >> 4 != 4 or ip[9] != 6:
            continue
        ihl = (ip[0] & 15) * 4
        total, = struct.unpack('>H', ip[2:4])
        tcp = ip[ihl:total]
        sport, dport, seq = struct.unpack('>HHI', tcp[:8])
        flags = tcp[13]
        off = (tcp[12] >> 4) * 4
        yield sport, dport, seq, flags, tcp[off:]

def streams(path, port):
    conns = {}
    for sport, dport, seq, flags, payload in tcp_segments(path):
        client = dport if sport == port else sport
        if port not in (sport, dport):
            continue
        d = 'c2s' if dport == port else 's2c'
        st = conns.setdefault(client, {}).setdefault(d, {'isn': None, 'data': {}})
        if flags & 0x02:  # SYN
            st['isn'] = (seq + 1) & 0xffffffff
            continue
        if payload and st['isn'] is not None:
            st['data'][(seq - st['isn']) & 0xffffffff] = payload
    out = {}
    for client, dirs in conns.items():
        for d, st in dirs.items():
            buf = bytearray()
            for off in sorted(st['data']):
                p = st['data'][off]
                if off > len(buf):
                    raise SystemExit('gap in stream %d %s at %d' % (client, d, len(buf)))
                buf[off:off + len(p)] = p
            out[(client, d)] = bytes(buf)
    return out

def frames(stream):
    assert stream[:8] == b'ceph v2\n', stream[:8]
    blen, = struct.unpack('<H', stream[8:10])
    pos = 10 + blen
    while pos + 32 <= len(stream):
        pre = stream[pos:pos + 32]
        tag, nseg = pre[0], pre[1]
        segs = [struct.unpack('<IH', pre[2 + 6 * i: 8 + 6 * i])[0] for i in range(4)]
        crc, = struct.unpack('<I', pre[28:32])
        if crc32c(pre[:28]) != crc:
            raise SystemExit('preamble crc mismatch at %d: not crc mode?' % pos)
        length = 32 + sum(segs[:nseg]) + (4 if segs[0] else 0) + (13 if nseg > 1 else 0)
        yield tag, stream[pos:pos + length]
        pos += length

def main():
    path, port, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(outdir, exist_ok=True)
    for (client, d), stream in sorted(streams(path, port).items()):
        n = 0
        for tag, frame in frames(stream):
            if tag != 17:
                continue
            mtype, = struct.unpack('<H', frame[32 + 16:32 + 18])
            name = '%d-%s-%d-type%d.bin' % (client, d, n, mtype)
            with open(os.path.join(outdir, name), 'wb') as f:
                f.write(frame)
            print(name, len(frame))
            n += 1

main()
