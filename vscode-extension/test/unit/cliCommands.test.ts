import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { buildCommand, buildOutputFolder, describeExitCode, scheduleCommand } from "../../src/cliCommands";

const pilotc = { command: "/usr/bin/dotnet", args: ["/ext/cli/pilotc.dll"] };
const spec = path.join("/work", "specs", "reform.pilot");

describe("buildOutputFolder", () => {
  it("puts the output next to the spec", () => {
    assert.equal(buildOutputFolder(spec, "out"), path.join("/work", "specs", "out"));
    assert.equal(buildOutputFolder(spec, "generated/pilot"), path.join("/work", "specs", "generated", "pilot"));
  });

  it("falls back to 'out' when the setting is empty", () => {
    assert.equal(buildOutputFolder(spec, "  "), path.join("/work", "specs", "out"));
    assert.equal(buildOutputFolder(spec, undefined), path.join("/work", "specs", "out"));
  });

  it("keeps an absolute folder as it is", () => {
    assert.equal(buildOutputFolder(spec, "/tmp/build"), "/tmp/build");
  });
});

describe("command lines", () => {
  it("builds with pilotc build FILE -o DIR after the launcher's own arguments", () => {
    assert.deepEqual(buildCommand(pilotc, spec, "/work/specs/out"), {
      command: "/usr/bin/dotnet",
      args: ["/ext/cli/pilotc.dll", "build", spec, "-o", "/work/specs/out"],
    });
  });

  it("charts with pilotc schedule FILE --format html", () => {
    assert.deepEqual(scheduleCommand({ command: "pilotc", args: [] }, spec), { command: "pilotc", args: ["schedule", spec, "--format", "html"] });
  });

  it("does not share the launcher's argument array", () => {
    const launcher = { command: "dotnet", args: ["pilotc.dll"] };
    buildCommand(launcher, spec, "out").args.push("--extra");
    assert.deepEqual(launcher.args, ["pilotc.dll"]);
  });
});

describe("describeExitCode", () => {
  it("explains pilotc's exit codes", () => {
    assert.equal(describeExitCode(0), "succeeded");
    assert.equal(describeExitCode(1), "found errors in the spec");
    assert.match(describeExitCode(2), /could not run/);
    assert.equal(describeExitCode(null), "was stopped");
    assert.equal(describeExitCode(134), "exited with code 134");
  });
});
