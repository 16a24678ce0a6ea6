#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the SQL equality tests (tests/sql/postgres.test.ts).
#   scripts/pg-throwaway.sh start <dir> <port>   # prints the connection string on stdout
#   scripts/pg-throwaway.sh stop <dir>
# As root the cluster runs as the user `postgres` (initdb refuses root). Needs initdb and pg_ctl
# on PATH or in /usr/lib/postgresql/*/bin (Debian package `postgresql`).
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?directory}
if ! command -v initdb > /dev/null 2>&1; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1 || true)
  [ -n "$bin" ] && PATH="$bin:$PATH"
fi
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_pg initdb -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
      || as_pg initdb -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale > "$dir/initdb.log" 2>&1
    as_pg pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start > /dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg pg_ctl -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start <dir> <port> | stop <dir>" >&2
    exit 2
    ;;
esac
