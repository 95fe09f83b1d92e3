#!/usr/bin/env bash
# Award voting and counting (issue 12, Acceptance). For each database it builds the packaged app, starts it
# with the demo profile on a throwaway database (the demo has the round "2026 Q4" in VOTING), seeds by SQL
# BENCH_VOTERS employees with personal API tokens, and with wrk measures, in one run:
#   POST /api/awards/rounds/<voting round>/ballots (bearer)   a ballot: authentication, eligibility, the phase
#       check under the round's lock, the choices against the finalists, the upsert on the ballot's primary key
#       and turnout. bench/awards.lua rotates through the voters' tokens and valid ballots of all three
#       categories (plurality, instant-runoff, approval; finalists only, never the voter or their team), so
#       each voter first casts and then re-casts.
#   GET /api/awards/rounds/<voting round> (bearer, the same tokens): the cheapest authenticated GET found (one
#       round by id; /api/behaviours and /api/teams/<id> cost more), the yardstick.
# Both twice, forwards then backwards, and the mean is used, so load that other processes put on the machine
# weighs alike on both. Goal: ballot req/s >= 0.3 of the GET's, with no answer other than 201 (every ballot is
# valid, so a 4xx is an error too). Then the count of 100,000 ranked ballots over 10 candidates:
#   - the pure Tally.count (instant-runoff) in its own JVM, several runs (TallyBench, from target/test-classes):
#     goal < 1 s per run;
#   - for the record, through the app: the ballots seeded by SQL into a CLOSED round, HR's
#     POST /api/awards/rounds/<id>/results/tally (read 100,000 rows, count, store the result), three times.
#
#   bench/awards.sh [h2|postgresql|both]        # default both; about 5 minutes per database, build included
#
# Needs wrk (installed with apt-get when missing and run as root), python3 (the tokens' keyed hashes) and, for
# postgresql, a server at 127.0.0.1:5432 that lets user postgres in without a password (a database
# bravo_bench_<pid> is created and dropped; after seeding it is VACUUM ANALYZEd). H2 is seeded with the app
# stopped by org.h2.tools from ~/.m2. Rebuilds target/quarkus-app (the H2 build is left there).
# Settings: BENCH_DURATION (10s per measurement), BENCH_TIMEOUT (20s), BENCH_THREADS (2), BENCH_CONNECTIONS (8),
# BENCH_VOTERS (2000, a multiple of BENCH_THREADS), BENCH_TALLY_BALLOTS (100000), BENCH_TALLY_RUNS (7).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-both}"
case "$mode" in
  h2) databases=(h2) ;;
  postgresql) databases=(postgresql) ;;
  both) databases=(h2 postgresql) ;;
  *) echo "usage: bench/awards.sh [h2|postgresql|both]" >&2; exit 2 ;;
esac
duration="${BENCH_DURATION:-10s}"
timeout="${BENCH_TIMEOUT:-20s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-8}"
voters="${BENCH_VOTERS:-2000}"
tally_ballots="${BENCH_TALLY_BALLOTS:-100000}"
tally_runs="${BENCH_TALLY_RUNS:-7}"
pg_url_base="jdbc:postgresql://127.0.0.1:5432"
pg_db="bravo_bench_$$"
psql_admin=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)
[ $((voters % threads)) = 0 ] || { echo "BENCH_VOTERS must be a multiple of BENCH_THREADS" >&2; exit 2; }

hr="hr@demo.bravo" # re-tallies the closed round
password="bravo-demo"
keys=(post get)
declare -A rps p99 notes found stored tally_e2e label_of
post_runs=0

# shellcheck source=bench/common.sh
source bench/common.sh # the scripts run from the repository root (cd above)

# The pure tally needs only the compiled classes (and the app's libraries); kept before anything rebuilds target/.
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
[ -f "$work/test-classes/app/bravo/awards/tally/TallyBench.class" ] || die "no TallyBench in target/test-classes"

