#!/usr/bin/env bash
# Whole-process benchmark: times bin/nqx with /usr/bin/time -v on one .txt, one .docx, one .pdf and batches
# made by copying the corpus and its renderings, and Apache Tika's own app doing text extraction only (-t)
# over the same files. Prints medians of several runs, peak memory, and the tika/nqx ratio of wall time.
#
#   bench/run.sh                 5 runs of each single-file case, 3 of each batch, batch of 1,000 files
#   RUNS=9 SIZES="1000 4000" bench/run.sh
#   TIKA=0 bench/run.sh          nqx only (no tika-app download)
#   OCR=0 bench/run.sh           no OCR pages-per-second table
#   TRICKS=1 bench/run.sh        also each one-file case without the launcher's AppCDS archive (NQX_CDS=0)
#                                and with the JVM's default JIT, to show what each bought
#
# Needs GNU time (/usr/bin/time). tika-app is fetched by Maven into the local repository (MAVEN_REPO, default
# ~/.m2/repository), never committed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd -P)
runs=${RUNS:-5}
batch_runs=${BATCH_RUNS:-3}
sizes=${SIZES:-1000}
tika_version=3.2.2
nqx="$root/bin/nqx"

[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/nqx-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$nqx" --version >/dev/null # builds the jar when it is missing or stale, outside the timings

tika_jar=
if [ "${TIKA:-1}" != 0 ]; then
  repo=${MAVEN_REPO:-$HOME/.m2/repository}
  tika_jar="$repo/org/apache/tika/tika-app/$tika_version/tika-app-$tika_version.jar"
  if [ ! -f "$tika_jar" ]; then
    mvn -q -B -Dstyle.color=never "-Dmaven.repo.local=$repo" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
        -Dartifact="org.apache.tika:tika-app:$tika_version" -Dtransitive=false >&2 || true
  fi
  [ -f "$tika_jar" ] || { echo "bench: cannot fetch tika-app $tika_version; comparing nothing" >&2; tika_jar=; }
fi

# One run: "<wall seconds> <peak RSS in MB>" of the command, its output thrown away.
# FRESH, when set, is a directory removed before each run (tika-app skips files whose output exists).
measure() {
  if [ -n "${FRESH:-}" ]; then rm -rf "$FRESH"; fi
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f %.0f\n", wall, rss }' "$work/time"
}

# Median wall time and median peak RSS of N runs.
median_of() {
  local n=$1 results m
  shift
  results=$(for _ in $(seq "$n"); do measure "$@"; done)
  m=$(( (n + 1) / 2 ))
  echo "$(cut -d' ' -f1 <<<"$results" | sort -n | sed -n "${m}p") $(cut -d' ' -f2 <<<"$results" | sort -n | sed -n "${m}p")"
}

txt=$(ls "$root"/corpus/documents/*.txt | head -n 1)
base=$(basename "$txt" .txt)
docx="$root/fixtures/formats/$base.docx"
pdf="$root/fixtures/formats/$base.pdf"

# A batch of N files: the corpus .txt documents and every rendering, copied round-robin under new names.
make_batch() {
  local n=$1 dir="$work/batch-$1" i=0
  mkdir -p "$dir"
  mapfile -t sources < <(ls "$root"/corpus/documents/*.txt "$root"/fixtures/formats/*.{docx,odt,html,pdf,doc,rtf})
  while [ "$i" -lt "$n" ]; do
    local src=${sources[$((i % ${#sources[@]}))]}
    cp "$src" "$dir/$(printf '%05d' "$i")_$(basename "$src")"
    i=$((i + 1))
  done
  echo "$dir"
}

row() { # case, nqx "wall rss", tika "wall rss" or empty
  local name=$1 n=$2 t=${3:-}
  read -r nw nr <<<"$n"
  if [ -n "$t" ]; then
    read -r tw tr <<<"$t"
    printf '| %-22s | %8s | %6s | %8s | %6s | %6s |\n' "$name" "$nw" "$nr" "$tw" "$tr" \
      "$(awk -v a="$tw" -v b="$nw" 'BEGIN { printf "%.1f", a / b }')"
  else
    printf '| %-22s | %8s | %6s | %8s | %6s | %6s |\n' "$name" "$nw" "$nr" "-" "-" "-"
  fi
}

tika() { java -jar "$tika_jar" "$@"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "runs: median of $runs (single files), $batch_runs (batches); tika-app $tika_version -t"
echo
echo "| case                   | nqx s    | nqx MB | tika s   | tikaMB | tika/nqx |"
echo "|------------------------|----------|--------|----------|--------|--------|"
row "--version" "$(median_of "$runs" "$nqx" --version)" \
  "${tika_jar:+$(median_of "$runs" java -jar "$tika_jar" --version)}"
for f in "$txt" "$docx" "$pdf"; do
  row "extract one .${f##*.}" "$(median_of "$runs" "$nqx" extract "$f" -f csv -o "$work/out.csv")" \
    "${tika_jar:+$(median_of "$runs" java -jar "$tika_jar" -t "$f")}"
done
if [ "${TRICKS:-0}" != 0 ]; then
  default_jit="-XX:TieredStopAtLevel=4 -XX:Tier4InvocationThreshold=5000 -XX:Tier4MinInvocationThreshold=600 -XX:Tier4CompileThreshold=15000 -XX:Tier4BackEdgeThreshold=40000"
  for f in "$txt" "$docx" "$pdf"; do
    row "  .${f##*.} without AppCDS" "$(NQX_CDS=0 median_of "$runs" "$nqx" extract "$f" -f csv -o "$work/out.csv")"
    row "  .${f##*.} default JIT" \
      "$(NQX_JAVA_OPTS="$default_jit" median_of "$runs" "$nqx" extract "$f" -f csv -o "$work/out.csv")"
  done
fi
# A batch of 200 plain-text files: the four corpus .txt documents, 50 copies each (no Tika parser is needed).
txt_dir="$work/batch-txt-200"
mkdir -p "$txt_dir"
for i in $(seq 0 199); do
  src=$(ls "$root"/corpus/documents/*.txt | sed -n "$((i % 4 + 1))p")
  cp "$src" "$txt_dir/$(printf '%05d' "$i")_$(basename "$src")"
done
row "extract 200 .txt" "$(median_of "$batch_runs" "$nqx" extract "$txt_dir" -q -f csv -o "$work/batch.csv")" \
  "${tika_jar:+$(FRESH="$work/tika-out-txt" median_of "$batch_runs" java -jar "$tika_jar" -t -i "$txt_dir" -o "$work/tika-out-txt")}"
rm -rf "$txt_dir" "$work/tika-out-txt"
for n in $sizes; do
  dir=$(make_batch "$n")
  nqx_batch=$(median_of "$batch_runs" "$nqx" extract "$dir" -q -f csv -o "$work/batch.csv")
  tika_batch=
  if [ -n "$tika_jar" ]; then
    tika_batch=$(FRESH="$work/tika-out-$n" median_of "$batch_runs" java -jar "$tika_jar" -t -i "$dir" -o "$work/tika-out-$n")
  fi
  row "extract $n files" "$nqx_batch" "$tika_batch"
  rm -rf "$dir" "$work/tika-out-$n"
done

# OCR: pages per second of a scanned PDF (no text layer) read with Tesseract's Vietnamese model, one file with
# one job, and the two scans with two jobs. Skipped when tesseract is not installed.
if [ "${OCR:-1}" != 0 ] && command -v tesseract >/dev/null 2>&1; then
  scan_dir="$root/fixtures/formats/scanned"
  one=$(ls "$scan_dir"/*.scanned.pdf | head -n 1)
  pages_one=$(pdfinfo "$one" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  pages_one=${pages_one:-10}
  pages_all=$((pages_one * $(ls "$scan_dir"/*.scanned.pdf | wc -l)))
  ocr_runs=${OCR_RUNS:-3}
  read -r w1 r1 <<<"$(median_of "$ocr_runs" "$nqx" extract "$one" -q -j 1 -f csv -o "$work/ocr.csv")"
  read -r w2 r2 <<<"$(median_of "$ocr_runs" "$nqx" extract "$scan_dir" -q -j 2 -f csv -o "$work/ocr.csv")"
  echo
  echo "| OCR case                       | s      | MB   | pages/s |"
  echo "|--------------------------------|--------|------|---------|"
  printf '| %-30s | %6s | %4s | %7s |\n' "one scan, $pages_one pages, -j 1" "$w1" "$r1" \
    "$(awk -v p="$pages_one" -v w="$w1" 'BEGIN { printf "%.2f", p / w }')"
  printf '| %-30s | %6s | %4s | %7s |\n' "two scans, $pages_all pages, -j 2" "$w2" "$r2" \
    "$(awk -v p="$pages_all" -v w="$w2" 'BEGIN { printf "%.2f", p / w }')"
fi
