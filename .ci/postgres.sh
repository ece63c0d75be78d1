#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (./test.sh starts one when PILOTSPEC_TEST_POSTGRES
# is not set, and stops it when the tests end, passed or failed).
#
#   .ci/postgres.sh start DIR PORT   initdb into DIR (must not exist or be empty), start the server
#                                    on 127.0.0.1:PORT (its socket in DIR too), create the database
#                                    pilotspec_test, and print the connection string:
#                                    Host=127.0.0.1;Port=PORT;Username=postgres;Database=pilotspec_test
#   .ci/postgres.sh stop DIR         stop the server of DIR (fast shutdown) if it runs; DIR stays
#   .ci/postgres.sh bindir           print the folder of initdb and pg_ctl, or fail if none is found
#
# Trust authentication on 127.0.0.1 only, no password: the cluster lives for one test run. As root
# (CI runs as root) the server must run as another user: everything runs as `postgres` (Debian's
# postgresql package makes that user) and DIR is given to it; as any other user, as that user.
# Finds the binaries on the PATH or in Debian's /usr/lib/postgresql/<major>/bin (newest major).
set -euo pipefail

usage() { echo "usage: .ci/postgres.sh start DIR PORT | stop DIR | bindir" >&2; exit 2; }

bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    # Through symbolic links: the PATH may hold only initdb and pg_ctl, linked to the full set.
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n | tail -n 1 || true)"
  if [ -n "$found" ] && [ -x "$found/initdb" ] && [ -x "$found/pg_ctl" ]; then
    echo "$found"
    return 0
  fi
  return 1
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cmd="${1:-}"
case "$cmd" in
  bindir)
    bindir || { echo "postgres.sh: initdb and pg_ctl are not on the PATH nor in /usr/lib/postgresql/*/bin" >&2; exit 1; }
    ;;
  start)
    [ $# -eq 3 ] || usage
    dir="$2"; port="$3"
    bin="$(bindir)" || { echo "postgres.sh: initdb and pg_ctl are not on the PATH nor in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1; }
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    # The commands below may run as `postgres`, which may not be allowed into our working
    # directory (a clone under /root): initdb and postgres fail when they cannot read it.
    cd /
    if [ "$(id -u)" -eq 0 ]; then
      id postgres >/dev/null 2>&1 || { echo "postgres.sh: running as root needs the 'postgres' user (Debian's postgresql package makes it)" >&2; exit 1; }
      chown postgres: "$dir"
      chmod 700 "$dir"
    fi
    # --no-sync: a throwaway cluster need not survive a power cut; it makes initdb seconds faster.
    as_owner "$bin/initdb" -D "$dir" -A trust -U postgres --no-sync -E UTF8 --locale=C >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; exit 1; }
    # fsync off for the same reason; the tests' concurrency needs more than the default 100
    # connections' headroom only in pools, so the default max_connections stays.
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
      || { cat "$dir/server.log" >&2 2>/dev/null; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres pilotspec_test
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=pilotspec_test"
    ;;
  stop)
    [ $# -eq 2 ] || usage
    dir="$2"
    [ -f "$dir/postmaster.pid" ] || exit 0
    dir="$(cd "$dir" && pwd)"
    cd /
    bin="$(bindir)" || exit 0
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 stop >/dev/null
    ;;
  *)
    usage
    ;;
esac
