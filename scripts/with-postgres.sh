#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL: a fresh cluster in a temporary
# folder, listening on 127.0.0.1 at a free port with trust authentication,
# stopped and removed when the command ends however it ends. The command finds
# it in TEST_DATABASE_URL.
#
#   bash scripts/with-postgres.sh npm test
#
# PostgreSQL's own binaries are used (initdb, pg_ctl, from Debian's
# postgresql package, installed here when missing and when run as root).
# initdb refuses to run as root, so as root the cluster belongs to the
# "postgres" user.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN="$(find_bin)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "with-postgres: installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN="$(find_bin)"
  fi
fi
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  echo "with-postgres: PostgreSQL's initdb was not found under /usr/lib/postgresql/*/bin; install Debian's postgresql package" >&2
  exit 1
fi

OWNER="$(id -un)"
AS_OWNER=()
if [[ "$(id -u)" == 0 ]]; then
  OWNER=postgres
  id -u "$OWNER" >/dev/null 2>&1 || useradd --system --no-create-home "$OWNER"
  AS_OWNER=(runuser -u "$OWNER" --)
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/qa-postgres.XXXXXX")"
chmod 755 "$DIR"
[[ "$(id -u)" == 0 ]] && chown "$OWNER" "$DIR"
PORT="$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

stop() {
  "${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${AS_OWNER[@]}" "$BIN/initdb" -D "$DIR/data" -U "$OWNER" --auth=trust --no-sync -E UTF8 >"$DIR/initdb.log" 2>&1 ||
  { cat "$DIR/initdb.log" >&2; exit 1; }
# fsync off: a throwaway cluster for tests need not survive a crash of the machine.
"${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
  { cat "$DIR/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://$OWNER@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
"$@"
