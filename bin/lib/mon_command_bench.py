"""Mon-command round trips through librados (python3-rados), the oracle for bin/bench-mon-commands.

The same work as rados-client's MonCommandBench, and the same `key value` output lines:
{"prefix": "fsid"} N times one after another, then N times from K threads (python-rados has no
async mon command; it releases the GIL inside librados, so K threads keep K commands in flight).

    /usr/bin/python3 bin/lib/mon_command_bench.py -c CONF [--count N] [--warmup W] [--in-flight K]
"""
import argparse
import threading
import time

import rados

FSID = '{"prefix": "fsid"}'


def threads():
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('Threads:'):
                return int(line.split()[1])
    raise RuntimeError('no Threads line in /proc/self/status')


def command(cluster):
    ret, _, status = cluster.mon_command(FSID, b'')
    if ret != 0:
        raise RuntimeError(f'{FSID}: {ret} {status}')


def sequential(cluster, count):
    start = time.perf_counter()
    for _ in range(count):
        command(cluster)
    return time.perf_counter() - start


def concurrent(cluster, count, in_flight):
    """Seconds for count commands shared by in_flight threads; any failure fails the run."""
    failures = []

    def worker(n):
        try:
            for _ in range(n):
                command(cluster)
        except Exception as e:  # reported below, after every thread has stopped
            failures.append(e)

    shares = [count // in_flight + (1 if i < count % in_flight else 0) for i in range(in_flight)]
    workers = [threading.Thread(target=worker, args=(n,)) for n in shares]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise failures[0]
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('-c', dest='conf', required=True)
    parser.add_argument('--count', type=int, default=2000)
    parser.add_argument('--warmup', type=int, default=500)
    parser.add_argument('--in-flight', type=int, default=8)
    args = parser.parse_args()

    before = threads()
    cluster = rados.Rados(conffile=args.conf)
    cluster.conf_set('rados_mon_op_timeout', '300')  # every wait has a deadline
    cluster.connect(timeout=60)
    try:
        print('threads_before_create', before)
        print('threads_after_connect', threads())
        sequential(cluster, args.warmup)
        concurrent(cluster, args.warmup, args.in_flight)
        print('sequential_per_s', f'{args.count / sequential(cluster, args.count):.1f}')
        print('concurrent_per_s',
              f'{args.count / concurrent(cluster, args.count, args.in_flight):.1f}')
    finally:
        cluster.shutdown()


if __name__ == '__main__':
    main()
