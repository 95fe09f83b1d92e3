#!/usr/bin/env bash
# Two app instances on one PostgreSQL database while a scheduled close fires on both (issue 12, Acceptance).
# Builds the PostgreSQL app, starts two instances on a throwaway database (the demo profile: the round "2026 Q4"
# is in VOTING) with one session key and one ballot secret between them and the round scheduler every second,
# seeds by SQL BENCH_VOTERS (1,000) employees with personal API tokens, and has each voter cast a ballot in the
# instant-runoff category 5 times (a different ranking each time), alternating instances, in 5 passes of all
# voters with BENCH_PARALLEL (16) curl requests at once. Passes are in order, so each voter's casts are too,
# and "a voter's last acknowledged ballot" is well defined. After pass 2 the round's closing_at is set about
# half a pass ahead: both schedulers then try to close it during pass 3 while ballots keep coming in to both.
# It prints, with PASS/FAIL:
#   - the answers per pass (201, 409 "not voting", anything else: an error);
#   - the ballots in award_ballot for the category (expected: one per voter who got at least one 201; that is
#     all 1,000, as every voter cast twice before the close was scheduled) and what the close's tally counted;
#   - the "award.round.phase" audit entries to CLOSED for the round (expected: exactly 1), which instance
#     logged the move, and whether the other one tried at the same time and lost (its conditional update found
#     the round moved; it only tries when its scheduler read the round as due before the close committed);
#   - that each voter's last acknowledged receipt is the one counted: sha256 of the receipt code (as
#     VoterKeys.receiptHash normalises it) is among award_ballot.receipt_hash for the category, and no stored
#     hash is anything else;
#   - 201 answers to requests sent after the close was committed (expected: 0).
#
#   bench/two-instances.sh        # 5-20 minutes, build included (each cast is a curl process: slow on a busy machine)
#
# Needs a PostgreSQL server at 127.0.0.1:5432 that lets user postgres in without a password (a database
# bravo_bench_<pid> is created and dropped), python3, curl. Rebuilds target/quarkus-app (the PostgreSQL build
# is left there). Settings: BENCH_VOTERS (1000), BENCH_CASTS (5), BENCH_PARALLEL (16).
set -euo pipefail
cd "$(dirname "$0")/.."

databases=(postgresql)
voters="${BENCH_VOTERS:-1000}"
casts="${BENCH_CASTS:-5}"
parallel="${BENCH_PARALLEL:-16}"
pg_url_base="jdbc:postgresql://127.0.0.1:5432"
pg_db="bravo_bench_$$"
psql_admin=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)
[ "$casts" -ge 3 ] || { echo "BENCH_CASTS must be at least 3 (the close comes during the third)" >&2; exit 2; }

# shellcheck source=bench/common.sh
source bench/common.sh # the scripts run from the repository root (cd above)

