#!/usr/bin/env bash
# Coverage-guided fuzzing of the whole compiler pipeline with AFL++ and SharpFuzz
# (docs/reliability.md). Builds the fuzz harness, instruments the compiler assembly, runs
# afl-fuzz for SECONDS, prints its numbers, and exits 1 if it saved any crash or hang.
#
#   fuzz/run-afl.sh SECONDS [WORK_DIR]
#
# WORK_DIR (default: a new temporary folder) keeps the build, the instrumenter, the seeds and
# AFL's output; run again with the same WORK_DIR to resume a campaign from its queue.
# Environment: AFL_TIMEOUT_MS (per input, default 10000; a slower input is a hang).
#
# Needs dotnet and afl-fuzz (Debian: apt-get install afl++); installs the SharpFuzz
# instrumenter as a .NET tool into WORK_DIR. It changes no system setting (no core_pattern,
# no CPU governor), so it runs in a container as it does on a workstation.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:?usage: fuzz/run-afl.sh SECONDS [WORK_DIR]}"
work="${2:-$(mktemp -d)}"
timeout_ms="${AFL_TIMEOUT_MS:-10000}"
sharpfuzz_version=2.3.0 # the SharpFuzz library version in Directory.Packages.props

for tool in dotnet afl-fuzz timeout; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run-afl: '$tool' is required (afl-fuzz: apt-get install afl++)" >&2; exit 2; }
done
mkdir -p "$work"
work="$(cd "$work" && pwd)"

echo "run-afl: build and instrument in $work"
rm -rf "$work/bin"
dotnet publish fuzz/PilotSpec.Fuzz -c Release -o "$work/bin" -v q -nologo
if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine --version "$sharpfuzz_version" >/dev/null
fi
# Only the compiler is instrumented: coverage of the runtime, ANTLR's runtime or Roslyn
# would be noise, and the harness itself has nothing to find.
"$work/tools/sharpfuzz" "$work/bin/PilotSpec.CodeAnalysis.dll"

# Seeds: the examples, a few small specs (AFL mutates small files faster), and every saved
# regression. On a resumed campaign AFL continues from its own queue instead.
seeds="$work/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
cp examples/*.pilot fuzz/seeds/*.pilot tests/PilotSpec.CodeAnalysis.Tests/Fuzzing/Regressions/*.pilot "$seeds/"
input="$seeds"
[ -f "$work/afl/default/fuzzer_stats" ] && input=-

# AFL_SKIP_BIN_CHECK: the target is `dotnet`, instrumented by SharpFuzz, not by afl-cc.
# AFL_SKIP_CPUFREQ / AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES: do not demand a CPU governor or a
# core_pattern, which a container cannot set. AFL_NO_AFFINITY: the machine is shared.
# `-t N` without AFL++'s `+` (which makes N only the ceiling of a timeout AFL derives from the
# seeds' speed: some 250 ms, so a busy machine turns slow inputs into false hangs).
# afl-fuzz stops itself after -V seconds; `timeout` is the guard should it not (calibration
# of the seeds comes first and is not counted in -V).
echo "run-afl: fuzz for $seconds s (per-input limit $timeout_ms ms); log in $work/afl.log"
status=0
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
AFL_NO_UI=1 AFL_FAST_CAL=1 AFL_AUTORESUME=1 \
  timeout --kill-after=30 "$((seconds + 600))" \
  afl-fuzz -i "$input" -o "$work/afl" -x fuzz/pilot.dict -t "$timeout_ms" -m none -V "$seconds" -- \
  dotnet "$work/bin/PilotSpec.Fuzz.dll" afl >"$work/afl.log" 2>&1 || status=$?

stats="$work/afl/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "run-afl: afl-fuzz did not start fuzzing (exit $status):" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 1
fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|bitmap_cvg|stability|saved_crashes|saved_hangs) ' "$stats" | sed 's/^/run-afl: /'

# Findings are copied with a .pilot name so that `pilotfuzz replay` and the regression folder take them as they are.
findings="$work/findings"
mkdir -p "$findings"
found=0
for kind in crashes hangs; do
  for file in "$work/afl/default/$kind"/id:*; do
    [ -e "$file" ] || continue
    found=$((found + 1))
    cp "$file" "$findings/$kind-$(basename "$file" | cut -d, -f1 | tr ':' '-').pilot"
  done
done
if [ "$found" -gt 0 ]; then
  echo "run-afl: $found crash(es)/hang(s) saved in $findings; replay with" >&2
  echo "  dotnet run --project fuzz/PilotSpec.Fuzz -c Release -- replay $findings" >&2
  exit 1
fi
# 124 (or 137 after --kill-after): the guard ended afl-fuzz, which had not stopped by itself
# at -V: the run did not do what it was asked, whatever it found, so it fails visibly.
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "run-afl: afl-fuzz did not stop by itself within $((seconds + 600)) s (-V $seconds plus calibration); the timeout guard ended it (exit $status):" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "run-afl: afl-fuzz exited with $status:" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 1
fi
echo "run-afl: no crash, no hang"
