#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every
# test of the solution, none skipped.
#
#   ./test.sh [dotnet test options...]      e.g. ./test.sh -c Release --no-build
#
# What it installs: Debian's `chromium` (apt-get, as root), which the HTML render tests drive
# headless, and Debian's `postgresql` when initdb and pg_ctl are missing (on the PATH or in
# /usr/lib/postgresql/<major>/bin); the image has everything else (.NET 10, Java, Node, npm).
# PostgreSQL: unless PILOTSPEC_TEST_POSTGRES is already set (a connection string: then the tests use
# that server), it starts a throwaway cluster for the run with .ci/postgres.sh (as the `postgres`
# user when run as root) on a free port from 55432 up, exports PILOTSPEC_TEST_POSTGRES for the
# PostgreSQL journal's tests, and stops and deletes the cluster when the tests end, passed or not.
# It sets PILOTSPEC_REQUIRE_ALL_TESTS=1, so that a test whose requirement is still missing fails
# instead of being skipped (tests/Shared/Requirement.cs): once this script has installed
# everything, a skip could only hide a broken install. A plain `dotnet test PilotSpec.sln`
# skips such tests and says why.
#
# .ci/run calls this same script (with its own options: Release, coverage, result files).
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null 2>&1 || { echo "test.sh: 'dotnet' (the .NET 10 SDK) is required but not on PATH" >&2; exit 2; }

# Debian's packages that the tests need, by the command each provides.
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM:-}" ] || missing+=(chromium)
if [ -z "${PILOTSPEC_TEST_POSTGRES:-}" ] && ! .ci/postgres.sh bindir >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing from Debian's packages: ${missing[*]} (the HTML render tests drive chromium headless; the PostgreSQL journal's tests need a server)"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "test.sh: installing ${missing[*]} needs root (or sudo)" >&2; exit 2; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM:-}" ] || { echo "test.sh: chromium is still not on PATH after apt-get install" >&2; exit 2; }
  [ -n "${PILOTSPEC_TEST_POSTGRES:-}" ] || .ci/postgres.sh bindir >/dev/null || { echo "test.sh: initdb and pg_ctl are still missing after apt-get install postgresql" >&2; exit 2; }
fi

# A throwaway PostgreSQL cluster for this run, unless the caller gave a server.
if [ -z "${PILOTSPEC_TEST_POSTGRES:-}" ]; then
  pg_root="$(mktemp -d)"
  chmod 755 "$pg_root" # as root the server runs as `postgres`, which must reach its folder
  pg_dir=""
  cleanup_postgres() {
    if [ -n "$pg_dir" ]; then .ci/postgres.sh stop "$pg_dir" || true; fi
    rm -rf "$pg_root"
  }
  trap cleanup_postgres EXIT
  trap 'exit 130' INT # so that an interrupted run stops its cluster too (EXIT runs on exit)
  trap 'exit 143' TERM
  # The first free port from 55432; a port taken between the check and the start (another run
  # starting at once) makes pg_ctl fail, and the next port is tried in a fresh folder.
  for port in $(seq 55432 55441); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
    pg_dir="$pg_root/cluster-$port"
    if PILOTSPEC_TEST_POSTGRES="$(.ci/postgres.sh start "$pg_dir" "$port")"; then
      export PILOTSPEC_TEST_POSTGRES
      echo "test.sh: PostgreSQL for the tests on 127.0.0.1:$port (stopped when the tests end)"
      break
    fi
    .ci/postgres.sh stop "$pg_dir" || true
    pg_dir=""
  done
  [ -n "${PILOTSPEC_TEST_POSTGRES:-}" ] || { echo "test.sh: could not start PostgreSQL on any port from 55432 to 55441 (the errors are above)" >&2; exit 2; }
fi

export PILOTSPEC_REQUIRE_ALL_TESTS=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
dotnet test PilotSpec.sln "$@"
