#!/usr/bin/env bash
# The notice board's throughput as the board grows (issue 11, Acceptance). For each database it builds the
# packaged app, starts it with the demo profile on a throwaway database, seeds posts with SQL into the app's own
# schema (all four kinds, realistic states, recipients, teams, behaviours and applause, as the app writes them),
# and with wrk measures, at 1,000 and then 100,000 posts, in one run:
#   /q/health/live                                  (for the record)
#   /account/password (cookie)                      (the yardstick: the cheapest signed-in page)
#   /  (cookie)                                     the board's first page: spotlight, purpose, 20 cards
#   /?after=<id> (cookie)                           a page ~90% of the way back through the feed
#   /api/board?size=20 (bearer token)               (for the record)
# Each URL is measured twice, in the order above and then backwards, and the mean is used, so a load that other
# processes put on the machine meanwhile weighs alike on all. Each figure is printed as req/s and as ratios
# measured beside it (absolute req/s on shared 2-core machines swing by 2x, ratios measured side by side do
# not; cost = 1 / req/s). Goals: the board at >= 0.5 of /account/password's req/s; a deep page costs <= 1.3x the
# first page; at 100k posts a page costs <= 1.3x what it costs at 1k (each relative to /account/password
# measured beside it). At the largest size the plans of the feed's statements are printed too (EXPLAIN).
#
#   bench/board.sh [h2|postgresql|both]        # default both; about 8-10 minutes per database, build included
#
# Needs wrk (installed with apt-get when missing and run as root) and, for postgresql, a server at
# 127.0.0.1:5432 that lets user postgres in without a password (a database bravo_bench_<pid> is created and
# dropped; after seeding it is VACUUM ANALYZEd, as autovacuum would, since the server here runs without it).
# H2 is seeded with the app stopped (a file database has one process at a time) by org.h2.tools from ~/.m2.
# Rebuilds target/quarkus-app (the H2 build is left there). Only 127.0.0.1 is loaded.
# Settings: BENCH_DURATION (10s per URL), BENCH_WARMUP (20s per URL, before each size), BENCH_TIMEOUT (20s: a
# request slower than that counts as an error), BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_SIZES ("1000
# 100000": posts in all, the demo's included).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-both}"
case "$mode" in
  h2) databases=(h2) ;;
  postgresql) databases=(postgresql) ;;
  both) databases=(h2 postgresql) ;;
  *) echo "usage: bench/board.sh [h2|postgresql|both]" >&2; exit 2 ;;
esac
duration="${BENCH_DURATION:-10s}"
# Long enough for the JIT to settle on 2 cores: with 5 s a URL the first size was measured on a JVM still
# compiling (the board's many templates the most), and its pages came out dearer than the same pages at 100k.
warmup="${BENCH_WARMUP:-20s}"
timeout="${BENCH_TIMEOUT:-20s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-8}"
read -r -a sizes <<<"${BENCH_SIZES:-1000 100000}"
pg_url_base="jdbc:postgresql://127.0.0.1:5432"
pg_db="bravo_bench_$$"
psql_admin=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)

employee="ana.petrovic@demo.bravo" # reads the board, all three ways in
password="bravo-demo"
# Seeded post ids: far above what the demo's sequence hands out; the sequence is moved past them afterwards.
id_base=1000000000
keys=(health password board deep api)
declare -A label_of=(
  [health]="/q/health/live" [password]="/account/password (cookie)" [board]="/ (cookie)"
  [deep]="/?after=<90% back> (cookie)" [api]="/api/board?size=20 (bearer)")
declare -A url_of rps p99 reqs notes posts_at deep_at plans found

# shellcheck source=bench/common.sh
source bench/common.sh # the scripts run from the repository root (cd above)

