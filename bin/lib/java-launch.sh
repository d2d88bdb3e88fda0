# Shared by the bin/ launchers: build the module once if needed, then run a main class on
# target/classes plus the jars Maven copied to target/lib. Sourced, not run.
# JVM options for a command-line run, which lives seconds to minutes. C1 alone: C2 would spend
# more CPU compiling than a 10-second `jrados bench` spends on its I/O (measured: a core for the
# whole run), and C1's code is within a small factor of C2's for this work. Serial GC: no GC
# threads to start or feed. Netty's sampling leak detector is for tests, which run it at PARANOID.
# Netty's per-thread buffer cache up to 1 MiB (its default is 32 KiB): large reads arrive in 1 MiB
# socket buffers, and without the cache each one goes back to a 4 MiB pool chunk, which Netty frees
# once empty and then allocates (and zeroes) again. README's "Tuning" says the same for embedders.
# jrados' and Netty's methods are compiled after a tenth of C1's usual invocation count (a
# per-method CompileCommand; JDK classes keep the default). An op on a large object runs the client
# code once per op at a few hundred ops a second, so by default that code spends the first seconds
# of a run in the interpreter. Measured with bin/bench-objects (3 rounds, same run), client CPU per
# op: 4 MiB writes -15%, 4 MiB reads -17%, 4 KiB writes and reads -3% and -9%; a short command
# (lspools) costs about 0.05 s more CPU for the extra compiles. Scaling every class instead made
# 4 KiB ops dearer: it compiles start-up code too. "quiet" keeps the JVM from echoing the commands
# to stdout, which carries the commands' output.
# Netty's event loop (NioEventLoop.run) is one call that loops for the whole run, so only an
# on-stack replacement compiles it, after tens of thousands of turns: 3.4 s into a 10-second 4 KiB
# write bench, 2.5 s into a 4 KiB read one, never in a 4 MiB write one, whose I/O thread then spent
# 7.5% of its CPU interpreting that loop (perf, seconds 5-12). Its own threshold a thousandth of
# the default has it compiled in the first second: 3.2% in the interpreter over the same seconds.
# A young generation of 16 MiB (-Xmn16m): the default here is 126 MiB, which a run fills once
# before its first collection, touching each of its pages for the first time, and on the VMs this
# was measured on a first touch costs tens of microseconds a page (a 10-second 4 KiB write bench
# collected first at second 6; its I/O thread spent 74 us an op before that and 36 us after). A
# small one is reused from the first seconds on, as malloc reuses freed memory. Measured with
# 10-second 4 KiB benches alternated on fresh clusters, client CPU per op: writes -27%, random
# reads -22%; 4 MiB writes and `jrados lspools` showed no change above the noise.
# Set JRADOS_JAVA_OPTS to replace these (say, to measure C2's steady state in a long run).
JRADOS_CLI_JAVA_OPTS="${JRADOS_JAVA_OPTS-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,io.jrados.*::*,0.1 -XX:CompileCommand=CompileThresholdScaling,io.netty.*::*,0.1 -XX:CompileCommand=CompileThresholdScaling,io.netty.channel.nio.NioEventLoop::run,0.001 -Dio.netty.leakDetection.level=disabled -Dio.netty.allocator.maxCachedBufferCapacity=1048576"}"

jrados_run() {
  local module="$1" main="$2"
  shift 2
  local dir="$root/$module"
  if [ -z "${JRADOS_NO_BUILD:-}" ] && { [ ! -d "$dir/target/classes" ] || [ ! -d "$dir/target/lib" ] ||
     [ -n "$(find "$root" -name '*.java' -path '*/src/main/*' -newer "$dir/target/lib" -print -quit)" ] ||
     [ -n "$(find "$root" -name pom.xml -newer "$dir/target/lib" -print -quit)" ]; }; then
    echo "building $module (first run or sources changed)..." >&2
    (cd "$root" && mvn -q -B -Dstyle.color=never -pl "$module" -am -DskipTests -Dspotless.check.skip=true package >&2)
    touch "$dir/target/lib"
  fi
  exec "$root/bin/lib/run-java" "$dir/target" "$main" "$@"
}
