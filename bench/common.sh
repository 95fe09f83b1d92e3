# Shared by the benchmarks (sourced after they set databases, psql_admin and pg_db): a scratch folder and the
# clean-up that stops the app and drops the throwaway PostgreSQL database, wrk and psql checks, and the build of
# one packaged app per database (db-kind is fixed at build time), PostgreSQL first so target/ ends as H2; then
# starting the app on a throwaway database, a browser's login and a personal API token, and a URL's status.
work="$(mktemp -d)"
app_pid=""
pg_created=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
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

# ---------------------------------------------------------------- the app, logins, answers
free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  die "no free port"
}

start_app() { # db (a first start makes the database; later starts keep it)
  local db="$1" port data env=()
  port=$(free_port)
  data="$work/data-$db"
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
  env "${env[@]}" java -Dquarkus.profile=demo -Dbravo.data-dir="$data" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$port" -jar "$work/app-$db/quarkus-run.jar" >>"$work/app-$db.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 180); do
    curl -fs -o /dev/null --max-time 2 "$base/q/health/ready" && { say "$db app up at $base"; return; }
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app-$db.log" >&2; die "the $db app stopped"; }
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
