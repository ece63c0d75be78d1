// settings.ts against the vscode stand-in: each setting is read from the `pilotspec` section.
import { recorded } from "./vscodeStandIn";
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { buildOutputFolderSetting, cliSettings, diagnosticsDelaySetting, serverSettings } from "../../src/settings";

beforeEach(() => recorded.reset());

describe("settings", () => {
  it("reads the server, compiler and dotnet paths, the output folder and the delay", () => {
    recorded.settings.set("pilotspec.server.path", "/opt/pilotls");
    recorded.settings.set("pilotspec.cli.path", "~/.dotnet/tools/pilotc");
    recorded.settings.set("pilotspec.dotnet.path", "/usr/share/dotnet/dotnet");
    recorded.settings.set("pilotspec.build.outputFolder", "generated");
    recorded.settings.set("pilotspec.diagnostics.delay", 300);

    assert.deepEqual(serverSettings(), { configuredPath: "/opt/pilotls", dotnetPath: "/usr/share/dotnet/dotnet" });
    assert.deepEqual(cliSettings(), { configuredPath: "~/.dotnet/tools/pilotc", dotnetPath: "/usr/share/dotnet/dotnet" });
    assert.equal(buildOutputFolderSetting(), "generated");
    assert.equal(diagnosticsDelaySetting(), 300);
  });

  it("leaves unset settings undefined, for the callers' defaults", () => {
    assert.deepEqual(serverSettings(), { configuredPath: undefined, dotnetPath: undefined });
    assert.deepEqual(cliSettings(), { configuredPath: undefined, dotnetPath: undefined });
    assert.equal(buildOutputFolderSetting(), undefined);
    assert.equal(diagnosticsDelaySetting(), undefined);
  });
});
