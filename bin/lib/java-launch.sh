# Shared by the bin/ launchers: build the module once if needed, then run a main class on
# target/classes plus the jars Maven copied to target/lib. Sourced, not run.
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
  exec java -Dorg.slf4j.simpleLogger.logFile=System.err -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$dir/target/classes:$dir/target/lib/*" "$main" "$@"
}
