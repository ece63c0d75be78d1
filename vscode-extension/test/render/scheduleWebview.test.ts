// Issue 8: the schedule webview's HTML, rendered in headless Chromium, shows every phase.
// The page is built exactly as the extension builds it (scheduleWebview.ts), so this also
// checks that the content security policy leaves the chart intact. Needs Chromium
// (`apt-get install -y chromium`; .ci/run installs it) and `npm run publish:cli`.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { SCHEDULE_CSP } from "../../src/webviewHtml";
import { dumpDom } from "./chromium";
import { examplesDir, scheduleWebviewHtml } from "./scheduleWebview";

/** The phases a spec declares, read from its text (not from pilotc), in order. */
function declaredPhases(specText: string): string[] {
  return [...specText.matchAll(/^\s*phase\s+([\p{L}_][\p{L}\p{N}_]*)/gmu)].map((m) => m[1]);
}

function decode(html: string): string {
  return html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

describe("the schedule webview rendered in headless Chromium", { timeout: 180_000 }, () => {
  const spec = path.join(examplesDir, "policing-reform.pilot");
  const phases = declaredPhases(fs.readFileSync(spec, "utf8"));
  let folder: string;
  let dom: string;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "pilotspec-webview-"));
    const page = path.join(folder, "schedule.html");
    fs.writeFileSync(page, await scheduleWebviewHtml(spec), "utf8");
    dom = await dumpDom(page);
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("reads the example's phases", () => {
    assert.deepEqual(phases, ["Launch", "Implementation", "MidtermReview", "Summary"]);
  });

  it("shows every phase as a row with a bar", () => {
    // Chromium's serialisation of each phase row: its label, then a positioned bar in its track.
    const rows = [...dom.matchAll(/<tr class="phase"><td class="label">([^<]*)<\/td>(.*?)<\/tr>/gs)];
    const labels = rows.map((row) => decode(row[1]));
    assert.deepEqual(
      labels.map((label) => label.split(":")[0]),
      phases,
      `phase rows in the rendered DOM: ${JSON.stringify(labels)}`,
    );
    for (const row of rows) assert.match(row[2], /<div class="bar[^"]*" style="left: [\d.]+%; width: [\d.]+%"/, `no bar for ${row[1]}`);
  });

  it("keeps the locked-down policy and no script in what Chromium rendered", () => {
    assert.ok(dom.includes(`content="${SCHEDULE_CSP}"`), "the CSP meta tag is not in the rendered head");
    assert.doesNotMatch(dom, /<script/i);
  });
});
