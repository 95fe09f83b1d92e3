# Shared by the benchmarks (sourced after they set databases, psql_admin and pg_db): a scratch folder and the
# clean-up that stops the app and drops the throwaway PostgreSQL database, wrk and psql checks, and the build of
# one packaged app per database (db-kind is fixed at build time), PostgreSQL first so target/ ends as H2.
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
