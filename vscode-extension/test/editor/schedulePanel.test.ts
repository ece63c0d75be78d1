// schedulePanel.ts against the vscode stand-in, with a fake pilotc: one locked-down webview per
// spec showing `pilotc schedule FILE --format html`, refreshed on save, an error page otherwise.
import { document, recorded, uri } from "./vscodeStandIn";
import assert from "node:assert/strict";
import * as path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { SchedulePanels } from "../../src/schedulePanel";
import { SCHEDULE_CSP } from "../../src/webviewHtml";
import { createFixture, type Fixture } from "./fixture";

let fixture: Fixture;
let panels: SchedulePanels;
const output = { appendLine: (t: string) => recorded.output.push(t + "\n") };
async function eventually(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    assert.ok(Date.now() < deadline, "timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

beforeEach(() => {
  recorded.reset();
  fixture = createFixture();
  recorded.settings.set("pilotspec.cli.path", fixture.pilotc);
  panels = new SchedulePanels(fixture.extensionPath, output as never);
});

afterEach(() => {
  panels.dispose();
  fixture.remove();
});

describe("the schedule webview", () => {
  it("shows pilotc's HTML under the strict content security policy, scripts off", async () => {
    const spec = path.join(fixture.specs, "reform.pilot");
    fixture.answer(0, page("<p>Launch</p>"));

    await panels.show(uri(spec));

    assert.equal(recorded.panels.length, 1);
    const panel = recorded.panels[0];
    assert.equal(panel.viewType, "pilotspec.schedule");
    assert.equal(panel.title, "Schedule: reform.pilot");
    assert.deepEqual(panel.options, { enableScripts: false, enableForms: false, localResourceRoots: [] });
    assert.deepEqual(fixture.runs(), [{ cwd: fixture.specs, args: ["schedule", spec, "--format", "html"] }]);
    assert.ok(panel.webview.html.includes(`<meta http-equiv="Content-Security-Policy" content="${SCHEDULE_CSP}">`), panel.webview.html);
    assert.ok(panel.webview.html.includes("<body><p>Launch</p></body>"));
  });

  it("keeps one panel per spec: showing it again reveals and refreshes it", async () => {
    const spec = path.join(fixture.specs, "reform.pilot");
    fixture.answer(0, page("<p>first</p>"));
    await panels.show(uri(spec));
    fixture.answer(0, page("<p>second</p>"));

    await panels.show(uri(spec));

    assert.equal(recorded.panels.length, 1);
    assert.equal(recorded.panels[0].revealed, 1);
    assert.ok(recorded.panels[0].webview.html.includes("<p>second</p>"));
  });

  it("refreshes when its spec is saved, and not for another file", async () => {
    const spec = path.join(fixture.specs, "reform.pilot");
    fixture.answer(0, page("<p>before</p>"));
    await panels.show(uri(spec));
    fixture.answer(0, page("<p>after</p>"));

    await recorded.onDidSaveTextDocument.fire(document(path.join(fixture.specs, "other.pilot")));
    assert.equal(fixture.runs().length, 1);

    // The panel refreshes in the background (the save listener does not wait for pilotc).
    await recorded.onDidSaveTextDocument.fire(document(spec));
    await eventually(() => recorded.panels[0].webview.html.includes("<p>after</p>"));
    assert.equal(fixture.runs().length, 2);
  });

  it("shows an error page with pilotc's messages, escaped, when the spec has errors", async () => {
    fixture.answer(1, "", "reform.pilot(1,1): error PS0001: <unexpected>\n");

    await panels.show(uri(path.join(fixture.specs, "reform.pilot")));

    const html = recorded.panels[0].webview.html;
    assert.ok(html.includes("No schedule for reform.pilot"), html);
    assert.ok(html.includes("pilotc schedule found errors in the spec."), html);
    assert.ok(html.includes("error PS0001: &lt;unexpected&gt;"), html);
    assert.ok(!html.includes("<unexpected>"), html);
  });

  it("forgets a panel the user closed: the next show opens a new one", async () => {
    const spec = path.join(fixture.specs, "reform.pilot");
    fixture.answer(0, page("<p>x</p>"));
    await panels.show(uri(spec));
    recorded.panels[0].dispose();

    await panels.show(uri(spec));

    assert.equal(recorded.panels.length, 2);
  });
});
