#!/usr/bin/env bash
# Times the staff CSV import against a running Bravo (demo data, HR login): 1,000 rows and 10,000 rows in one
# run, fresh e-mails each time, a second 10,000 (the directory has grown: the time should not), then a re-import of
# the 1,000 (all updates). ROWS=100000 adds one file of that many rows at the end (the row limit). Prints seconds
# and the ratios, which are what to compare across machines: absolute times on shared 2-core boxes swing by 2x.
#   ./mvnw quarkus:dev            # in another terminal
#   bench/csv-import.sh [http://localhost:8080]
set -euo pipefail
base="${1:-http://localhost:8080}"
auth="hr@demo.bravo:bravo-demo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run="b$(date +%s)"

make_csv() { # rows tag
  awk -v n="$1" -v t="$2" 'BEGIN { print "name,email,team,department,role"
    for (i = 0; i < n; i++) printf "Bench Person %d,%s.%d@bench.example,Bench %s %d,Bench dept %d,EMPLOYEE\n", i, t, i, t, i % 25, i % 25 % 4 }' \
    >"$work/$2.csv"
}

post() { # file -> seconds
  local out
  out=$(curl -s -o "$work/resp.json" -w '%{http_code} %{time_total}' -u "$auth" -H 'Content-Type: text/csv' \
    --data-binary @"$1" "$base/api/people/import")
  [ "${out%% *}" = 200 ] || { echo "import failed: $out $(cat "$work/resp.json")" >&2; exit 1; }
  echo "${out#* }"
}

make_csv 1000 "${run}a"
make_csv 10000 "${run}b"
make_csv 10000 "${run}c"
t1k=$(post "$work/${run}a.csv")
t10k=$(post "$work/${run}b.csv")
t10k2=$(post "$work/${run}c.csv")
sed -i 's/Bench Person/Bench Renamed/' "$work/${run}a.csv"
tre=$(post "$work/${run}a.csv")
echo "1,000 new rows:     ${t1k} s"
echo "10,000 new rows:    ${t10k} s"
echo "10,000 more rows:   ${t10k2} s"
echo "1,000 updated rows: ${tre} s"
awk -v a="$t1k" -v b="$t10k" -v c="$tre" -v d="$t10k2" 'BEGIN {
  printf "ratio 10k/1k: %.1f (10.0 = linear)\nratio second 10k/first 10k: %.2f (1.0 = not slower in a bigger directory)\nratio update/insert (1k): %.2f\n", b / a, d / b, c / a }'
if [ -n "${ROWS:-}" ]; then
  make_csv "$ROWS" "${run}d"
  tmax=$(post "$work/${run}d.csv")
  echo "${ROWS} new rows: ${tmax} s"
  awk -v b="$t10k" -v m="$tmax" -v n="$ROWS" 'BEGIN { printf "ratio %d/10k: %.1f (%.1f = linear)\n", n, m / b, n / 10000 }'
fi
