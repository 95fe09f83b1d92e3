#!/usr/bin/env bash
# Directory and API throughput as the directory grows (issue 10, items 5, 10 and 10b). For each database it
# builds the packaged app, starts it with the demo profile on a throwaway database, and with wrk measures, at
# 42, 10,000 and 100,000 people, in one run:
#   /q/health/live (the yardstick; measured before and after the pages, the mean is used)
#   /people?page=1, /people?q=<a rare surname>, /people?q=<a common surname>, /    (session cookie)
#   /api/people?page=1&size=20 with Basic and with a personal bearer token        (same employee)
# Each figure is printed as req/s and as a ratio to /q/health/live measured beside it: absolute req/s on
# shared 2-core machines swing by 2x, ratios measured side by side do not. The summary compares each page's
# ratio at 100k with its ratio at 42 (goal >= 0.7) and the API with the cookie page (goal >= 0.5).
#
#   bench/directory.sh [h2|postgresql|both]        # default both; 7-9 minutes per database, build included
#
# Needs wrk (installed with apt-get when missing and run as root) and, for postgresql, a server at
# 127.0.0.1:5432 that lets user postgres in without a password (a database bravo_bench_<pid> is created and
# dropped; after growing it is VACUUM ANALYZEd, as autovacuum would, since the server here runs without it).
# Rebuilds target/quarkus-app (the H2 build is left there). Only 127.0.0.1 is loaded.
# Settings: BENCH_DURATION (10s per URL), BENCH_TIMEOUT (20s: a request slower than that counts as an error),
# BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_SIZES ("42 10000 100000"; the first must be 42, the demo).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-both}"
case "$mode" in
  h2) databases=(h2) ;;
  postgresql) databases=(postgresql) ;;
  both) databases=(h2 postgresql) ;;
  *) echo "usage: bench/directory.sh [h2|postgresql|both]" >&2; exit 2 ;;
esac
duration="${BENCH_DURATION:-10s}"
timeout="${BENCH_TIMEOUT:-20s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-8}"
read -r -a sizes <<<"${BENCH_SIZES:-42 10000 100000}"
pg_url_base="jdbc:postgresql://127.0.0.1:5432"
pg_db="bravo_bench_$$"
psql_admin=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)

employee="ana.petrovic@demo.bravo" # the pages and the API, all three ways in
hr="hr@demo.bravo"                 # grows the directory through the import API
password="bravo-demo"
# One rare surname (the demo has Maja Kovač and Gregor Kovačič; the import adds one Kovač per 10,000 people)
# and one common one (~1 person in 60). Searched with its Serbian letter, as people type it.
rare_q="kova%C4%8D"     # kovač
common_q="petrovi%C4%87" # petrović
keys=(people search_rare search_common home api_basic api_bearer)
declare -A url_of=(
  [health]="/q/health/live" [people]="/people?page=1" [search_rare]="/people?q=$rare_q"
  [search_common]="/people?q=$common_q" [home]="/"
  [api_basic]="/api/people?page=1&size=20" [api_bearer]="/api/people?page=1&size=20")
declare -A label_of=(
  [health]="/q/health/live" [people]="/people?page=1 (cookie)" [search_rare]="/people?q=$rare_q (cookie)"
  [search_common]="/people?q=$common_q (cookie)" [home]="/ (cookie)"
  [api_basic]="/api/people?page=1&size=20 (Basic)" [api_bearer]="/api/people?page=1&size=20 (bearer)")
declare -A rps p99 reqs notes people_at found

# shellcheck source=bench/common.sh
source bench/common.sh # the scripts run from the repository root (cd above)