# ---------------------------------------------------------------- seeding the board
# Posts x = from..to get the id id_base + x. Everything is a function of x, so a run is repeatable: 6 in 10
# recognitions, 2 complaint stories, 1 customer praise, 1 inspiration; stories and praise ~1 in 17 pending and
# ~1 in 19 rejected (not yet or never published), ~1 in 101 removed, the rest approved, published over two years.
# People, teams, behaviours and rules are the demo's: 1-3 recipients, a team on every fifth post, 1-2
# behaviours, applause from 1-5 people on every fourth approved post (reaction rows and the counter agree).
seed_sql() { # db from to file
  local db="$1" from="$2" to="$3" range small ago
  if [ "$db" = postgresql ]; then
    range="(select g as x from generate_series($from, $to) as g)"
    small="(select g as j from generate_series(1, 5) as g)"
    ago() { echo "(current_timestamp - ($1) * interval '1 minute')"; }
  else
    range="(select x from system_range($from, $to))"
    small="(select x as j from system_range(1, 5))"
    ago() { echo "dateadd(minute, -($1), current_timestamp)"; }
  fi
  # A person's, team's... number n (0-based) and how many there are, so "mod(x + k, count)" picks one.
  cat >"$4" <<SQL
create table bench_person as select id, row_number() over (order by id) - 1 as n from person where active = true;
create table bench_team as select id, row_number() over (order by id) - 1 as n from team where active = true;
create table bench_behaviour as select id, row_number() over (order by id) - 1 as n from behaviour where active = true;
create table bench_rule as select id, row_number() over (order by id) - 1 as n from service_rule
  where active = true and merged_into_id is null;
create table bench_count as select (select count(*) from bench_person) as people,
  (select count(*) from bench_team) as teams, (select count(*) from bench_behaviour) as behaviours,
  (select greatest(count(*), 1) from bench_rule) as rules;
create table bench_post as
  select x, case mod(x, 10) when 6 then 'COMPLAINT_STORY' when 7 then 'COMPLAINT_STORY'
      when 8 then 'CUSTOMER_PRAISE' when 9 then 'INSPIRATION' else 'RECOGNITION' end as kind,
    case when mod(x, 10) in (6, 7, 8) and mod(x, 17) = 0 then 'PENDING'
      when mod(x, 10) in (6, 7, 8) and mod(x, 19) = 0 then 'REJECTED'
      when mod(x, 101) = 0 then 'REMOVED' else 'APPROVED' end as status,
    -- minutes ago, spread over two years (1,051,200 minutes) in no order of x
    mod(x * 7919, 1051170) + 30 as age
  from $range r;
insert into post (id, kind, status, author_id, created_at, updated_at, published_at, story, case_reference,
    internal_service, applause, complaint, outcome, resolution_minutes, customer_quote, rule_id, channel,
    received_on, customer_name, customer_contact, source, lesson, search_text)
  select $id_base + p.x, p.kind, p.status, a.id,
    $(ago "p.age + case when p.kind in ('COMPLAINT_STORY', 'CUSTOMER_PRAISE') then 60 + mod(p.x, 2880) else 0 end"),
    $(ago "p.age + case when p.kind in ('COMPLAINT_STORY', 'CUSTOMER_PRAISE') then 60 + mod(p.x, 2880) else 0 end"),
    case when p.status in ('APPROVED', 'REMOVED') then $(ago "p.age") end,
    case p.kind
      when 'RECOGNITION' then 'Bench post ' || p.x || '. Stayed after closing to finish a customer''s contract '
        || 'change, called them back the next morning to confirm that everything worked, and wrote a short note '
        || 'for the team so the next colleague knows what to do. The customer wrote to say thank you.'
      when 'COMPLAINT_STORY' then 'Bench post ' || p.x || '. Called the customer the same day, found the '
        || 'duplicated charge with billing, refunded it at once and explained what had happened and why.'
      when 'CUSTOMER_PRAISE' then 'Bench post ' || p.x || '. Thank you for your patience on the phone: you '
        || 'explained every step and called me back exactly when you said you would.'
      else 'Bench post ' || p.x || '. A pharmacy that calls you when your prescription is ready, instead of '
        || 'making you come back and ask, and keeps it ready for a week.' end,
    case when p.kind = 'RECOGNITION' and mod(p.x, 3) = 0 then 'CASE-' || p.x end,
    p.kind = 'RECOGNITION' and mod(p.x, 7) = 0,
    case when p.status = 'APPROVED' and mod(p.x, 4) = 0 then 1 + mod(p.x, 5) else 0 end,
    case when p.kind = 'COMPLAINT_STORY' then 'Charged twice for the same month and waited on hold for an hour.' end,
    case when p.kind = 'COMPLAINT_STORY' then 'Refunded the same day; the customer stayed with us.' end,
    case when p.kind = 'COMPLAINT_STORY' then 30 * (1 + mod(p.x, 96)) end,
    case when p.kind = 'COMPLAINT_STORY' and mod(p.x, 2) = 0 then 'Finally someone who listens.' end,
    case when p.kind = 'COMPLAINT_STORY' and mod(p.x, 3) = 0 then rl.id end,
    case when p.kind = 'CUSTOMER_PRAISE' then case mod(p.x, 5) when 0 then 'EMAIL' when 1 then 'PHONE'
      when 2 then 'COUNTER' when 3 then 'SURVEY' else 'SOCIAL' end end,
    case when p.kind = 'CUSTOMER_PRAISE' then cast($(ago "p.age + 1440 * (1 + mod(p.x, 5))") as date) end,
    case when p.kind = 'CUSTOMER_PRAISE' and mod(p.x, 4) = 0 then 'Customer ' || p.x end,
    case when p.kind = 'CUSTOMER_PRAISE' and mod(p.x, 2) = 0 then 'customer' || p.x || '@example.com' end,
    case when p.kind = 'INSPIRATION' then 'The pharmacy on the corner' end,
    case when p.kind = 'INSPIRATION' then 'Tell people when something is ready instead of making them ask.' end,
    ' ' || lower(p.kind) || ' bench post w' || mod(p.x, 1000) || ' customer service ' || a.n || ' '
  from bench_post p cross join bench_count c
    join bench_person a on a.n = mod(p.x + 5, c.people)
    left join bench_rule rl on rl.n = mod(p.x, c.rules);
insert into post_recipient (post_id, person_id)
  select $id_base + p.x, r.id from bench_post p cross join bench_count c join bench_person r
    on r.n = mod(p.x, c.people) where p.kind <> 'INSPIRATION'
  union all
  select $id_base + p.x, r.id from bench_post p cross join bench_count c join bench_person r
    on r.n = mod(p.x + 11, c.people) where p.kind <> 'INSPIRATION' and mod(p.x, 3) >= 1
  union all
  select $id_base + p.x, r.id from bench_post p cross join bench_count c join bench_person r
    on r.n = mod(p.x + 23, c.people) where p.kind <> 'INSPIRATION' and mod(p.x, 3) = 2;
insert into post_team (post_id, team_id)
  select $id_base + p.x, t.id from bench_post p cross join bench_count c join bench_team t
    on t.n = mod(p.x, c.teams) where p.kind <> 'INSPIRATION' and mod(p.x, 5) = 0;
insert into post_behaviour (post_id, behaviour_id)
  select $id_base + p.x, b.id from bench_post p cross join bench_count c join bench_behaviour b
    on b.n = mod(p.x, c.behaviours)
  union all
  select $id_base + p.x, b.id from bench_post p cross join bench_count c join bench_behaviour b
    on b.n = mod(p.x + 1, c.behaviours) where mod(p.x, 2) = 0;
insert into reaction (post_id, person_id, created_at)
  select $id_base + p.x, r.id, $(ago "p.age - 10") from bench_post p cross join bench_count c cross join $small s
    join bench_person r on r.n = mod(p.x + 30 + 3 * s.j, c.people)
  where p.status = 'APPROVED' and mod(p.x, 4) = 0 and s.j <= 1 + mod(p.x, 5);
drop table bench_post;
drop table bench_count;
drop table bench_rule;
drop table bench_behaviour;
drop table bench_team;
drop table bench_person;
SQL
  if [ "$db" = postgresql ]; then
    echo "select setval('post_seq', $((id_base + to + 1000)));" >>"$4"
  else
    echo "alter sequence post_seq restart with $((id_base + to + 1000));" >>"$4"
  fi
}

