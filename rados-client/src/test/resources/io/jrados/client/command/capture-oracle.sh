#!/usr/bin/env bash
# Regenerates the two fixtures CommandMatcherOracleTest reads, from a REAL cluster and the REAL
# `ceph` tool (Pacific), so the Java matcher is judged against what Ceph itself does:
#   oracle-descriptions.json   the mon's answer to {"prefix": "get_command_descriptions"}
#   oracle-expectations.json   for each case: the dict `ceph --verbose` submits and where
#                              (mon or mgr), or the stderr text and exit code of its refusal
# Usage (from the repository root):
#   bin/ceph-test-cluster start --dir /tmp/cmd-oracle --mgr
#   rados-client/src/test/resources/io/jrados/client/command/capture-oracle.sh /tmp/cmd-oracle/ceph.conf
#   bin/ceph-test-cluster stop --dir /tmp/cmd-oracle
# The cases really run: use a throwaway cluster. Cases that change state come last so the
# earlier ones see a healthy cluster; the expectations only depend on what the tool submits.
set -euo pipefail
conf="${1:?usage: capture-oracle.sh CEPH_CONF}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# /usr/bin/python3 is the interpreter that has the `rados` binding the ceph tool uses.
exec /usr/bin/python3 - "$conf" "$here" <<'PY'
import ast, json, os, shlex, subprocess, sys
import rados

conf, here = sys.argv[1], sys.argv[2]

# One case a line: the words as a shell would split them; "-f FMT" at the end is the CLI's
# output-format option, which the tool adds to the command as "format".
CASES = r"""
status
health
health detail
quorum_status
versions
df
df detail
df -f json
osd tree
osd dump
osd dump 1
osd dump 99999999999999999999
mon dump 1
osd pool ls
osd pool ls detail
osd crush rule ls
pg stat
pg dump pgs_brief
pg dump pgs osds
pg map 1.0
pg scrub 1.0
osd pool autoscale-status
mgr module ls
auth ls
auth get client.admin
auth get-or-create client.x mon 'allow r' osd 'allow rw'
config dump
config get mon.a mon_max_pg_per_osd
config set global osd_pool_default_size 2
config set mon.a debug_ms 1/5 --force
config-key set foo bar
osd pool create p 8
osd pool create p2 8 8 replicated
osd pool create p3 --pg_num 16 --autoscale-mode=warn
osd pool create p4 0x10 --bulk
osd pool create p5 1_0 --bulk=false
osd pool create p6 x
osd pool create p7 -5
osd pool create p8 010
osd pool create p9 8 --target-size-ratio 0.25
osd pool set p size 2
osd pool set p size 2 --yes-i-really-mean-it
osd pool set p pg_autoscale_mode off
osd pool get p all
osd pool get p size -f json
osd pool set-quota p max_objects 10
osd pool mksnap p s
osd pool application enable p rbd --yes-i-really-mean-it
osd pool rename p2 p2-renamed
osd map rbd obj
osd map p obj ns
osd erasure-code-profile set prof k=2 m=1
osd reweight 0 0.5
osd reweight osd.0 1.0
osd reweight osd.0 1
osd primary-affinity osd.0 0.5
osd blocklist add 127.0.0.1:0/123
osd blocklist add 127.0.0.1:6800/123 3600
osd blocklist range add 10.0.0.0/24
osd blocklist add [::1]:6800/7
osd new 7bd5f9bf-3c1f-4c7b-a4ad-3b4a1c3c1a10
osd pg-temp 1.0 0 osd.0
osd set noout
osd unset noout
iostat
add_bootstrap_peer_hint 127.0.0.1:6789
osd pg-temp 1.0 0,osd.0
osd erasure-code-profile set prof2 --profile k=2,m=1
osd pool create p11 --pg-num=8 --pgp-num 8
osd pool create p12 8 8 erasure
osd pool create p13 99999999999999999999999
config set global osd_pool_default_size 2 --force=true
config-key set k ''
osd tree 1 up in
osd tree --states up
mon dump 0x1
osd reweight 0 1e-05
osd blocklist add v1:127.0.0.1:6800/0
osd new {7BD5F9BF-3C1F-4C7B-A4AD-3B4A1C3C1A11}
osd crush rule create-replicated r default host
osd down 0 --definitely-dead
osd down 0 1
osd out osd.0
osd in 0
foo bar
osd pool get
osd pool get p
osd pool get p bogus
osd pool get p size extra
osd pool set p
osd pool set-quota p bogus 10
osd pool ls detail junk
osd pool create p10 8 --no-such-option
osd tree --bogus
status extra
versions x
df detail extra
mon dump x
mon dump -1
osd reweight 0 abc
osd reweight 0 1.5
osd reweight abc 0.5
osd reweight osd.x 0.5
osd reweight mon.a 0.5
osd down
config get
config set global
pg map 1
pg map x.1
pg map 1.zz
osd blocklist add notanip
osd blocklist add 1.2.3.4/x
osd new not-a-uuid
config-key set café bar
osd erasure-code-profile set bad/name k=2
osd pool create
osd poo
osd pool cr
osd pool set-quota p max_objects
osd reweight 0 -0.5
osd reweight 0 2e16
osd blocklist add v2:127.0.0.1:6800/0
osd blocklist add 127.0.0.1:70000/0
osd blocklist add 256.0.0.1/0
osd pool create p14 8 --bulk=maybe
"""

def ceph(words, verbose):
    argv = ['ceph', '-c', conf] + (['--verbose'] if verbose else []) + words
    p = subprocess.run(argv, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    return p.returncode, p.stderr

def capture(line):
    words = shlex.split(line)
    extra = {}
    if len(words) >= 2 and words[-2] == '-f':
        extra['format'] = words[-1]
        words = words[:-2]
    argv = words + [a for k, v in extra.items() for a in ('-f', v)]
    case = {'words': words}
    if extra:
        case['extra'] = extra
    try:
        rc, err = ceph(argv, True)
    except subprocess.TimeoutExpired as e:
        # polling commands (iostat) never end; the submitted dict was printed before the loop
        rc, err = None, (e.stderr or b'').decode() if isinstance(e.stderr, bytes) else (e.stderr or '')
    lines = err.splitlines()
    for i, l in enumerate(lines):
        if l.startswith('Submitting command: '):
            submitted = ast.literal_eval(l[len('Submitting command: '):].strip())
            where = lines[i + 1]
            case['command'] = json.loads(json.dumps(submitted))
            case['target'] = 'mgr' if where.endswith(' to mon-mgr') else 'mon'
            case['submitLine'] = where
            return case
    rc, err = ceph(argv, False)
    case['exitCode'] = rc
    case['stderr'] = err
    return case

c = rados.Rados(conffile=conf)
c.connect()
ret, descs, outs = c.mon_command(json.dumps({'prefix': 'get_command_descriptions'}), b'')
c.shutdown()
assert ret == 0, outs
with open(os.path.join(here, 'oracle-descriptions.json'), 'wb') as f:
    f.write(descs)

cases = [capture(l) for l in CASES.strip().splitlines()]
with open(os.path.join(here, 'oracle-expectations.json'), 'w') as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(len(cases), 'cases;', sum('command' in x for x in cases), 'submitted;',
      sum('stderr' in x for x in cases), 'refused', file=sys.stderr)
PY