# ---------------------------------------------------------------- growing the directory
# Realistic staff: Serbian and Slovenian names (č, ć, š, ž, đ), 20 departments x 10 cities = 200 teams.
make_csv() { # first-index rows file
  awk -v start="$1" -v rows="$2" 'BEGIN {
    nf = split("Ana:ana Marko:marko Jelena:jelena Nikola:nikola Milica:milica Stefan:stefan Đorđe:djordje " \
      "Dušan:dusan Miloš:milos Uroš:uros Željko:zeljko Snežana:snezana Ivana:ivana Luka:luka Maja:maja " \
      "Tanja:tanja Nenad:nenad Bojan:bojan Sara:sara Katarina:katarina Dragana:dragana Vesna:vesna Dejan:dejan " \
      "Jovana:jovana Petar:petar Nina:nina Aleksandar:aleksandar Tjaša:tjasa Gregor:gregor Marija:marija " \
      "Zoran:zoran Špela:spela Vladimir:vladimir Mojca:mojca Andreja:andreja Irena:irena Rok:rok Sanja:sanja " \
      "Tomaž:tomaz Biljana:biljana Matej:matej Mateja:mateja Ivan:ivan Žiga:ziga Nataša:natasa Goran:goran " \
      "Danijela:danijela Miroslav:miroslav Ljiljana:ljiljana Bogdan:bogdan", first, " ")
    ns = split("Petrović:petrovic Jovanović:jovanovic Nikolić:nikolic Ilić:ilic Đorđević:djordjevic " \
      "Stojanović:stojanovic Pavlović:pavlovic Popović:popovic Marković:markovic Todorović:todorovic " \
      "Živković:zivkovic Mitrović:mitrovic Lazić:lazic Ristić:ristic Simić:simic Kostić:kostic " \
      "Stanković:stankovic Bogdanović:bogdanovic Milenković:milenkovic Jović:jovic Horvat:horvat Novak:novak " \
      "Krajnc:krajnc Zupan:zupan Kos:kos Mlakar:mlakar Vidmar:vidmar Golob:golob Kralj:kralj " \
      "Potočnik:potocnik Oblak:oblak Zajc:zajc Turk:turk Hribar:hribar Petek:petek Kuhar:kuhar Kolar:kolar " \
      "Perić:peric Rozman:rozman Šarić:saric Babić:babic Tomić:tomic Savić:savic Obradović:obradovic " \
      "Vuković:vukovic Radović:radovic Filipović:filipovic Milošević:milosevic Čolić:colic Ćirić:ciric " \
      "Žunić:zunic Đukić:djukic Šljivić:sljivic Vasić:vasic Grbić:grbic Božić:bozic Lukić:lukic Matić:matic " \
      "Knežević:knezevic Stevanović:stevanovic", last, " ")
    nd = split("Customer Service|Operations|Sales|Finance|Logistics|IT|Legal|Marketing|Procurement|Quality|" \
      "Facilities|Training|Field Service|Retail|Wholesale|Risk|Compliance|Product|Engineering|Security", dept, "|")
    nc = split("Beograd|Novi Sad|Niš|Kragujevac|Čačak|Šabac|Užice|Ljubljana|Maribor|Celje", city, "|")
    srand(start + 1)
    print "name,email,team,department,role"
    for (i = start; i < start + rows; i++) {
      split(first[int(rand() * nf) + 1], f, ":")
      if (i % 10000 == 4321) { l[1] = "Kovač"; l[2] = "kovac" } else split(last[int(rand() * ns) + 1], l, ":")
      d = int(rand() * nd) + 1
      c = int(rand() * nc) + 1
      printf "%s %s,%s.%s.%d@bench.example,%s %s,%s,EMPLOYEE\n", f[1], l[1], f[2], l[2], i, dept[d], city[c], dept[d]
    }
  }' >"$3"
}

active_people() {
  curl -s -u "$hr:$password" "$base/api/people?page=1&size=1" | grep -o '"total":[0-9]*' | cut -d: -f2
}

grow_to() { # db target
  local db="$1" target="$2" have need chunk file out t0 t1
  have=$(active_people)
  need=$((target - have))
  [ "$need" -gt 0 ] || return 0
  t0=$(clock)
  while [ "$need" -gt 0 ]; do
    chunk=$((need > 20000 ? 20000 : need)) # the import takes at most 20,000 rows per file
    file="$work/staff-$have.csv"
    make_csv "$have" "$chunk" "$file"
    t1=$(clock)
    out=$(curl -s -o "$work/import.json" -w '%{http_code}' --max-time 900 -u "$hr:$password" \
      -H 'Content-Type: text/csv' --data-binary @"$file" "$base/api/people/import")
    [ "$out" = 200 ] || die "import of $chunk rows answered $out: $(head -c 400 "$work/import.json")"
    say "imported $chunk rows in $(($(clock) - t1)) s"
    have=$((have + chunk))
    need=$((need - chunk))
  done
  if [ "$db" = postgresql ]; then
    # What autovacuum does on a production server (this machine's server runs with it off): statistics for
    # the planner, and the visibility map that lets index-only scans (the search word index) skip the table.
    "${psql_admin[@]}" -d "$pg_db" -c "vacuum analyze" >/dev/null
    say "VACUUM ANALYZE done"
  fi
  have=$(active_people)
  say "directory at $have active people ($(($(clock) - t0)) s)"
}


