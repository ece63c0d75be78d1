#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every
# test of the solution, none skipped.
#
#   ./test.sh [dotnet test options...]      e.g. ./test.sh -c Release --no-build
#
# What it installs: Debian's `chromium` (apt-get, as root), which the HTML render tests drive
# headless; the image has everything else (.NET 10, Java, Node, npm). It sets
# PILOTSPEC_REQUIRE_ALL_TESTS=1, so that a test whose requirement is still missing fails
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
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing from Debian's packages: ${missing[*]} (the HTML render tests drive it headless)"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "test.sh: installing ${missing[*]} needs root (or sudo)" >&2; exit 2; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  command -v chromium >/dev/null 2>&1 || { echo "test.sh: chromium is still not on PATH after apt-get install" >&2; exit 2; }
fi

export PILOTSPEC_REQUIRE_ALL_TESTS=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
dotnet test PilotSpec.sln "$@"
