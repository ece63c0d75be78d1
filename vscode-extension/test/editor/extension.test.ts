// extension.ts and client.ts against the vscode stand-in: what activation registers and starts,
// how the server restarts (the command, a changed setting), and what a failed start shows.
import { FakeLanguageClient, recorded } from "./vscodeStandIn";
import assert from "node:assert/strict";
import * as path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { activate, deactivate } from "../../src/extension";
import { createFixture, type Fixture } from "./fixture";

let fixture: Fixture;
let subscriptions: { dispose(): unknown }[];

async function activated(): Promise<void> {
  subscriptions = [];
  await activate({ extensionPath: fixture.extensionPath, subscriptions } as never);
}

beforeEach(() => {
  recorded.reset();
  FakeLanguageClient.failStartWith = undefined;
  fixture = createFixture();
  recorded.settings.set("pilotspec.dotnet.path", fixture.dotnet);
});

afterEach(async () => {
  await deactivate();
  fixture.remove();
});

describe("activation", () => {
  it("registers the three commands and starts the bundled server on dotnet with --stdio", async () => {
    await activated();

    assert.deepEqual([...recorded.commands.keys()].sort(), ["pilotspec.build", "pilotspec.restartServer", "pilotspec.showSchedule"]);
    assert.equal(recorded.clients.length, 1);
    const client = recorded.clients[0];
    assert.equal(client.started, 1);
    assert.equal(client.id, "pilotspec"); // the id that makes `pilotspec.trace.server` apply
    assert.equal(client.serverOptions.command, fixture.dotnet);
    assert.deepEqual(client.serverOptions.args, [path.join(fixture.extensionPath, "server", "pilotls.dll"), "--stdio"]);
    assert.equal(client.serverOptions.options.env.DOTNET_NOLOGO, "1");
    assert.deepEqual(client.clientOptions.documentSelector, [
      { scheme: "file", language: "pilot" },
      { scheme: "untitled", language: "pilot" },
    ]);
    assert.deepEqual(recorded.watchers, ["**/{*.pilot,pilotspec.json}"]);
    assert.deepEqual(recorded.output, [`Starting ${fixture.dotnet} ${path.join(fixture.extensionPath, "server", "pilotls.dll")} --stdio\n`]);
    // The output channel, the schedule panels, three commands and the settings listener.
    assert.equal(subscriptions.length, 6);
  });

  it("passes the diagnostics delay setting to the server, and leaves out one the server would refuse", async () => {
    recorded.settings.set("pilotspec.diagnostics.delay", 400);
    await activated();
    assert.deepEqual(recorded.clients[0].clientOptions.initializationOptions, { diagnosticsDelay: 400 });

    await deactivate();
    recorded.reset();
    recorded.settings.set("pilotspec.dotnet.path", fixture.dotnet);
    recorded.settings.set("pilotspec.diagnostics.delay", 2.5);
    await activated();
    assert.deepEqual(recorded.clients[0].clientOptions.initializationOptions, {});
  });

  it("says where the server is missing and offers the settings, without starting a client", async () => {
    recorded.settings.set("pilotspec.server.path", "/nowhere/pilotls.dll");
    recorded.answer = "Open Settings";

    await activated();
    await new Promise((resolve) => setImmediate(resolve)); // the button's answer is handled asynchronously

    assert.equal(recorded.clients.length, 0);
    assert.deepEqual(recorded.errors, ["PilotSpec: `pilotspec.server.path` points to /nowhere/pilotls.dll, which does not exist."]);
    assert.deepEqual(recorded.executed, [{ command: "workbench.action.openSettings", args: ["pilotspec"] }]);
  });

  it("reports a server that fails to start in the output and a message", async () => {
    FakeLanguageClient.failStartWith = new Error("spawn dotnet ENOENT");

    await activated();

    const expected = "PilotSpec: the language server could not start: spawn dotnet ENOENT";
    assert.deepEqual(recorded.errors, [expected]);
    assert.equal(recorded.output.at(-1), expected + "\n");
  });
});

describe("restarting the server", () => {
  it("the restart command stops the running client and starts a new one", async () => {
    await activated();

    await recorded.commands.get("pilotspec.restartServer")!();

    assert.equal(recorded.clients.length, 2);
    assert.deepEqual(recorded.clients.map((c) => [c.started, c.stopped]), [[1, 1], [1, 0]]);
  });

  it("a change of the server or dotnet path restarts it; other settings do not", async () => {
    await activated();
    const changed = (setting: string) => ({ affectsConfiguration: (section: string) => section === setting });

    await recorded.onDidChangeConfiguration.fire(changed("pilotspec.build.outputFolder"));
    assert.equal(recorded.clients.length, 1);

    await recorded.onDidChangeConfiguration.fire(changed("pilotspec.server.path"));
    await recorded.onDidChangeConfiguration.fire(changed("pilotspec.dotnet.path"));
    assert.equal(recorded.clients.length, 3);
    assert.deepEqual(recorded.clients.map((c) => c.stopped), [1, 1, 0]);
  });

  it("deactivate stops the client once", async () => {
    await activated();

    await deactivate();
    await deactivate();

    assert.equal(recorded.clients[0].stopped, 1);
  });
});
