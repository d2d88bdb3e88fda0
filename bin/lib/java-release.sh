# Sourced by bin/lib/run-java and bin/test-all: which JDK a java binary belongs to, and its
# version, read from the JDK's release file rather than from `java -version`, which would start a
# JVM only to print it.

# jrados_jdk_of JAVA: the JDK home that holds the java binary JAVA (symlinks resolved).
jrados_jdk_of() { dirname "$(dirname "$(readlink -f "$1")")"; }

# jrados_java_release HOME FIELD: FIELD's value in HOME/release (JAVA_VERSION,
# JAVA_RUNTIME_VERSION), or nothing if the file or the field is missing.
jrados_java_release() { sed -n "s/^$2=\"\\(.*\\)\"\$/\\1/p" "$1/release" 2>/dev/null || true; }

# jrados_java_feature HOME: the feature release (17, 25; 1 for a Java 8's "1.8.0"), or nothing.
jrados_java_feature() {
  local v
  v="$(jrados_java_release "$1" JAVA_VERSION)"
  v="${v%%[.+-]*}"
  if [[ "$v" =~ ^[0-9]+$ ]]; then echo "$v"; fi
}