# ---------------------------------------------------------------- seeding
# The ballots bench/awards.lua casts, one JSON body a line, from the finalists of the round in VOTING
# ("category method max_choices nominee_key" a line): plurality one finalist each; approval each alone and the
# first k together; instant-runoff every rotation of the finalists, in full and its first two.
write_bodies() { # finalists-file bodies-file
  awk '
    function body(c, list) { return "{\"category\":" c ",\"choices\":[" list "]}" }
    { if (!($1 in method)) order[++n] = $1; method[$1] = $2; max[$1] = $3; keys[$1] = keys[$1] " \"" $4 "\"" }
    END {
      for (o = 1; o <= n; o++) {
        c = order[o]; m = split(substr(keys[c], 2), k, " ")
        if (method[c] == "PLURALITY") { for (i = 1; i <= m; i++) print body(c, k[i]); continue }
        if (method[c] == "APPROVAL") {
          for (i = 1; i <= m; i++) print body(c, k[i])
          list = k[1]; for (i = 2; i <= m && i <= max[c]; i++) list = list "," k[i]
          print body(c, list); continue
        }
        for (r = 0; r < m; r++) {
          list = k[r + 1]; for (i = 1; i < m; i++) list = list "," k[(r + i) % m + 1]
          print body(c, list)
          print body(c, k[r + 1] "," k[(r + 1) % m + 1])
        }
      }
    }' "$1" >"$2"
  [ -s "$2" ] || die "no finalists in the round in VOTING"
}

# A CLOSED round of the demo programme ("Bench tally", id voter_id_base) whose instant-runoff category has
# 10 finalists (demo people) and tally_ballots ballots: ballot x's first choice leans towards the earlier
# candidates (weights 10:9:...:1 over x * 7919 mod 55), the rest follow in steps of 1, 3, 7 or 9 (mod 10),
# 1 to 10 ranked. H2: the app must be stopped.
seed_tally_round() { # db
  local db="$1" category j choices="c0.nominee_key" joins="join bench_candidate c0 on c0.n = b.f"
  for j in $(seq 1 9); do
    choices+=" || case when b.l > $j then ' ' || c$j.nominee_key else '' end"
    joins+=" join bench_candidate c$j on c$j.n = mod(b.f + $j * b.s, 10)"
  done
  cat >"$work/tally-round.sql" <<SQL
create table bench_candidate (n integer primary key, id bigint, nominee_key varchar(40));
insert into bench_candidate (n, id, nominee_key)
  select row_number() over (order by p.id) - 1, p.id, 'person:' || p.id
  from (select id from person where active = true and id < $voter_id_base order by id fetch first 10 rows only) p;
insert into award_round (id, programme_id, title, phase, phase_changed_at, created_at, version)
  select $voter_id_base, programme_id, 'Bench tally', 'CLOSED', current_timestamp, current_timestamp, 0
  from award_round where phase = 'VOTING';
create table bench_category as select min(id) as id from award_category
  where method = 'INSTANT_RUNOFF' and active = true;
insert into award_nomination (id, round_id, category_id, nominee_key, person_id, status, finalist, citations,
    created_at)
  select $voter_id_base + c.n, $voter_id_base, k.id, c.nominee_key, c.id, 'ACTIVE', true, 1, current_timestamp
  from bench_candidate c cross join bench_category k;
create table bench_ballot as
  select r.x, case when mod(r.x * 7919, 55) < 10 then 0 when mod(r.x * 7919, 55) < 19 then 1
      when mod(r.x * 7919, 55) < 27 then 2 when mod(r.x * 7919, 55) < 34 then 3
      when mod(r.x * 7919, 55) < 40 then 4 when mod(r.x * 7919, 55) < 45 then 5
      when mod(r.x * 7919, 55) < 49 then 6 when mod(r.x * 7919, 55) < 52 then 7
      when mod(r.x * 7919, 55) < 54 then 8 else 9 end as f,
    case mod(r.x, 4) when 0 then 1 when 1 then 3 when 2 then 7 else 9 end as s,
    1 + mod(r.x * 31, 10) as l
  from $(sql_range "$db" 1 "$tally_ballots") r;
insert into award_ballot (round_id, category_id, voter_key, choices, receipt_hash)
  select $voter_id_base, k.id, 'bench-' || b.x, $choices, 'bench-receipt-' || b.x
  from bench_ballot b cross join bench_category k $joins;
drop table bench_ballot;
drop table bench_category;
drop table bench_candidate;
SQL
  sql_file "$db" "$work/tally-round.sql"
}