post_count() { sql_value "$1" "select count(*) from post"; }

grow_to() { # db target (posts in all)
  local db="$1" target="$2" have need from approved t0
  t0=$(clock)
  [ "$db" = h2 ] && stop_app # one process at a time on an H2 file
  have=$(post_count "$db")
  need=$((target - have))
  if [ "$need" -gt 0 ]; then
    from=$(sql_value "$db" "select coalesce(max(id), $id_base) - $id_base + 1 from post where id > $id_base")
    seed_sql "$db" "$from" $((from + need - 1)) "$work/seed.sql"
    sql_file "$db" "$work/seed.sql"
    if [ "$db" = postgresql ]; then
      # What autovacuum does on a production server (this machine's server runs with it off): statistics for
      # the planner, and the visibility map for index-only scans.
      "${psql_admin[@]}" -d "$pg_db" -c "vacuum analyze" >/dev/null
    fi
    say "seeded $need posts in $(($(clock) - t0)) s"
  fi
  posts_at[$db,$target]=$(post_count "$db")
  approved=$(sql_value "$db" "select count(*) from post where status = 'APPROVED'")
  # The page a reader reaches after ~90% of the feed: its cursor is the post just before it.
  deep_at[$db,$target]=$(sql_value "$db" "select id from post where status = 'APPROVED'
    order by published_at desc, id desc offset $((approved * 9 / 10)) rows fetch first 1 rows only" | tr -d ' ')
  [ -n "${deep_at[$db,$target]}" ] || die "no deep cursor at $target posts"
  say "board at ${posts_at[$db,$target]} posts, $approved approved; deep cursor ${deep_at[$db,$target]}"
  [ "$db" = h2 ] && start_app "$db"
  return 0
}

# The board's own statements (as Hibernate writes them, trimmed to the ids) with their plans: the first page, the
# spotlight and the deep page. H2 shows the index it reads and how many rows; PostgreSQL runs EXPLAIN ANALYZE.
explain_feed() { # db size (H2: the app must be stopped)
  local db="$1" size="$2" from cursor_at sql explain
  from="post p join person a on a.id = p.author_id left join team t on t.id = a.team_id
    left join department d on d.id = t.department_id where"
  cursor_at=$(sql_value "$db" "select cast(published_at as varchar(40)) from post where id = ${deep_at[$db,$size]}")
  sql=("select p.id from $from p.status = 'APPROVED' order by p.status, p.published_at desc, p.id desc
      fetch first 21 rows only"
    "select p.id from $from p.id in (select x.id from post x where x.pinned_until > current_timestamp)
      and p.status = 'APPROVED' order by p.published_at desc, p.id desc fetch first 5 rows only"
    "select p.id from $from p.status = 'APPROVED' and (p.published_at, p.id)
      < (timestamp with time zone '$cursor_at', ${deep_at[$db,$size]})
      order by p.status, p.published_at desc, p.id desc fetch first 21 rows only")
  local names=("first page" "spotlight" "deep page")
  for i in 0 1 2; do
    printf '  %s:\n' "${names[i]}"
    if [ "$db" = postgresql ]; then
      "${psql_admin[@]}" -d "$pg_db" -tA -c "explain (analyze, costs off, timing off, summary off) ${sql[i]}" \
        | grep -E 'Limit|Sort|on post|Cond: .*(status|published|pinned)|Rows Removed|Seq Scan|Plan' \
        | sed 's/^ */    /' | head -10
    else
      printf 'explain analyze %s;\n' "$(tr '\n' ' ' <<<"${sql[i]}")" >"$work/explain.sql"
      java -cp "$h2_jar" org.h2.tools.RunScript -url "$(h2_url)" -user bravo -password "" \
        -script "$work/explain.sql" -showResults | sed -n 's/^--> *//p' | awk '
          /"POST" "[PX]"/ { on = 1 }
          on && /PUBLIC\.|^AND PUBLISHED_AT|scanCount/ { print }
          on && /scanCount/ { on = 0 }
          /index sorted/ { print }' | sed 's|/\* *||; s| *\*/||; s/^/    /'
    fi
  done
}




# ---------------------------------------------------------------- measuring
measure() { # db size key header (fills rps/p99/notes; a second run of a URL makes the mean)
  local db="$1" size="$2" key="$3" header="${4:-}" url
  url="${url_of[$key]}"
  local status args=() out r l n non2xx sockerr note=""
  status=$(status_of "$url" "$header")
  [ "$status" = 200 ] || die "$url answered $status before the load ($db, $size posts): not measuring errors"
  [ -n "$header" ] && args=(-H "$header")
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency "${args[@]}" "$base$url")
  r=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  l=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  n=$(awk '/requests in/ { print $1 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  sockerr=$(grep -o 'Socket errors:.*' <<<"$out" || true)
  [ -n "$non2xx" ] && note+=" ERROR: $non2xx non-2xx/3xx answers;"
  [ -n "$sockerr" ] && note+=" ERROR: ${sockerr#Socket errors: };"
  status=$(status_of "$url" "$header")
  [ "$status" = 200 ] || note+=" ERROR: answered $status after the load;"
  [ "${n:-0}" -lt 200 ] && note+=" only $n requests;"
  if [ -n "${rps[$db,$size,$key]:-}" ]; then # the second run: the mean
    rps[$db,$size,$key]=$(awk -v a="${rps[$db,$size,$key]}" -v b="$r" 'BEGIN { printf "%.2f", (a + b) / 2 }')
    p99[$db,$size,$key]="${p99[$db,$size,$key]} / $l"
    notes[$db,$size,$key]+="$note"
  else
    rps[$db,$size,$key]="$r"
    p99[$db,$size,$key]="$l"
    notes[$db,$size,$key]="$note"
  fi
  [[ "$note" == *ERROR* ]] && found[errors]=1
  return 0
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 ? sprintf("%.3f", a / b) : "n/a") }'; }
# (a/b) / (c/d)
ratio_of_ratios() { awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" 'BEGIN {
  print (b > 0 && c > 0 && d > 0 ? sprintf("%.3f", (a / b) / (c / d)) : "n/a") }'; }

run_database() { # db
  local db="$1" size cookie token bearer key t0
  t0=$(clock)
  start_app "$db"
  cookie=$(login "$employee")
  token=$(make_token "$employee")
  [ -n "$token" ] || die "no API token made on /account"
  bearer="Authorization: Bearer $token"
  for size in "${sizes[@]}"; do
    grow_to "$db" "$size"
    url_of=([health]="/q/health/live" [password]="/account/password" [board]="/"
      [deep]="/?after=${deep_at[$db,$size]}" [api]="/api/board?size=20")
    cookie=$(login "$employee") # a fresh session for each size (and each start of the H2 app)
    declare -A header_of=([health]="" [password]="$cookie" [board]="$cookie" [deep]="$cookie" [api]="$bearer")
    say "warming up ($warmup per URL, not counted)"
    for key in "${keys[@]}"; do
      wrk -t"$threads" -c"$connections" -d"$warmup" ${header_of[$key]:+-H "${header_of[$key]}"} "$base${url_of[$key]}" >/dev/null
    done
    say "measuring at ${posts_at[$db,$size]} posts ($duration per URL, twice)"
    for key in "${keys[@]}"; do measure "$db" "$size" "$key" "${header_of[$key]}"; done
    for ((i = ${#keys[@]} - 1; i >= 0; i--)); do measure "$db" "$size" "${keys[i]}" "${header_of[${keys[i]}]}"; done
    print_size "$db" "$size"
  done
  stop_app
  plans[$db]=$(explain_feed "$db" "${sizes[${#sizes[@]}-1]}")
  if [ "$db" = postgresql ]; then
    "${psql_admin[@]}" -d postgres -c "drop database if exists $pg_db" >/dev/null
    pg_created=""
  fi
  say "$db done in $(($(clock) - t0)) s"
}

# ---------------------------------------------------------------- output
print_size() { # db size
  local db="$1" size="$2" key pw h
  pw="${rps[$db,$size,password]}"
  h="${rps[$db,$size,health]}"
  printf '\n%s, %s posts (wrk -t%s -c%s -d%s --timeout %s)\n' "$db" "${posts_at[$db,$size]}" \
    "$threads" "$connections" "$duration" "$timeout"
  printf '  %-32s %10s %10s %10s  %-19s %s\n' URL req/s "/password" "/health" "p99" notes
  for key in "${keys[@]}"; do
    printf '  %-32s %10s %10s %10s  %-19s %s\n' "${label_of[$key]}" "${rps[$db,$size,$key]}" \
      "$(ratio "${rps[$db,$size,$key]}" "$pw")" "$(ratio "${rps[$db,$size,$key]}" "$h")" \
      "${p99[$db,$size,$key]}" "${notes[$db,$size,$key]# }"
  done
}

goal() { # value op(>= or <=) limit
  awk -v v="$1" -v op="$2" -v m="$3" 'BEGIN { if (v == "n/a") print "n/a";
    else if (op == ">=" ? v + 0 >= m + 0 : v + 0 <= m + 0) print "PASS"; else print "FAIL" }'
}

print_summary() { # db
  local db="$1" small="${sizes[0]}" large="${sizes[${#sizes[@]}-1]}" size key v
  printf '\nSummary %s (cost = 1 / req/s; "x/password" = req/s over /account/password measured beside it)\n' "$db"
  for size in "${sizes[@]}"; do
    v=$(ratio "${rps[$db,$size,board]}" "${rps[$db,$size,password]}")
    printf '  %7s posts  board / password          %7s  goal >= 0.5  %s\n' "${posts_at[$db,$size]}" "$v" \
      "$(goal "$v" '>=' 0.5)"
    v=$(ratio "${rps[$db,$size,deep]}" "${rps[$db,$size,password]}")
    printf '  %7s posts  deep page / password      %7s  goal >= 0.5  %s\n' "${posts_at[$db,$size]}" "$v" \
      "$(goal "$v" '>=' 0.5)"
    printf '  %7s posts  board / health            %7s  (for the record)\n' "${posts_at[$db,$size]}" \
      "$(ratio "${rps[$db,$size,board]}" "${rps[$db,$size,health]}")"
    v=$(ratio "${rps[$db,$size,board]}" "${rps[$db,$size,deep]}")
    printf '  %7s posts  deep page cost / first    %7s  goal <= 1.3  %s\n' "${posts_at[$db,$size]}" "$v" \
      "$(goal "$v" '<=' 1.3)"
  done
  # A page's cost relative to /account/password at the large size, over the same at the small size.
  for key in board deep api; do
    v=$(ratio_of_ratios "${rps[$db,$large,password]}" "${rps[$db,$large,$key]}" "${rps[$db,$small,password]}" \
      "${rps[$db,$small,$key]}")
    printf '  %-32s cost at %s / at %s: %7s (raw %s)' "${label_of[$key]}" "${posts_at[$db,$large]}" \
      "${posts_at[$db,$small]}" "$v" "$(ratio "${rps[$db,$small,$key]}" "${rps[$db,$large,$key]}")"
    if [ "$key" = api ]; then printf '\n'; else printf '  goal <= 1.3  %s\n' "$(goal "$v" '<=' 1.3)"; fi
  done
}

for db in "${databases[@]}"; do run_database "$db"; done
printf '\n==================== results ====================\n'
for db in "${databases[@]}"; do
  for size in "${sizes[@]}"; do print_size "$db" "$size"; done
  print_summary "$db"
  printf '\nPlans of the feed statements at %s posts (%s):\n%s\n' "${posts_at[$db,${sizes[${#sizes[@]}-1]}]}" "$db" \
    "${plans[$db]}"
done
if [ -n "${found[errors]:-}" ]; then
  printf '\nWARNING: some URLs answered errors or timed out under load (see ERROR notes): those figures are not clean.\n'
fi
