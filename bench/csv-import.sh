#!/usr/bin/env bash
# Times the staff CSV import against a running Bravo (demo data, HR login): 1,000 rows and 10,000 rows in one
# run, fresh e-mails each time, then a re-import of the 1,000 (all updates). Prints seconds and the ratios, which
# are what to compare across machines: absolute times on shared 2-core boxes swing by 2x.
#   ./mvnw quarkus:dev            # in another terminal
#   bench/csv-import.sh [http://localhost:8080]
set -euo pipefail
base="${1:-http://localhost:8080}"
auth="hr@demo.bravo:bravo-demo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run="b$(date +%s)"

make_csv() { # rows tag
  {
    echo "name,email,team,department,role"
    for ((i = 0; i < $1; i++)); do
      echo "Bench Person $i,$2.$i@bench.example,Bench $2 $((i % 25)),Bench dept $((i % 25 % 4)),EMPLOYEE"
    done
  } >"$work/$2.csv"
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
t1k=$(post "$work/${run}a.csv")
t10k=$(post "$work/${run}b.csv")
sed -i 's/Bench Person/Bench Renamed/' "$work/${run}a.csv"
tre=$(post "$work/${run}a.csv")
echo "1,000 new rows:     ${t1k} s"
echo "10,000 new rows:    ${t10k} s"
echo "1,000 updated rows: ${tre} s"
awk -v a="$t1k" -v b="$t10k" -v c="$tre" 'BEGIN {
  printf "ratio 10k/1k: %.1f (10.0 = linear)\nratio update/insert (1k): %.2f\n", b / a, c / a }'
