# Shared by the benchmarks (sourced after they set databases, psql_admin and pg_db): a scratch folder and the
# clean-up that stops the app(s) and drops the throwaway PostgreSQL database, wrk and psql checks, and the build
# of one packaged app per database (db-kind is fixed at build time), PostgreSQL first so target/ ends as H2; then
# starting the app on a throwaway database (several instances may share one PostgreSQL database), SQL against
# the app's schema (H2 with the app stopped), a browser's login and a personal API token, voters with bearer
# tokens seeded by SQL, and a URL's status.
work="$(mktemp -d)"
app_pid=""   # the app started last
app_pids=()  # every app started and not yet stopped
app_opts=()  # more -D options for every start (a script may add some before start_app)
app_env=()   # more environment variables for every start
pg_created=""
# The key of the API tokens' keyed hash, so bench tokens can be seeded by SQL (seed_voters).
api_token_key="bench-api-tokens-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
stop_app() { # every instance
  local pid
  for pid in "${app_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  app_pids=()
  app_pid=""
}
cleanup() {
  stop_app
  if [ -n "$pg_created" ]; then
    "${psql_admin[@]}" -d postgres -c "drop database if exists $pg_db" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '· %s\n' "$*"; }
die() { printf '%s: %s\n' "${0#./}" "$*" >&2; exit 1; }
clock() { date +%s; }

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || die "wrk is missing: apt-get install -y wrk"
  say "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y wrk >/dev/null; }
fi
for db in "${databases[@]}"; do
  if [ "$db" = postgresql ]; then
    command -v psql >/dev/null || die "psql is missing (apt-get install -y postgresql-client)"
    "${psql_admin[@]}" -d postgres -c "select 1" >/dev/null || die "no PostgreSQL at 127.0.0.1:5432 for user postgres"
  fi
done

# ---------------------------------------------------------------- build (PostgreSQL first, so target/ ends as H2)
build() { # db
  local t0 flags=()
  t0=$(clock)
  [ "$1" = postgresql ] && flags=(-Dquarkus.datasource.db-kind=postgresql)
  say "building the $1 jar"
  ./mvnw -B -q package -DskipTests "${flags[@]}" >"$work/build-$1.log" 2>&1 \
    || { tail -30 "$work/build-$1.log" >&2; die "build for $1 failed"; }
  rm -rf "$work/app-$1"
  cp -r target/quarkus-app "$work/app-$1"
  say "built $1 in $(($(clock) - t0)) s"
}
for db in postgresql h2; do
  if [[ " ${databases[*]} " == *" $db "* ]]; then build "$db"; fi
done

# The H2 tools of the very version the app runs, from the local Maven repository.
h2_jar=""
if [[ " ${databases[*]} " == *" h2 "* ]]; then
  h2_version=$(find "$work/app-h2/lib" -name 'com.h2database.h2-*.jar' | sed -n '1s/.*h2-\(.*\)\.jar$/\1/p')
  h2_jar="$HOME/.m2/repository/com/h2database/h2/$h2_version/h2-$h2_version.jar"
  [ -f "$h2_jar" ] || die "no H2 jar at $h2_jar"
fi

# ---------------------------------------------------------------- SQL against the app's schema
h2_url() { echo "jdbc:h2:file:$work/data-h2/bravo"; }

sql_file() { # db file (H2: the app must be stopped)
  if [ "$1" = postgresql ]; then
    "${psql_admin[@]}" -d "$pg_db" -f "$2" >/dev/null
  else
    java -cp "$h2_jar" org.h2.tools.RunScript -url "$(h2_url)" -user bravo -password "" -script "$2"
  fi
}

sql_rows() { # db query -> the first column of every row, one a line
  if [ "$1" = postgresql ]; then
    "${psql_admin[@]}" -d "$pg_db" -tA -c "$2"
  else
    printf '%s;\n' "$2" >"$work/query.sql"
    java -cp "$h2_jar" org.h2.tools.RunScript -url "$(h2_url)" -user bravo -password "" -script "$work/query.sql" \
      -showResults | sed -n 's/^--> *//p' | sed 's/ *$//'
  fi
}

sql_value() { # db query -> the first column of the first row
  sql_rows "$1" "$2" | head -1
}

sql_range() { # db from to -> a derived table of the numbers from..to in column x
  if [ "$1" = postgresql ]; then echo "(select g as x from generate_series($2, $3) as g)"
  else echo "(select x from system_range($2, $3))"; fi
}

