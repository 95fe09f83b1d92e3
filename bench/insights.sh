#!/usr/bin/env bash
# HR insights with a year of data for 2,000 people (issue 13, Acceptance). For each database it builds the packaged
# app, seeds with SQL into the app's own schema (the app stopped for H2): BENCH_PEOPLE people in 20 departments and
# 100 teams, BENCH_RECOGNITIONS recognitions over the last 365 days (one or two colleagues, every tenth also a whole
# team, one to two service standards, a quarter for internal service), BENCH_STORIES resolved-complaint stories
# naming 30 rules (5 of them merged into others), and 4 award rounds of a programme of its own (two categories, one
# voted by 5 departments only) with turnout and nominations; then starts the app with the demo profile and, logged
# in as HR, measures with wrk, in one run:
#   /account/password (cookie)                 the yardstick: the cheapest signed-in page
#   /insights (cookie)                         the overview (the count of people not recognised in 90 days)
#   /insights/recognition?period=365d          recognition spread over the year
#   /insights/quiet                            the first page of people not recognised in 90 days
#   /insights/rules?period=365d                rules that got in the way, per month over the year
#   /insights/awards?period=365d               turnout and nominations per department
# Each URL twice, in this order and then backwards, and the mean is used, so load that other processes put on the
# machine weighs alike on all. Goal: each insights page >= 0.2 of /account/password's req/s, no error answers.
#
#   bench/insights.sh [h2|postgresql|both]     # default h2; about 4 minutes per database, build included
#
# Needs wrk and, for postgresql, a server at 127.0.0.1:5432 that lets user postgres in without a password (a
# database bravo_bench_<pid> is created, VACUUM ANALYZEd after seeding, and dropped). Rebuilds target/quarkus-app.
# Settings: BENCH_DURATION (10s per URL), BENCH_TIMEOUT (20s), BENCH_THREADS (2), BENCH_CONNECTIONS (8),
# BENCH_PEOPLE (2000), BENCH_RECOGNITIONS (30000), BENCH_STORIES (3000).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-h2}"
case "$mode" in
  h2) databases=(h2) ;;
  postgresql) databases=(postgresql) ;;
  both) databases=(h2 postgresql) ;;
  *) echo "usage: bench/insights.sh [h2|postgresql|both]" >&2; exit 2 ;;
esac
duration="${BENCH_DURATION:-10s}"
timeout="${BENCH_TIMEOUT:-20s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-8}"
people="${BENCH_PEOPLE:-2000}"
recognitions="${BENCH_RECOGNITIONS:-30000}"
stories="${BENCH_STORIES:-3000}"
pg_url_base="jdbc:postgresql://127.0.0.1:5432"
pg_db="bravo_bench_$$"
psql_admin=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)

hr="hr@demo.bravo"
password="bravo-demo"
# Seeded ids: far above what the demo's sequences hand out (and apart from common.sh's voters).
b=2000000000
keys=(password overview recognition quiet rules awards)
declare -A url_of=([password]="/account/password" [overview]="/insights" [recognition]="/insights/recognition?period=365d"
  [quiet]="/insights/quiet" [rules]="/insights/rules?period=365d" [awards]="/insights/awards?period=365d")
declare -A rps p99 notes found plans

# shellcheck source=bench/common.sh
source bench/common.sh # the scripts run from the repository root (cd above)

