#!/usr/bin/env bash
# What the service-quality pulse costs the notice board (issue 13, Acceptance): the board page with the pulse
# panel vs without it, measured in one run. Two instances of the packaged app run side by side on the same data:
# "with" (the default) and "without" (-Dbravo.pulse.on-board=false, the panel left out). Both get the demo
# organisation plus BENCH_FEEDBACK feedback scores (default 100,000) spread over the last 90 days for every team,
# seeded with SQL into the app's own schema. With wrk it measures "/" (cookie) on each, alternately
# (with, without, without, with; BENCH_ROUNDS times) and averages, so a load other processes put on the machine weighs alike on both.
# Goal: with / without >= 0.8 in req/s, i.e. the board with the pulse serves at least 80 % of the requests per
# second of the board without it (the pulse adds at most 20 % to a page's cost; cost = 1 / req/s = 1.25 at most).
# The pulse's figures and rendered panel are kept per instance for bravo.pulse.ttl (60 s, the default, as in
# production), so a run of several TTLs also pays its periodic recomputation; the time of one cold computation
# (the sums over 30 days, shout-outs over 13 weeks) is printed for the record.
#
#   bench/pulse.sh [h2|postgresql]        # default h2; about 5 minutes with the build
#
# Needs wrk (installed with apt-get when missing and run as root) and, for postgresql, a server at
# 127.0.0.1:5432 that lets user postgres in without a password (bravo_bench_<pid> is created and dropped).
# H2: each instance has its own database file (one process per file), seeded alike with the app stopped.
# Settings: BENCH_DURATION (15s per run), BENCH_ROUNDS (2), BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_FEEDBACK (100000).
set -euo pipefail
cd "$(dirname "$0")/.."

db="${1:-h2}"
case "$db" in
  h2 | postgresql) databases=("$db") ;;
  *) echo "usage: bench/pulse.sh [h2|postgresql]" >&2; exit 2 ;;
esac
duration="${BENCH_DURATION:-15s}"
rounds="${BENCH_ROUNDS:-2}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-8}"
feedback="${BENCH_FEEDBACK:-100000}"
pg_url_base="jdbc:postgresql://127.0.0.1:5432"
pg_db="bravo_bench_$$"
psql_admin=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)
employee="ana.petrovic@demo.bravo"
password="bravo-demo"
id_base=2000000000

# shellcheck source=bench/common.sh
source bench/common.sh

# Each H2 instance has a database of its own: sql_file and sql_value act on the one named here.
h2_instance=h2
h2_url() { echo "jdbc:h2:file:$work/data-$h2_instance/bravo"; }

# Scores x = 1..count: every team, every one of the last 90 days, 2 in 3 CSAT (mostly 4-5), 1 in 3 NPS, a
# person named on 1 in 5; all a function of x, so a run is repeatable.
seed_feedback() { # db
  local range ago
  range=$(sql_range "$1" 1 "$feedback")
  if [ "$1" = postgresql ]; then ago() { echo "(current_timestamp - ($1) * interval '1 day')"; }
  else ago() { echo "dateadd(day, -($1), current_timestamp)"; }; fi
  cat >"$work/feedback.sql" <<SQL
create table bench_team as select id, row_number() over (order by id) - 1 as n from team where active = true;
create table bench_person as select id, team_id from person where active = true and team_id is not null;
create table bench_count as select count(*) as teams from bench_team;
insert into feedback_score (id, scale, score, team_id, person_id, channel, received_at, received_on, comment,
    external_id, source, created_at)
  select $id_base + r.x, case when mod(r.x, 3) = 0 then 'NPS' else 'CSAT' end,
    case when mod(r.x, 3) = 0 then mod(r.x * 7, 11) else 5 - mod(mod(r.x * 13, 17), 5) end,
    t.id, case when mod(r.x, 5) = 0 then (select min(p.id) from bench_person p where p.team_id = t.id) end,
    'EMAIL', $(ago "mod(r.x, 90)"), cast($(ago "mod(r.x, 90)") as date), null, 'bench-' || r.x, 'IMPORT',
    current_timestamp
  from $range r cross join bench_count c join bench_team t on t.n = mod(r.x, c.teams);
drop table bench_count;
drop table bench_person;
drop table bench_team;
SQL
  sql_file "$1" "$work/feedback.sql"
  [ "$1" = postgresql ] && "${psql_admin[@]}" -d "$pg_db" -c "vacuum analyze feedback_score" >/dev/null
  say "seeded $(sql_value "$1" "select count(*) from feedback_score") feedback scores"
}

