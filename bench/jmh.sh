#!/usr/bin/env bash
# JMH benchmarks of the extractor on the in-memory corpus (bench/src/main/java/io/nqx/bench). Builds the
# module, then runs JMH with its arguments, e.g.
#   bench/jmh.sh                 every benchmark, time per document, with allocation per document (-prof gc)
#   bench/jmh.sh all -p document=004
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -pl bench -am install -DskipTests >&2
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -Dstyle.color=never -f "$root/bench/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$cp_file" >&2
echo "document sizes (bytes):" $(for f in "$root"/corpus/documents/*.txt; do printf '%s=%s ' "$(basename "$f" | cut -c1-3)" "$(wc -c <"$f")"; done)
if [ $# -eq 0 ]; then
  set -- -prof gc
fi
exec java -cp "$root/bench/target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main "$@"
