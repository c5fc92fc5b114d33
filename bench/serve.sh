#!/usr/bin/env bash
# Benchmark of nqx serve: starts bin/nqx serve on a free loopback port, then 1, 2 and 8 clients, each on its
# own keep-alive connection, POST one corpus .txt to /extract (after a warm-up). Prints requests per second
# and p50/p99 latency.
#   bench/serve.sh                  400 requests per client
#   REQUESTS=1000 bench/serve.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
requests=${REQUESTS:-400}
doc=${DOC:-$(ls "$root"/corpus/documents/*.txt | head -n 1)}
mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -pl bench -am install -DskipTests >&2
cp_file=$(mktemp)
log=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; rm -f "$cp_file" "$log"' EXIT
mvn -q -B -Dstyle.color=never -f "$root/bench/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$cp_file" >&2
"$root/bin/nqx" --version >/dev/null # builds the jar when it is stale, before the server starts
"$root/bin/nqx" serve --port 0 2>"$log" &
pid=$!
for _ in $(seq 300); do
  grep -q 'serving on' "$log" && break
  sleep 0.2
done
url=$(sed -n 's/^nqx: serving on \(http:[^ ]*\).*/\1/p' "$log")
[ -n "$url" ] || { cat "$log" >&2; exit 2; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); document: $(basename "$doc") ($(wc -c <"$doc") bytes)"
java -cp "$root/bench/target/classes:$(cat "$cp_file")" io.nqx.bench.ServeLoad "$url" "$doc" "$requests" 1 2 8
kill -TERM "$pid"
wait "$pid" || true