# ---------------------------------------------------------------- voters with bearer tokens, seeded by SQL
# Employees "Bench Voter n" (n = 1..count, ids from voter_id_base up) in a team of their own (so no finalist
# team of the demo is theirs), each with an account (the demo's password hash and role, copied from Ana's) and
# a personal API token, stored as ApiTokens stores one: the keyed hash (api_token_key, given to every start)
# and the prefix. The tokens go to the file, one a line in the order of n. H2: the app must be stopped.
voter_id_base=1000000000
seed_voters() { # db count tokens-file
  local db="$1" count="$2" file="$3" range
  range=$(sql_range "$db" 1 "$count")
  python3 - "$api_token_key" "$count" "$file" "$voter_id_base" >"$work/voter-tokens.sql" <<'PY'
import hashlib, hmac, secrets, sys
key, count, file, base = sys.argv[1].encode(), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
rows = []
with open(file, "w") as out:
    for n in range(1, count + 1):
        token = "bravo_" + secrets.token_urlsafe(32)
        out.write(token + "\n")
        digest = hmac.new(key, token.encode(), hashlib.sha256).hexdigest()
        rows.append(f"({base + n}, '{digest}', '{token[:10]}', {base + n})")
print("create table bench_token (id bigint, token_hash varchar(64), prefix varchar(16), account_id bigint);")
for i in range(0, len(rows), 1000):
    print("insert into bench_token values " + ",\n  ".join(rows[i:i + 1000]) + ";")
PY
  cat >"$work/voters.sql" <<SQL
insert into team (id, name, department_id, active)
  select $voter_id_base, 'Bench voters', min(id), true from department;
insert into person (id, full_name, email, job_title, team_id, active, search_text, created_at, updated_at)
  select $voter_id_base + r.x, 'Bench Voter ' || r.x, 'bench.voter.' || r.x || '@bench.example', 'Bench',
    $voter_id_base, true, 'bench voter ' || r.x, current_timestamp, current_timestamp from $range r;
insert into account (id, person_id, username, password_hash, role)
  select $voter_id_base + r.x, $voter_id_base + r.x, 'bench.voter.' || r.x || '@bench.example', a.password_hash,
    a.role from $range r cross join account a where a.username = 'ana.petrovic@demo.bravo';
$(cat "$work/voter-tokens.sql")
insert into api_token (id, token_hash, prefix, name, account_id, created_by, created_at, expires_at)
  select id, token_hash, prefix, 'bench', account_id, 'bench', current_timestamp,
    current_timestamp + interval '30' day from bench_token;
drop table bench_token;
SQL
  sql_file "$db" "$work/voters.sql"
  [ "$(sql_value "$db" "select count(*) from api_token where name = 'bench'")" = "$count" ] \
    || die "seeding $count voters failed"
}

# ---------------------------------------------------------------- the app, logins, answers
free_port() { # below the ephemeral range (32768 up), so no outgoing connection takes it before the app binds it
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  die "no free port"
}

start_app() { # db [instance] (a first start makes the database; later starts keep it; sets base and app_pid)
  local db="$1" instance="${2:-$1}" port data env=()
  port=$(free_port)
  data="$work/data-$instance"
  mkdir -p "$data"
  if [ "$db" = postgresql ]; then
    if [ -z "$pg_created" ]; then
      "${psql_admin[@]}" -d postgres -c "drop database if exists $pg_db" -c "create database $pg_db" >/dev/null
      pg_created=1
    fi
    env=(BRAVO_DB_URL="$pg_url_base/$pg_db" BRAVO_DB_USER=postgres BRAVO_DB_PASSWORD=)
  fi
  base="http://127.0.0.1:$port"
  # The demo profile loads the demo organisation; the session key is generated into the data folder.
  env "${env[@]}" "${app_env[@]}" java -Dquarkus.profile=demo -Dbravo.data-dir="$data" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dbravo.api-tokens.key="$api_token_key" \
    "${app_opts[@]}" -jar "$work/app-$db/quarkus-run.jar" >>"$work/app-$instance.log" 2>&1 &
  app_pid=$!
  app_pids+=("$app_pid")
  for _ in $(seq 180); do
    curl -fs -o /dev/null --max-time 2 "$base/q/health/ready" && { say "$instance app up at $base"; return; }
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app-$instance.log" >&2; die "the $instance app stopped"; }
    sleep 1
  done
  die "the $db app was not ready within 3 minutes"
}

# A browser's login: the login page (sets the CSRF cookie), then the form post from this origin.
login() { # user -> "Cookie: ..." header on stdout
  local jar="$work/jar-$1" status
  rm -f "$jar"
  curl -s -c "$jar" -o /dev/null "$base/login"
  status=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' -H "Origin: $base" \
    -H 'Sec-Fetch-Site: same-origin' --data-urlencode "j_username=$1" --data-urlencode "j_password=$password" \
    "$base/j_security_check")
  [ "$status" = "302 $base/" ] || die "login as $1 answered $status"
  # HttpOnly cookies are written as "#HttpOnly_host" lines.
  awk 'BEGIN { FS = "\t" } NF >= 7 && $6 != "" { printf "%s%s=%s", (n++ ? "; " : "Cookie: "), $6, $7 }' "$jar"
}

# A personal API token, made on the account page like a person would (the form's CSRF token goes with the
# CSRF cookie that page sets, so both come from one cookie jar).
make_token() { # user (logged in by login) -> token
  local jar="$work/jar-$1" csrf
  csrf=$(curl -s -b "$jar" -c "$jar" "$base/account" | grep -o 'name="csrf-token" value="[^"]*"' | sed -n '1s/.*value="//; 1s/"$//p')
  [ -n "$csrf" ] || die "no CSRF token on /account"
  curl -s -b "$jar" -c "$jar" -H "Origin: $base" -H 'Sec-Fetch-Site: same-origin' \
    --data-urlencode "name=bench $(date +%s)" --data-urlencode days=30 --data-urlencode "csrf-token=$csrf" \
    "$base/account/tokens" | grep -o '<code class="token" id="new-token">[^<]*</code>' | sed 's/<[^>]*>//g' || true
}

status_of() { # url header...
  local url="$1"
  shift
  local args=()
  for h in "$@"; do [ -n "$h" ] && args+=(-H "$h"); done
  curl -s -o /dev/null --max-time 120 -w '%{http_code}' "${args[@]}" "$base$url" || echo "no answer"
}