# ---------------------------------------------------------------- seeding
# Everything is a function of the row number x, so a run is repeatable. Times spread over the last 365 days.
seed() { # db (H2: the app must be stopped)
  local db="$1" t0 p r s
  t0=$(clock)
  p=$(sql_range "$db" 1 "$people")
  r=$(sql_range "$db" 1 "$recognitions")
  s=$(sql_range "$db" 1 "$stories")
  cat >"$work/seed.sql" <<SQL
insert into department (id, name) select $b + x, 'Bench department ' || x from $(sql_range "$db" 1 20) d;
insert into team (id, name, department_id, active)
  select $b + x, 'Bench team ' || x, $b + mod(x - 1, 20) + 1, true from $(sql_range "$db" 1 100) t;
insert into person (id, full_name, email, job_title, team_id, active, search_text, created_at, updated_at)
  select $b + x, 'Bench Person ' || x, 'bench.person.' || x || '@bench.example', 'Bench', $b + mod(x - 1, 100) + 1,
    true, 'bench person ' || x, current_timestamp, current_timestamp from $p p;
create table bench_behaviour as select row_number() over (order by id) - 1 as n, id from behaviour where active = true;
insert into post (id, kind, status, author_id, created_at, updated_at, published_at, story, internal_service,
    applause, comments)
  select $b + x, 'RECOGNITION', 'APPROVED', $b + mod(x * 7919, $people) + 1, t, t, t,
    'Bench recognition ' || x || ': stayed late to help a customer with a tricky order.', mod(x, 4) = 0, 0, 0
  from (select x, current_timestamp - interval '1' minute * mod(cast(x as bigint) * 104729, 525600) as t from $r r) q;
insert into post_recipient (post_id, person_id) select $b + x, $b + mod(x * 31, $people) + 1 from $r r;
insert into post_recipient (post_id, person_id) select $b + x, $b + mod(x * 17 + 5, $people) + 1 from $r r
  where mod(x, 3) = 0 and mod(x * 17 + 5, $people) <> mod(x * 31, $people);
insert into post_team (post_id, team_id) select $b + x, $b + mod(x, 100) + 1 from $r r where mod(x, 10) = 0;
insert into post_behaviour (post_id, behaviour_id)
  select $b + r.x, bb.id from $r r join bench_behaviour bb
    on bb.n = mod(r.x, (select count(*) from bench_behaviour));
insert into post_behaviour (post_id, behaviour_id)
  select $b + r.x, bb.id from $r r join bench_behaviour bb
    on bb.n = mod(r.x + 1, (select count(*) from bench_behaviour)) where mod(r.x, 2) = 0;
drop table bench_behaviour;
insert into service_rule (id, name, name_key, proposed, active, created_at)
  select $b + x, 'Bench rule ' || x, 'bench rule ' || x, false, true, current_timestamp from $(sql_range "$db" 1 30) k;
update service_rule set merged_into_id = id - 25, active = false where id > $b + 25 and id <= $b + 30;
insert into post (id, kind, status, author_id, created_at, updated_at, published_at, story, internal_service,
    applause, comments, complaint, outcome, resolution_minutes, rule_id)
  select $b + 100000 + x, 'COMPLAINT_STORY', 'APPROVED', $b + mod(x * 13, $people) + 1, t, t, t,
    'Bench story ' || x || ': we found the duplicate charge and refunded it the same day.', false, 0, 0,
    'Bench complaint ' || x || ': the refund took a month.', 'Refunded within a day.', 480,
    $b + mod(x * 7, 30) + 1
  from (select x, current_timestamp - interval '1' minute * mod(x * 7919, 525600) as t from $s s) q;
insert into award_programme (id, name_en, cadence, active, created_at, version)
  values ($b, 'Bench insights programme', 'QUARTERLY', true, current_timestamp, 0);
insert into award_category (id, programme_id, sort_order, name_en, nominees, nominees_from_chosen,
    voters_from_chosen, self_nomination, finalists, winners, method, max_choices, active)
  values ($b + 1, $b, 0, 'Bench everyone votes', 'PEOPLE', false, false, false, 5, 1, 'PLURALITY', 1, true),
         ($b + 2, $b, 1, 'Bench five departments vote', 'PEOPLE', false, true, false, 5, 1, 'PLURALITY', 1, true);
insert into award_category_voter_department (category_id, department_id)
  select $b + 2, $b + x from $(sql_range "$db" 1 5) d;
insert into award_round (id, programme_id, title, phase, phase_changed_at, created_at, version)
  values ($b + 1, $b, 'Bench Q1', 'ANNOUNCED', current_timestamp - interval '1' day * 270, current_timestamp - interval '1' day * 330, 0),
         ($b + 2, $b, 'Bench Q2', 'ANNOUNCED', current_timestamp - interval '1' day * 180, current_timestamp - interval '1' day * 240, 0),
         ($b + 3, $b, 'Bench Q3', 'CLOSED', current_timestamp - interval '1' day * 90, current_timestamp - interval '1' day * 150, 0),
         ($b + 4, $b, 'Bench Q4', 'VOTING', current_timestamp - interval '1' day * 5, current_timestamp - interval '1' day * 60, 0);
create table bench_round_category as select r.id as round_id, c.id as category_id, r.created_at
  from award_round r cross join award_category c where r.programme_id = $b and c.programme_id = $b;
insert into award_participation (round_id, category_id, person_id, voted_on)
  select rc.round_id, rc.category_id, $b + p.x, current_date from bench_round_category rc cross join $p p
  where mod(p.x * 7 + rc.round_id + rc.category_id, 10) < 6
    and (rc.category_id = $b + 1 or mod(mod(p.x - 1, 100), 20) < 5);
insert into award_nomination (id, round_id, category_id, nominee_key, person_id, status, finalist, citations, created_at)
  select $b + mod(rc.round_id, 10) * 1000 + mod(rc.category_id, 10) * 100 + k.x, rc.round_id, rc.category_id,
    'person:' || ($b + mod(k.x * 37, $people) + 1), $b + mod(k.x * 37, $people) + 1, 'ACTIVE', false, 8, rc.created_at
  from bench_round_category rc cross join $(sql_range "$db" 1 50) k;
insert into award_citation (id, nomination_id, nominator_id, citation, created_at)
  select $b + mod(rc.round_id, 10) * 10000 + mod(rc.category_id, 10) * 1000 + y.x,
    $b + mod(rc.round_id, 10) * 1000 + mod(rc.category_id, 10) * 100 + mod(y.x, 50) + 1,
    $b + mod(y.x * 13 + mod(rc.round_id, 7) * 3, $people) + 1, 'Always there for the customer.',
    rc.created_at + interval '1' day * mod(y.x, 20)
  from bench_round_category rc cross join $(sql_range "$db" 1 400) y;
drop table bench_round_category;
SQL
  sql_file "$db" "$work/seed.sql"
  if [ "$db" = postgresql ]; then
    "${psql_admin[@]}" -d "$pg_db" -c "vacuum analyze" >/dev/null
  fi
  say "seeded $(sql_value "$db" "select count(*) from post where kind = 'RECOGNITION'") recognitions,\
 $(sql_value "$db" "select count(*) from post where kind = 'COMPLAINT_STORY'") stories,\
 $(sql_value "$db" "select count(*) from person where active = true") people,\
 $(sql_value "$db" "select count(*) from award_participation") votes in $(($(clock) - t0)) s"
}

