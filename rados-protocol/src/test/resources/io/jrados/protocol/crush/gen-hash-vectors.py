#!/usr/bin/env python3
"""Prints rjenkins1 test vectors computed by Ceph's own compiled crush_hash32* functions.

Calls the exported C functions of Ceph 16.2.15's libceph-common.so.2 through ctypes (offline, to
make this fixture only; jrados itself uses no native code). Output: "n a [b ...] = hash", all
unsigned decimal, for a fixed pseudo-random set of inputs plus edge values.
"""
import ctypes
import random

lib = ctypes.CDLL("/usr/lib/x86_64-linux-gnu/ceph/libceph-common.so.2")
fns = [lib.crush_hash32, lib.crush_hash32_2, lib.crush_hash32_3, lib.crush_hash32_4, lib.crush_hash32_5]
for n, f in enumerate(fns, start=1):
    f.restype = ctypes.c_uint32
    f.argtypes = [ctypes.c_int] + [ctypes.c_uint32] * n

rnd = random.Random(1315423911)
edges = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE]
for n, f in enumerate(fns, start=1):
    cases = [[e] * n for e in edges]
    cases += [[rnd.getrandbits(32) for _ in range(n)] for _ in range(40)]
    for args in cases:
        print(n, *args, "=", f(0, *args))