# ---------------------------------------------------------------- measuring
measure() { # db size key header... (fills rps/p99/reqs/notes; health is measured twice and averaged)
  local db="$1" size="$2" key="$3" url
  shift 3
  url="${url_of[$key]}"
  local status args=() out r l n non2xx sockerr note=""
  status=$(status_of "$url" "$@")
  [ "$status" = 200 ] || die "$url answered $status before the load ($db, $size people): not measuring errors"
  for h in "$@"; do args+=(-H "$h"); done
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency "${args[@]}" "$base$url")
  r=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  l=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  n=$(awk '/requests in/ { print $1 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  sockerr=$(grep -o 'Socket errors:.*' <<<"$out" || true)
  [ -n "$non2xx" ] && note+=" ERROR: $non2xx non-2xx/3xx answers;"
  [ -n "$sockerr" ] && note+=" ERROR: ${sockerr#Socket errors: };"
  status=$(status_of "$url" "$@")
  [ "$status" = 200 ] || note+=" ERROR: answered $status after the load;"
  [ "${n:-0}" -lt 200 ] && note+=" only $n requests;"
  if [ "$key" = health ] && [ -n "${rps[$db,$size,health]:-}" ]; then # second health run: the mean
    rps[$db,$size,health]=$(awk -v a="${rps[$db,$size,health]}" -v b="$r" 'BEGIN { printf "%.2f", (a + b) / 2 }')
    p99[$db,$size,health]="${p99[$db,$size,health]} / $l"
    notes[$db,$size,health]+="$note"
  else
    rps[$db,$size,$key]="$r"
    p99[$db,$size,$key]="$l"
    notes[$db,$size,$key]="$note"
  fi
  [[ "$note" == *ERROR* ]] && found[errors]=1
  return 0
}

# a/b, small ratios with enough decimals to keep two or three digits (0.0000303).
fmt_awk='function fmt(x) { return sprintf(x >= 0.01 ? "%.3f" : x >= 0.0001 ? "%.5f" : "%.7f", x) }'
ratio() { awk -v a="$1" -v b="$2" "$fmt_awk"' BEGIN { print (b > 0 ? fmt(a / b) : "n/a") }'; }
# (a/b) / (c/d): a page's ratio to health at the large size against the same at the small size.
ratio_of_ratios() { awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" "$fmt_awk"' BEGIN {
  print (b > 0 && c > 0 && d > 0 ? fmt((a / b) / (c / d)) : "n/a") }'; }

run_database() { # db
  local db="$1" size cookie token basic bearer key t0
  t0=$(clock)
  start_app "$db"
  cookie=$(login "$employee")
  token=$(make_token "$employee")
  [ -n "$token" ] || die "no API token made on /account"
  basic="Authorization: Basic $(printf '%s:%s' "$employee" "$password" | base64 -w0)"
  bearer="Authorization: Bearer $token"
  declare -A header_of=([people]="$cookie" [search_rare]="$cookie" [search_common]="$cookie" [home]="$cookie"
    [api_basic]="$basic" [api_bearer]="$bearer")
  say "warming up the JIT (5 s per URL, not counted)"
  wrk -t"$threads" -c"$connections" -d5s "$base/q/health/live" >/dev/null
  for key in "${keys[@]}"; do wrk -t"$threads" -c"$connections" -d5s -H "${header_of[$key]}" "$base${url_of[$key]}" >/dev/null; done
  for size in "${sizes[@]}"; do
    grow_to "$db" "$size"
    people_at[$db,$size]=$(active_people)
    cookie=$(login "$employee") # a fresh session for each size, so none runs out during a long run
    header_of=([people]="$cookie" [search_rare]="$cookie" [search_common]="$cookie" [home]="$cookie"
      [api_basic]="$basic" [api_bearer]="$bearer")
    say "measuring at ${people_at[$db,$size]} people ($duration per URL)"
    measure "$db" "$size" health
    for key in "${keys[@]}"; do measure "$db" "$size" "$key" "${header_of[$key]}"; done
    measure "$db" "$size" health
    print_size "$db" "$size"
  done
  stop_app
  if [ "$db" = postgresql ]; then
    "${psql_admin[@]}" -d postgres -c "drop database if exists $pg_db" >/dev/null
    pg_created=""
  fi
  say "$db done in $(($(clock) - t0)) s"
}