# ---------------------------------------------------------------- measuring
measure() { # db key header (fills rps/p99/notes; a second run of a URL makes the mean)
  local db="$1" key="$2" header="$3" url out r l n non2xx sockerr status note=""
  url="${url_of[$key]}"
  for _ in $(seq 60); do # a slow page measured before may still hold the database's connections
    status=$(status_of "$url" "$header")
    [ "$status" = 200 ] && break
    sleep 1
  done
  [ "$status" = 200 ] || die "$url answered $status before the load ($db): not measuring errors"
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency -H "$header" "$base$url")
  r=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  l=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  n=$(awk '/requests in/ { print $1 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  sockerr=$(grep -o 'Socket errors:.*' <<<"$out" || true)
  [ -n "$non2xx" ] && note+=" ERROR: $non2xx non-2xx/3xx answers;"
  [ -n "$sockerr" ] && note+=" ERROR: ${sockerr#Socket errors: };"
  [ "${n:-0}" -lt 100 ] && note+=" only $n requests;"
  if [ -n "${rps[$db,$key]:-}" ]; then
    rps[$db,$key]=$(awk -v a="${rps[$db,$key]}" -v b="$r" 'BEGIN { printf "%.2f", (a + b) / 2 }')
    p99[$db,$key]="${p99[$db,$key]} / $l"
    notes[$db,$key]+="$note"
  else
    rps[$db,$key]="$r"
    p99[$db,$key]="$l"
    notes[$db,$key]="$note"
  fi
  [[ "$note" == *ERROR* ]] && found[errors]=1
  return 0
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 ? sprintf("%.3f", a / b) : "n/a") }'; }
goal() { # value limit
  awk -v v="$1" -v m="$2" 'BEGIN { if (v == "n/a") print "n/a"; else if (v + 0 >= m + 0) print "PASS"; else print "FAIL" }'
}

