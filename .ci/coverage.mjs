// Coverage per product project, from the Cobertura files that coverlet wrote for every test
// project (tests/coverage.runsettings): a line counts as covered when any test project's run
// covered it, a branch when any run took it. Prints one row per project and exits 1 when a
// project is under its floor in .ci/coverage-floors (a project without a floor fails too, so
// that a new project gets one).
//
//   node .ci/coverage.mjs RESULTS_DIR FLOORS_FILE
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";

const [resultsDir, floorsFile] = process.argv.slice(2);
if (!resultsDir || !floorsFile) {
  console.error("usage: node .ci/coverage.mjs RESULTS_DIR FLOORS_FILE");
  process.exit(2);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    // vstest also copies each report under the TRX's In/ folder: read each once.
    else if (name === "coverage.cobertura.xml" && !path.includes("/In/")) yield path;
  }
}

// project -> "file:line" -> { hit, taken, branches }
const projects = new Map();
let reports = 0;
for (const file of files(resultsDir)) {
  reports++;
  const xml = readFileSync(file, "utf8");
  // File names are relative to one of the report's <source> folders, which differ between
  // reports (a test project that loads one product assembly gets that project's folder).
  const sources = [...xml.matchAll(/<source>([^<]*)<\/source>/g)].map((m) => m[1]);
  const resolve = (name) => (isAbsolute(name) ? name : join(sources.find((s) => existsSync(join(s, name))) ?? sources[0] ?? "", name));
  for (const pkg of xml.split("<package ").slice(1)) {
    const project = /^name="([^"]+)"/.exec(pkg)[1];
    const lines = projects.get(project) ?? new Map();
    projects.set(project, lines);
    for (const cls of pkg.split("<class ").slice(1)) {
      const fileName = resolve(/filename="([^"]+)"/.exec(cls)[1]);
      // A class lists its lines once outside <methods> (each method repeats its own).
      const own = cls.replace(/<methods>[\s\S]*?<\/methods>/g, "");
      for (const line of own.matchAll(/<line number="(\d+)" hits="(\d+)" branch="(True|False)"(?: condition-coverage="[\d.]+% \((\d+)\/(\d+)\)")?/g)) {
        const key = `${fileName}:${line[1]}`;
        const seen = lines.get(key) ?? { hit: false, taken: 0, branches: 0 };
        seen.hit ||= Number(line[2]) > 0;
        if (line[3] === "True" && line[5] !== undefined) {
          seen.taken = Math.max(seen.taken, Number(line[4]));
          seen.branches = Math.max(seen.branches, Number(line[5]));
        }
        lines.set(key, seen);
      }
    }
  }
}
if (reports === 0) {
  console.error(`coverage: no coverage.cobertura.xml under ${resultsDir}`);
  process.exit(1);
}

const floors = new Map(
  readFileSync(floorsFile, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((l) => {
      const [project, line, branch] = l.split(/\s+/);
      return [project, { line: Number(line), branch: Number(branch) }];
    }),
);

const percent = (part, whole) => (whole === 0 ? 100 : Math.floor((1000 * part) / whole) / 10);
let failed = false;
console.log(`coverage (${reports} reports): project, line %, branch %, floors`);
for (const [project, lines] of [...projects].sort(([a], [b]) => a.localeCompare(b))) {
  const all = [...lines.values()];
  const line = percent(all.filter((l) => l.hit).length, all.length);
  const branch = percent(all.reduce((s, l) => s + l.taken, 0), all.reduce((s, l) => s + l.branches, 0));
  const floor = floors.get(project);
  const verdict = !floor ? "NO FLOOR" : line < floor.line || branch < floor.branch ? "UNDER FLOOR" : "ok";
  failed ||= verdict !== "ok";
  console.log(`  ${project.padEnd(28)} line ${String(line).padStart(5)}  branch ${String(branch).padStart(5)}   floors ${floor ? `${floor.line} / ${floor.branch}` : "-"}   ${verdict}`);
}
for (const project of floors.keys()) {
  if (!projects.has(project)) {
    console.log(`  ${project.padEnd(28)} no coverage collected   MISSING`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
