// End to end: starts the published server the way the extension does (resolveTool on the
// extension folder: `dotnet server/pilotls.dll --stdio`) and talks LSP to it over stdio.
// Needs `npm run publish:server` first.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { resolveTool, serverTool } from "../../src/launch";
import { nodeHost } from "../../src/nodeHost";

const extensionDir = path.resolve(__dirname, "..", "..");
const examplesDir = path.resolve(extensionDir, "..", "examples");
const examplePath = path.join(examplesDir, "policing-reform.pilot");
const exampleText = fs.readFileSync(examplePath, "utf8");

interface Diagnostic {
  range: { start: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  message: string;
  source?: string;
}
interface PublishDiagnosticsParams {
  uri: string;
  diagnostics: Diagnostic[];
}
interface CompletionItem {
  label: string;
}

/** The 0-based line and the column just after `needle` on the first line that contains it. */
function positionAfter(text: string, needle: string): { line: number; character: number } {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `'${needle}' not found`);
  return { line, character: lines[line].indexOf(needle) + needle.length };
}

describe("pilotls over stdio, started as the extension starts it", { timeout: 120_000 }, () => {
  let server: ChildProcess;
  let connection: MessageConnection;
  let stderr = "";
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: Array<() => void> = [];

  function diagnosticsFor(uri: string, timeoutMs = 60_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr:\n${stderr}`)), timeoutMs);
      const check = () => {
        const found = published.get(uri);
        if (!found) return false;
        clearTimeout(timer);
        resolve(found.diagnostics);
        return true;
      };
      if (!check()) waiters.push(() => void check());
    });
  }

  function open(uri: string, text: string): void {
    void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "pilot", version: 1, text } });
  }

  before(async () => {
    const launch = resolveTool(serverTool(extensionDir), { configuredPath: "", dotnetPath: "" }, nodeHost());
    assert.ok(launch.ok, launch.ok ? "" : `${launch.message} (run 'npm run publish:server' first)`);
    const { command, args } = launch.executable;
    assert.equal(path.basename(args[0]), "pilotls.dll");
    assert.deepEqual(args.slice(1), ["--stdio"]);

    server = spawn(command, args, { cwd: extensionDir, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, DOTNET_NOLOGO: "1" } });
    server.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      published.set(params.uri, params);
      for (const waiter of waiters.splice(0)) waiter();
    });
    connection.onNotification("window/logMessage", () => undefined);
    connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest("client/registerCapability", () => null);
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.listen();

    const result = (await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(examplesDir).href,
      workspaceFolders: [{ uri: pathToFileURL(examplesDir).href, name: "examples" }],
      locale: "en",
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          completion: { completionItem: { snippetSupport: true } },
          synchronization: { didSave: true },
        },
        general: { positionEncodings: ["utf-16"] },
      },
    })) as { capabilities: { completionProvider?: unknown; textDocumentSync?: unknown } };
    assert.ok(result.capabilities.completionProvider, "the server offers completion");
    assert.ok(result.capabilities.textDocumentSync, "the server syncs documents");
    await connection.sendNotification("initialized", {});
  });

  after(async () => {
    if (connection) {
      await connection.sendRequest("shutdown").catch(() => undefined);
      await connection.sendNotification("exit").catch(() => undefined);
    }
    if (server && server.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.kill();
          resolve();
        }, 10_000);
        server.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    connection?.dispose();
  });

  it("publishes no errors for the policing-reform example", async () => {
    const uri = pathToFileURL(examplePath).href;
    open(uri, exampleText);
    const diagnostics = await diagnosticsFor(uri);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1), []);
  });

  it("publishes an error with its PS code for a reference to an unknown wave", async () => {
    const uri = pathToFileURL(path.join(examplesDir, "policing-reform-broken.pilot")).href;
    const broken = exampleText.replace("in: first, second", "in: first, secnd");
    assert.notEqual(broken, exampleText);
    open(uri, broken);
    const diagnostics = await diagnosticsFor(uri);
    const errors = diagnostics.filter((d) => d.severity === 1);
    assert.equal(errors.length, 1, JSON.stringify(diagnostics));
    assert.match(String(errors[0].code), /^PS\d{4}$/);
    assert.match(errors[0].message, /secnd/);
    assert.equal(errors[0].range.start.line, positionAfter(broken, "secnd").line);
    assert.equal(errors[0].source, "pilotspec");
  });

  it("completes the frequencies after 'measured:'", async () => {
    const uri = pathToFileURL(examplePath).href;
    await diagnosticsFor(uri);
    const position = positionAfter(exampleText, "measured: ");
    const response = (await connection.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionItem[] | { items: CompletionItem[] };
    const labels = (Array.isArray(response) ? response : response.items).map((i) => i.label);
    for (const frequency of ["monthly", "quarterly", "annually"]) assert.ok(labels.includes(frequency), `${frequency} in ${labels.join(", ")}`);
  });

  it("completes the indicator properties not written yet at the start of a line in its body", async () => {
    const uri = pathToFileURL(path.join(examplesDir, "policing-reform-edited.pilot")).href;
    const edited = exampleText.replace("            weight: 0.4\n", "            weight: 0.4\n            \n");
    open(uri, edited);
    await diagnosticsFor(uri);
    const position = { line: positionAfter(edited, "weight: 0.4").line + 1, character: 12 };
    const response = (await connection.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionItem[] | { items: CompletionItem[] };
    const labels = (Array.isArray(response) ? response : response.items).map((i) => i.label);
    for (const property of ["responsible", "formula", "disaggregate"]) assert.ok(labels.includes(property), `${property} in ${labels.join(", ")}`);
    // Properties the indicator already has are not offered again.
    assert.ok(!labels.includes("baseline"), labels.join(", "));
  });
});