# ---------------------------------------------------------------- plans
# The plans of the heaviest statements, as InsightsQueries sends them (a year; H2: the app must be stopped).
explain_insights() { # db
  local db="$1" i since="current_timestamp - interval '365' day" recognitions
  recognitions="po.kind = 'RECOGNITION' and po.status = 'APPROVED' and po.published_at >= $since"
  local names=("people not recognised in 90 days (count)" "recognitions received per team" "stories per rule")
  local sql=("select count(*) from person p where p.active = true and p.id not in (select pr.person_id from post po
      join post_recipient pr on pr.post_id = po.id where po.kind = 'RECOGNITION' and po.status = 'APPROVED'
      and po.published_at >= current_timestamp - interval '90' day)"
    "select x.unit, count(*) from (select pt.post_id, t.id as unit from post po join post_team pt on pt.post_id = po.id
      join team t on t.id = pt.team_id where $recognitions union select pr.post_id, t.id from post po
      join post_recipient pr on pr.post_id = po.id join person pe on pe.id = pr.person_id
      join team t on t.id = pe.team_id where $recognitions) x group by x.unit"
    "select tr.id, tr.name, count(*) from post po join service_rule r on r.id = po.rule_id
      join service_rule tr on tr.id = coalesce(r.merged_into_id, r.id) where po.kind = 'COMPLAINT_STORY'
      and po.status = 'APPROVED' and po.published_at >= $since group by tr.id, tr.name")
  for i in 0 1 2; do
    printf '  %s:\n' "${names[i]}"
    if [ "$db" = postgresql ]; then
      "${psql_admin[@]}" -d "$pg_db" -tA -c "explain (costs off) ${sql[i]}" | sed 's/^/    /' | head -20
    else
      printf 'explain %s;\n' "$(tr '\n' ' ' <<<"${sql[i]}")" >"$work/explain.sql"
      java -cp "$h2_jar" org.h2.tools.RunScript -url "$(h2_url)" -user bravo -password "" \
        -script "$work/explain.sql" -showResults | sed -n 's/^--> *//p' | grep -E 'PUBLIC\.|INDEX|scan' \
        | sed 's|/\* *||; s| *\*/||; s/^/    /' | head -20
    fi
  done
}

run_database() { # db
  local db="$1" cookie key i t0
  t0=$(clock)
  start_app "$db" # creates the schema (Flyway) and the demo organisation
  stop_app
  seed "$db"
  start_app "$db"
  cookie=$(login "$hr")
  for key in "${keys[@]}"; do # one request alone, for the record
    say "$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -H "$cookie" "$base${url_of[$key]}"): ${url_of[$key]}"
  done
  say "warming up (5 s per URL, not counted)"
  for key in "${keys[@]}"; do wrk -t"$threads" -c"$connections" -d5s -H "$cookie" "$base${url_of[$key]}" >/dev/null; done
  say "measuring ($duration per URL, twice)"
  for key in "${keys[@]}"; do measure "$db" "$key" "$cookie"; done
  for ((i = ${#keys[@]} - 1; i >= 0; i--)); do measure "$db" "${keys[i]}" "$cookie"; done
  stop_app
  plans[$db]=$(explain_insights "$db")
  if [ "$db" = postgresql ]; then
    "${psql_admin[@]}" -d postgres -c "drop database if exists $pg_db" >/dev/null
    pg_created=""
  fi
  say "$db done in $(($(clock) - t0)) s"
}

print_database() { # db
  local db="$1" key pw v
  pw="${rps[$db,password]}"
  printf '\n%s: %s people, %s recognitions and %s stories over a year (wrk -t%s -c%s -d%s --timeout %s, as HR)\n' \
    "$db" "$people" "$recognitions" "$stories" "$threads" "$connections" "$duration" "$timeout"
  printf '  %-40s %10s %10s  %-7s %-19s %s\n' URL req/s /password goal p99 notes
  for key in "${keys[@]}"; do
    v=$(ratio "${rps[$db,$key]}" "$pw")
    printf '  %-40s %10s %10s  %-7s %-19s %s\n' "${url_of[$key]}" "${rps[$db,$key]}" "$v" \
      "$([ "$key" = password ] && echo '-' || goal "$v" 0.2)" "${p99[$db,$key]}" "${notes[$db,$key]# }"
  done
}

for db in "${databases[@]}"; do run_database "$db"; done
printf '\n==================== results (goal: each insights page >= 0.2 of /account/password) ====================\n'
for db in "${databases[@]}"; do
  print_database "$db"
  printf '\nPlans of the heaviest statements over a year (%s):\n%s\n' "$db" "${plans[$db]}"
done
if [ -n "${found[errors]:-}" ]; then
  printf '\nWARNING: some URLs answered errors or timed out under load (see ERROR notes): those figures are not clean.\n'
fi
