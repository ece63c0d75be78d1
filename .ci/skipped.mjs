// Lists every test that did not run, from the TRX files of a dotnet test run, and exits 1 if
// any did not: in CI every test runs (./test.sh installs what they need, and
// PILOTSPEC_REQUIRE_ALL_TESTS=1 turns a missing requirement into a failure, so a skip here is a
// test someone switched off). The one exception is a test skipped with the reason
// "fixed by #N (...)": a strict test of a promise that issue N's fix makes true, which that
// fix un-skips. Those are listed on every run, so they stay in sight.
//
//   node .ci/skipped.mjs RESULTS_DIR
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [resultsDir] = process.argv.slice(2);
if (!resultsDir) {
  console.error("usage: node .ci/skipped.mjs RESULTS_DIR");
  process.exit(2);
}

const decode = (text) =>
  text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const trx = readdirSync(resultsDir).filter((name) => name.endsWith(".trx"));
if (trx.length === 0) {
  console.error(`skipped: no .trx file in ${resultsDir}`);
  process.exit(1);
}

const pending = [];
const skipped = [];
let passed = 0;
let failed = 0;
for (const name of trx) {
  const xml = readFileSync(join(resultsDir, name), "utf8");
  for (const result of xml.matchAll(/<UnitTestResult [^>]*testName="([^"]*)"[^>]*outcome="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
    const [, testName, outcome, body = ""] = result;
    if (outcome !== "NotExecuted") {
      if (outcome === "Passed") passed++;
      else failed++;
      continue;
    }
    const reason = decode(/<Message>([\s\S]*?)<\/Message>/.exec(body)?.[1] ?? "(no reason given)");
    (/^fixed by #\d+\b/.test(reason) ? pending : skipped).push(`${decode(testName)}: ${reason}`);
  }
}

// The plain closing line: N passed, N failed, N skipped.
console.log(`dotnet: ${passed} passed, ${failed} failed, ${skipped.length + pending.length} skipped`);
for (const line of pending) console.log(`  awaiting its fix: ${line}`);
for (const line of skipped) console.log(`  SKIPPED: ${line}`);
if (passed + failed === 0) {
  console.error("skipped: no test ran");
  process.exit(1);
}
if (skipped.length > 0) {
  console.error(`skipped: ${skipped.length} test(s) did not run; in CI every test must (see tests/Shared/Requirement.cs)`);
  process.exit(1);
}