seed() { # db (H2: the app must be stopped)
  local db="$1" t0 round
  t0=$(clock)
  seed_voters "$db" "$voters" "$work/tokens-$db"
  seed_tally_round "$db"
  if [ "$db" = postgresql ]; then
    "${psql_admin[@]}" -d "$pg_db" -c "vacuum analyze" >/dev/null
  fi
  round=$(sql_value "$db" "select id from award_round where phase = 'VOTING'")
  [ -n "$round" ] || die "no round in VOTING in the demo"
  sql_rows "$db" "select n.category_id || ' ' || c.method || ' ' || c.max_choices || ' ' || n.nominee_key
    from award_nomination n join award_category c on c.id = n.category_id
    where n.round_id = $round and n.finalist = true and n.status = 'ACTIVE' and c.active = true
    order by c.sort_order, c.id, n.id" >"$work/finalists-$db"
  write_bodies "$work/finalists-$db" "$work/bodies-$db"
  voting_round="$round"
  tokens_file="$work/tokens-$db"
  bodies_file="$work/bodies-$db"
  say "seeded $voters voters with tokens and $tally_ballots ballots of a closed round in $(($(clock) - t0)) s;" \
    "$(wc -l <"$work/bodies-$db") different ballots to cast in round $round"
}

# ---------------------------------------------------------------- measuring
measure() { # db key (post or get; a second run of a key makes the mean)
  local db="$1" key="$2" url out r l n non2xx unexpected sockerr first note=""
  local args=(-- "$key")
  if [ "$key" = post ]; then
    url="/api/awards/rounds/$voting_round/ballots"
    post_runs=$((post_runs + 1)) # each run starts 3 passes further on: new ballots as well as re-casts
    args+=("$url" "$tokens_file" "$threads" "$bodies_file" $((post_runs * 3)))
  else
    url="/api/awards/rounds/$voting_round"
    args+=("$url" "$tokens_file" "$threads")
  fi
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency -s bench/awards.lua \
    "$base$url" "${args[@]}")
  r=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  l=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  n=$(awk '/requests in/ { print $1 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  unexpected=$(awk '/^unexpected:/ { print $2 }' <<<"$out")
  first=$(sed -n 's/^first unexpected: //p' <<<"$out")
  sockerr=$(grep -o 'Socket errors:.*' <<<"$out" || true)
  [ -n "$non2xx" ] && note+=" ERROR: $non2xx non-2xx/3xx answers;"
  [ "${unexpected:-0}" != 0 ] && note+=" ERROR: $unexpected answers not $([ "$key" = post ] && echo 201 || echo 200)" \
    && note+=" (first: ${first:0:160});"
  [ -n "$sockerr" ] && note+=" ERROR: ${sockerr#Socket errors: };"
  [ "${n:-0}" -lt 200 ] && note+=" only $n requests;"
  label_of[$key]="$([ "$key" = post ] && echo POST || echo GET) $url (bearer)"
  if [ -n "${rps[$db,$key]:-}" ]; then
    rps[$db,$key]=$(awk -v a="${rps[$db,$key]}" -v b="$r" 'BEGIN { printf "%.2f", (a + b) / 2 }')
    p99[$db,$key]="${p99[$db,$key]} / $l"
    notes[$db,$key]+="$note"
  else
    rps[$db,$key]="$r"
    p99[$db,$key]="$l"
    notes[$db,$key]="$note"
  fi
  [[ "$note" == *ERROR* ]] && found[errors,$db]=1
  return 0
}

# HR's re-tally of the closed round, three times: seconds each, and what the first answer says it counted.
retally() { # db
  local db="$1" times="" out status i
  for i in 1 2 3; do
    out=$(curl -s -o "$work/tally.json" -w '%{http_code} %{time_total}' --max-time 300 -X POST \
      -H 'Content-Type: application/json' -u "$hr:$password" "$base/api/awards/rounds/$voter_id_base/results/tally")
    status="${out%% *}"
    [ "$status" = 200 ] || { times+=" answered $status: $(head -c 200 "$work/tally.json")"; break; }
    times+=" ${out#* } s"
  done
  tally_e2e[$db]="${times# } ($(grep -o '"ballots":[0-9]*' "$work/tally.json" | head -1 | tr -d '"'),"
  tally_e2e[$db]+=" $(grep -o '"number":[0-9]*' "$work/tally.json" | wc -l) rounds,"
  tally_e2e[$db]+=" $(grep -o '"tied":[a-z]*' "$work/tally.json" | head -1 | tr -d '"'))"
}