# ---------------------------------------------------------------- output
print_size() { # db size
  local db="$1" size="$2" key h
  h="${rps[$db,$size,health]}"
  printf '\n%s, %s active people (wrk -t%s -c%s -d%s --timeout %s)\n' "$db" "${people_at[$db,$size]}" \
    "$threads" "$connections" "$duration" "$timeout"
  printf '  %-38s %10s %10s  %-19s %s\n' URL req/s "/health" "p99" notes
  for key in health "${keys[@]}"; do
    printf '  %-38s %10s %10s  %-19s %s\n' "${label_of[$key]}" "${rps[$db,$size,$key]}" \
      "$(ratio "${rps[$db,$size,$key]}" "$h")" "${p99[$db,$size,$key]}" "${notes[$db,$size,$key]# }"
  done
}

goal() { # value minimum
  awk -v v="$1" -v m="$2" 'BEGIN { if (v == "n/a") print "n/a"; else if (v + 0 >= m + 0) print "PASS"; else print "FAIL" }'
}

print_summary() { # db
  local db="$1" small="${sizes[0]}" large="${sizes[${#sizes[@]}-1]}" key r_small r_large growth raw size api page
  printf '\nSummary %s, %s against %s people. 100k/42: the ratio to /q/health/live at %s over the one at %s\n' \
    "$db" "${people_at[$db,$large]}" "${people_at[$db,$small]}" "$large" "$small"
  printf '(in brackets: that ratio at %s -> at %s; raw: plain req/s at %s over %s, which also moves with the load)\n' \
    "$small" "$large" "$large" "$small"
  for key in "${keys[@]}"; do
    r_small=$(ratio "${rps[$db,$small,$key]}" "${rps[$db,$small,health]}")
    r_large=$(ratio "${rps[$db,$large,$key]}" "${rps[$db,$large,health]}")
    growth=$(ratio_of_ratios "${rps[$db,$large,$key]}" "${rps[$db,$large,health]}" "${rps[$db,$small,$key]}" \
      "${rps[$db,$small,health]}")
    raw=$(ratio "${rps[$db,$large,$key]}" "${rps[$db,$small,$key]}")
    printf '  %-38s 100k/42 %9s (%s -> %s; raw %s)' "${label_of[$key]}" "$growth" "$r_small" "$r_large" "$raw"
    if [[ "$key" == api_* ]]; then printf '\n'; else printf '  goal >= 0.7  %s\n' "$(goal "$growth" 0.7)"; fi
  done
  for size in "${sizes[@]}"; do
    page="${rps[$db,$size,people]}"
    for key in api_basic api_bearer; do
      api=$(ratio "${rps[$db,$size,$key]}" "$page")
      printf '  %-38s / cookie page at %6s people: %9s  goal >= 0.5  %s\n' "${label_of[$key]}" \
        "${people_at[$db,$size]}" "$api" "$(goal "$api" 0.5)"
    done
  done
}

for db in "${databases[@]}"; do run_database "$db"; done
printf '\n==================== results ====================\n'
for db in "${databases[@]}"; do
  for size in "${sizes[@]}"; do print_size "$db" "$size"; done
  print_summary "$db"
done
if [ -n "${found[errors]:-}" ]; then
  printf '\nWARNING: some URLs answered errors or timed out under load (see ERROR notes): those figures are not clean.\n'
fi
