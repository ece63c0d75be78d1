// commands.ts against the vscode stand-in, with a fake pilotc (a shell script): which spec
// "Build current spec" builds, where into, and what it tells the user.
import { document, recorded } from "./vscodeStandIn";
import assert from "node:assert/strict";
import * as path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { buildCurrentSpec } from "../../src/commands";
import { createFixture, type Fixture } from "./fixture";

let fixture: Fixture;
const output = { append: (t: string) => recorded.output.push(t), appendLine: (t: string) => recorded.output.push(t + "\n"), show: () => recorded.outputShown++ };
const build = () => buildCurrentSpec({ extensionPath: fixture.extensionPath } as never, output as never);

beforeEach(() => {
  recorded.reset();
  fixture = createFixture();
  recorded.settings.set("pilotspec.cli.path", fixture.pilotc);
});

afterEach(() => fixture.remove());

describe("Build current spec", () => {
  it("saves the spec, runs pilotc build FILE -o <spec folder>/<setting> in the spec's folder, and offers to reveal it", async () => {
    const file = path.join(fixture.specs, "reform.pilot");
    const out = path.join(fixture.specs, "generated");
    const spec = document(file, { isDirty: true });
    recorded.activeEditor = { document: spec };
    recorded.settings.set("pilotspec.build.outputFolder", "generated");
    recorded.answer = "Reveal";
    fixture.answer(0, "built 2 files\n");

    await build();

    assert.equal(spec.saved, 1);
    assert.deepEqual(fixture.runs(), [{ cwd: fixture.specs, args: ["build", file, "-o", out] }]);
    assert.deepEqual(recorded.progressTitles, ["PilotSpec: building reform.pilot"]);
    assert.deepEqual(recorded.output, [`> ${fixture.pilotc} build ${file} -o ${out}\n`, "built 2 files\n", ""]);
    assert.deepEqual(recorded.infos, [`PilotSpec: built reform.pilot into ${out}`]);
    assert.equal(recorded.executed[0].command, "revealFileInOS");
    assert.equal((recorded.executed[0].args[0] as { fsPath: string }).fsPath, out);
  });

  it("shows the output and says what pilotc's exit code means when the spec has errors", async () => {
    recorded.activeEditor = { document: document(path.join(fixture.specs, "broken.pilot")) };
    fixture.answer(1, "", "broken.pilot(3,5): error PS0102: 'x' is not declared\n");

    await build();

    assert.equal(recorded.outputShown, 1);
    assert.ok(recorded.output.includes("broken.pilot(3,5): error PS0102: 'x' is not declared\n"));
    assert.deepEqual(recorded.errors, ["PilotSpec: pilotc build found errors in the spec; see the PilotSpec output."]);
    assert.deepEqual(recorded.infos, []);
  });

  it("asks for a .pilot file, or a saved one, and runs nothing otherwise", async () => {
    await build();
    recorded.activeEditor = { document: document("/tmp/notes.md", { languageId: "markdown" }) };
    await build();
    recorded.activeEditor = { document: document("Untitled-1", { isUntitled: true }) };
    await build();

    assert.deepEqual(recorded.warnings, [
      "PilotSpec: open a .pilot file first.",
      "PilotSpec: open a .pilot file first.",
      "PilotSpec: save the spec to a file first.",
    ]);
    assert.deepEqual(fixture.runs(), []);
  });

  it("says where the configured compiler is missing", async () => {
    recorded.activeEditor = { document: document("/tmp/specs/reform.pilot") };
    recorded.settings.set("pilotspec.cli.path", "/nowhere/pilotc");

    await build();

    assert.deepEqual(recorded.errors, ["PilotSpec: `pilotspec.cli.path` points to /nowhere/pilotc, which does not exist."]);
  });
});