run_database() { # db
  local db="$1" key t0
  t0=$(clock)
  start_app "$db"
  if [ "$db" = h2 ]; then stop_app; fi # one process at a time on an H2 file
  seed "$db"
  if [ "$db" = h2 ]; then start_app "$db"; fi
  say "warming up ($duration each, not counted)"
  for key in "${keys[@]}"; do # every voter casts once, and the JIT warms up
    measure "warm-up $db" "$key"
  done
  say "measuring ballots and the GET ($duration each, forwards then backwards)"
  for key in post get get post; do measure "$db" "$key"; done
  say "re-tallying $tally_ballots ballots through the app"
  retally "$db"
  stop_app
  stored[$db]=$(sql_value "$db" "select count(*) from award_ballot where round_id = $voting_round")
  if [ "$db" = postgresql ]; then
    "${psql_admin[@]}" -d postgres -c "drop database if exists $pg_db" >/dev/null
    pg_created=""
  fi
  say "$db done in $(($(clock) - t0)) s"
  print_database "$db"
}

# ---------------------------------------------------------------- output
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 ? sprintf("%.3f", a / b) : "n/a") }'; }
goal() { # value op(>= or <) limit
  awk -v v="$1" -v op="$2" -v m="$3" 'BEGIN { if (v == "n/a" || v == "") print "n/a";
    else if (op == ">=" ? v + 0 >= m + 0 : v + 0 < m + 0) print "PASS"; else print "FAIL" }'
}

print_database() { # db
  local db="$1" key v
  printf '\n%s: %s voters with bearer tokens (wrk -t%s -c%s -d%s --timeout %s, each twice)\n' "$db" "$voters" \
    "$threads" "$connections" "$duration" "$timeout"
  printf '  %-52s %10s  %-19s %s\n' URL req/s p99 notes
  for key in "${keys[@]}"; do
    printf '  %-52s %10s  %-19s %s\n' "${label_of[$key]}" "${rps[$db,$key]}" "${p99[$db,$key]}" "${notes[$db,$key]# }"
  done
  v=$(ratio "${rps[$db,post]}" "${rps[$db,get]}")
  printf '  ballot POST / GET: %s  goal >= 0.3  %s; errors: %s\n' "$v" "$(goal "$v" '>=' 0.3)" \
    "$([ -n "${found[errors,$db]:-}" ] && echo "some (see notes)  FAIL" || echo "0  PASS")"
  printf '  ballots in the round after the runs: %s (one per voter and category cast in; the rest were re-casts)\n' \
    "${stored[$db]}"
  printf '  re-tally through the app, %s ranked ballots over 10 candidates (for the record): %s\n' \
    "$tally_ballots" "${tally_e2e[$db]}"
}

pure_tally() {
  local out worst
  out=$(java -cp "$work/classes:$work/test-classes:$work/app-${databases[0]}/lib/main/*" \
    app.bravo.awards.tally.TallyBench "$tally_ballots" 10 "$tally_runs")
  worst=$(sed -n 's/^tally worst: \([0-9]*\) ms$/\1/p' <<<"$out")
  printf '\nTally.count, instant-runoff, %s ranked ballots over 10 candidates, one JVM:\n' "$tally_ballots"
  sed 's/^/  /' <<<"$out"
  printf '  slowest run %s ms  goal < 1000 ms  %s\n' "$worst" "$(goal "$worst" '<' 1000)"
}

for db in "${databases[@]}"; do run_database "$db"; done
say "counting $tally_ballots ranked ballots over 10 candidates with Tally.count ($tally_runs runs)"
tally_report=$(pure_tally)
printf '\n==================== results ====================\n'
for db in "${databases[@]}"; do print_database "$db"; done
printf '%s\n' "$tally_report"