db=postgresql
strong_secret() { head -c 48 /dev/urandom | base64 -w0; }
# Both instances: the same secrets (a ballot's voter key must not depend on the instance it lands on), and the
# round scheduler every second (bravo.awards.schedule-every/-delay).
app_env=(BRAVO_SESSION_KEY="$(strong_secret)" BRAVO_BALLOT_SECRET="$(strong_secret)")
app_opts=(-Dbravo.awards.schedule-every=1s -Dbravo.awards.schedule-delay=1s
  '-Dquarkus.log.category."app.bravo.awards.RoundScheduler".level=DEBUG') # logs a scheduler that lost the race
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------- two instances, voters
start_app "$db" instance-a # makes the database and loads the demo
base_a="$base"
start_app "$db" instance-b # finds the demo loaded
base_b="$base"
seed_voters "$db" "$voters" "$work/tokens"
round=$(sql_value "$db" "select id from award_round where phase = 'VOTING'")
category=$(sql_value "$db" "select min(id) from award_category where method = 'INSTANT_RUNOFF' and active = true")
[ -n "$round" ] && [ -n "$category" ] || die "no round in VOTING with an instant-runoff category in the demo"
mapfile -t finalists < <(sql_rows "$db" "select nominee_key from award_nomination where round_id = $round
  and category_id = $category and finalist = true and status = 'ACTIVE' order by id")
[ "${#finalists[@]}" -ge 2 ] || die "fewer than 2 finalists in category $category"
baseline=$(sql_value "$db" "select count(*) from award_ballot where round_id = $round and category_id = $category")
say "round $round, category $category, finalists ${finalists[*]}; $baseline ballots there before"

# One cast, given "voter pass instance url token body" as one argument: "voter pass instance status receipt
# sent_ms answered_ms" on stdout (one short write, so lines of
# parallel casts do not mix).
cat >"$work/cast.sh" <<'SH'
#!/usr/bin/env bash
read -r voter pass instance url token body <<<"$1"
sent=$(date +%s%3N)
answer=$(curl -s --max-time 60 -w '\n%{http_code}' -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' --data "$body" "$url")
status="${answer##*$'\n'}"
receipt=$(grep -o '"receipt":"[^"]*"' <<<"$answer" | cut -d'"' -f4)
printf '%s %s %s %s %s %s %s\n' "$voter" "$pass" "$instance" "$status" "${receipt:--}" "$sent" "$(date +%s%3N)"
SH
chmod +x "$work/cast.sh"

# Pass p, voter v: instance a or b alternating (by v + p), the ranking of all finalists rotated by v + p.
jobs_of_pass() { # pass
  awk -v pass="$1" -v a="$base_a" -v b="$base_b" -v round="$round" -v category="$category" \
    -v finalists="${finalists[*]}" '
    BEGIN { m = split(finalists, k, " ") }
    { v = NR; r = (v + pass) % m; list = ""
      for (i = 0; i < m; i++) list = list (i ? "," : "") "\"" k[(r + i) % m + 1] "\""
      instance = (v + pass) % 2 ? "a" : "b"
      printf "%d %d %s %s/api/awards/rounds/%d/ballots %s {\"category\":%d,\"choices\":[%s]}\n", v, pass, instance,
        (instance == "a" ? a : b), round, $1, category, list }' "$work/tokens"
}

# ---------------------------------------------------------------- the passes and the close
: >"$work/casts"
for pass in $(seq 1 "$casts"); do
  t0=$(now_ms)
  jobs_of_pass "$pass" | xargs -d '\n' -n 1 -P "$parallel" "$work/cast.sh" >>"$work/casts"
  took=$(($(now_ms) - t0))
  say "pass $pass: $voters casts in $took ms"
  if [ "$pass" = 2 ]; then
    ahead=$((took / 2 > 1000 ? took / 2 : 1000))
    "${psql_admin[@]}" -d "$pg_db" -c "update award_round set closing_at = current_timestamp
      + $ahead * interval '1 millisecond' where id = $round" >/dev/null
    say "closing_at set $ahead ms ahead"
  fi
done
for _ in $(seq 30); do # the close is due by now; a scheduler may still be finishing it
  phase=$(sql_value "$db" "select phase from award_round where id = $round")
  [ "$phase" = VOTING ] || break
  sleep 1
done

# ---------------------------------------------------------------- what happened
closed_ms=$(sql_value "$db" "select cast(extract(epoch from phase_changed_at) * 1000 as bigint) from award_round
  where id = $round")
ballots=$(sql_value "$db" "select count(*) from award_ballot where round_id = $round and category_id = $category")
counted=$(sql_value "$db" "select coalesce(max(ballots), -1) from award_result where round_id = $round
  and category_id = $category")
closes=$(sql_value "$db" "select count(*) from audit_entry where action = 'award.round.phase'
  and subject = 'award-round:$round' and args like '%\"to\":\"CLOSED\"%'")
closers=$(sql_value "$db" "select string_agg(actor, ', ') from audit_entry where action = 'award.round.phase'
  and subject = 'award-round:$round' and args like '%\"to\":\"CLOSED\"%'")
moved_a=$(grep -c "Round $round moved on schedule from VOTING" "$work/app-instance-a.log" || true)
moved_b=$(grep -c "Round $round moved on schedule from VOTING" "$work/app-instance-b.log" || true)
lost_a=$(grep -c "Round $round was moved by someone else" "$work/app-instance-a.log" || true)
lost_b=$(grep -c "Round $round was moved by someone else" "$work/app-instance-b.log" || true)
sql_rows "$db" "select receipt_hash from award_ballot where round_id = $round and category_id = $category" \
  | sort >"$work/stored-hashes"

# Each voter's last acknowledged receipt, hashed as VoterKeys.receiptHash does (upper case, no dashes).
sort -k1,1n -k2,2n "$work/casts" | awk '$4 == 201 { last[$1] = $5 } END { for (v in last) print v, last[v] }' \
  >"$work/last-receipts"
acknowledged=$(wc -l <"$work/last-receipts")
while read -r _ receipt; do
  printf '%s' "$receipt" | tr -d '-' | tr '[:lower:]' '[:upper:]' | sha256sum | cut -d' ' -f1
done <"$work/last-receipts" | sort >"$work/last-hashes"
found_last=$(comm -12 "$work/last-hashes" "$work/stored-hashes" | wc -l)
missing_last=$(comm -23 "$work/last-hashes" "$work/stored-hashes" | wc -l)
other_stored=$(($(comm -13 "$work/last-hashes" "$work/stored-hashes" | wc -l) - baseline))
late_201=$(awk -v closed="$closed_ms" '$4 == 201 && $6 > closed' "$work/casts" | wc -l)
early_409=$(awk -v closed="$closed_ms" '$4 == 409 && $7 < closed' "$work/casts" | wc -l)
errors=$(awk '$4 != 201 && $4 != 409' "$work/casts" | wc -l)

stop_app
pass_fail() { if [ "$1" = "$2" ]; then echo PASS; else echo FAIL; fi; }
printf '\n==================== results ====================\n'
printf 'Two instances (%s, %s) on one PostgreSQL database; %s voters x %s casts, %s at once; round %s closed by\n' \
  "$base_a" "$base_b" "$voters" "$casts" "$parallel" "$round"
printf 'its schedule (phase now %s). Answers per pass:\n' "$phase"
awk '{ n[$2, $4]++; seen[$4] = 1; passes[$2] = 1 } END {
  printf "  %-6s %8s %8s %8s\n", "pass", "201", "409", "other"
  for (p = 1; p in passes; p++) {
    other = 0; for (s in seen) if (s != 201 && s != 409) other += n[p, s]
    printf "  %-6d %8d %8d %8d\n", p, n[p, 201], n[p, 409], other } }' "$work/casts"
printf '  %-64s %6s  expected %6s  %s\n' "voters with at least one 201" "$acknowledged" "$voters" \
  "$(pass_fail "$acknowledged" "$voters")"
printf '  %-64s %6s  expected %6s  %s\n' "ballots in award_ballot for the category (less $baseline from before)" \
  "$((ballots - baseline))" "$acknowledged" "$(pass_fail "$((ballots - baseline))" "$acknowledged")"
printf '  %-64s %6s  expected %6s  %s\n' "ballots the close's tally counted" "$counted" "$ballots" \
  "$(pass_fail "$counted" "$ballots")"
printf '  %-64s %6s  expected %6s  %s\n' "award.round.phase entries to CLOSED in the audit log ($closers)" \
  "$closes" 1 "$(pass_fail "$closes" 1)"
printf '  %-64s %6s\n' "instance a logged the scheduled close" "$moved_a" "instance b logged the scheduled close" \
  "$moved_b" "instance a tried too and found it closed by the other" "$lost_a" \
  "instance b tried too and found it closed by the other" "$lost_b"
printf '  %-64s %6s  expected %6s  %s\n' "last acknowledged receipts found among the stored hashes" "$found_last" \
  "$acknowledged" "$(pass_fail "$found_last" "$acknowledged")"
printf '  %-64s %6s  expected %6s  %s\n' "last acknowledged receipts not found" "$missing_last" 0 \
  "$(pass_fail "$missing_last" 0)"
printf '  %-64s %6s  expected %6s  %s\n' "stored hashes that are no voter's last receipt" "$other_stored" 0 \
  "$(pass_fail "$other_stored" 0)"
printf '  %-64s %6s  expected %6s  %s\n' "answers other than 201 and 409" "$errors" 0 "$(pass_fail "$errors" 0)"
# For the record: the round's phase_changed_at is the closing instance's clock just before its update, and the
# commit comes after the tally, so a cast sent within those milliseconds may still rightly get a 201 (it held
# the round's lock first) and a 409 always comes after it.
printf '  %-64s %6s  (for the record, ~0)\n' "201 answers to casts sent after phase_changed_at" "$late_201"
printf '  %-64s %6s  (for the record, 0)\n' "409 answers received before phase_changed_at" "$early_409"
if [ "$phase" = VOTING ] || [ "$(awk '$4 == 409' "$work/casts" | wc -l)" = 0 ]; then
  printf '  FAIL: the close did not come during the casts (phase %s): nothing raced it\n' "$phase"
fi