declare -A base_of rps sum runs

measure() { # instance cookie
  local out r
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$2" "${base_of[$1]}/")
  r=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  grep -q 'Non-2xx' <<<"$out" && die "$1: non-2xx answers under load"
  say "$1: $r req/s (p99 $(awk '$1 == "99%" { print $2 }' <<<"$out"))"
  sum[$1]=$(awk -v a="${sum[$1]:-0}" -v b="$r" 'BEGIN { printf "%.2f", a + b }')
  runs[$1]=$((${runs[$1]:-0} + 1))
  rps[$1]=$(awk -v a="${sum[$1]}" -v n="${runs[$1]}" 'BEGIN { printf "%.2f", a / n }')
}

# ---------------------------------------------------------------- set-up
if [ "$db" = h2 ]; then
  for instance in with without; do
    start_app h2 "$instance" # the first start makes the database and loads the demo
    stop_app
    h2_instance="$instance"
    seed_feedback h2
  done
else
  start_app postgresql with
  stop_app
  seed_feedback postgresql
fi
app_opts=()
start_app "$db" with
base_of[with]="$base"
app_opts=(-Dbravo.pulse.on-board=false)
start_app "$db" without
base_of[without]="$base"

base="${base_of[with]}"; cookie_with=$(login "$employee")
base="${base_of[without]}"; cookie_without=$(login "$employee")
# For the record: the first board page of "with" (the pulse computed: sums over 30 days, shout-outs; the
# board's own first read too) and the next one.
cold=$(curl -s -o /dev/null -w '%{time_total}' -H "$cookie_with" "${base_of[with]}/")
warm=$(curl -s -o /dev/null -w '%{time_total}' -H "$cookie_with" "${base_of[with]}/")
curl -s -H "$cookie_with" "${base_of[with]}/" | grep -q 'id="pulse-board"' || die "no pulse panel on 'with'"
if curl -s -H "$cookie_without" "${base_of[without]}/" | grep -q 'id="pulse-board"'; then
  die "a pulse panel on 'without'"
fi

say "warming up (5 s each, not counted)"
wrk -t"$threads" -c"$connections" -d5s -H "$cookie_with" "${base_of[with]}/" >/dev/null
wrk -t"$threads" -c"$connections" -d5s -H "$cookie_without" "${base_of[without]}/" >/dev/null
say "measuring / ($duration per run; $rounds rounds of with, without, without, with)"
for ((round = 1; round <= rounds; round++)); do
  measure with "$cookie_with"
  measure without "$cookie_without"
  measure without "$cookie_without"
  measure with "$cookie_with"
done

ratio=$(awk -v a="${rps[with]}" -v b="${rps[without]}" 'BEGIN { printf "%.3f", a / b }')
cost=$(awk -v a="${rps[with]}" -v b="${rps[without]}" 'BEGIN { printf "%.3f", b / a }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.8 ? "PASS" : "FAIL") }')
printf '\nThe board with the pulse vs without (%s, %s feedback scores over 90 days, wrk -t%s -c%s -d%s, mean of %s runs each)\n' \
  "$db" "$feedback" "$threads" "$connections" "$duration" "$((2 * rounds))"
printf '  %-34s %10s\n' "/ with the pulse (req/s)" "${rps[with]}" "/ without the pulse (req/s)" "${rps[without]}"
printf '  %-34s %10s  goal >= 0.8  %s\n' "with / without (req/s)" "$ratio" "$verdict"
printf '  %-34s %10s  (cost of a page with the pulse, without = 1)\n' "cost with / cost without" "$cost"
printf '  %-34s %10s s (the first board page: the pulse computed, the board read)\n' "one cold page (curl)" "$cold"
printf '  %-34s %10s s\n' "the next page (curl)" "$warm"
