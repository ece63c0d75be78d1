// Reads the extension's settings and the machine facts that launch.ts needs.
import * as vscode from "vscode";
import type { ToolSettings } from "./launch";
export { nodeHost } from "./nodeHost";

function configuration() {
  return vscode.workspace.getConfiguration("pilotspec");
}

export function serverSettings(): ToolSettings {
  const c = configuration();
  return { configuredPath: c.get<string>("server.path"), dotnetPath: c.get<string>("dotnet.path") };
}

export function cliSettings(): ToolSettings {
  const c = configuration();
  return { configuredPath: c.get<string>("cli.path"), dotnetPath: c.get<string>("dotnet.path") };
}

export function buildOutputFolderSetting(): string | undefined {
  return configuration().get<string>("build.outputFolder");
}

/** Read when the server starts: the server takes it in `initialize` (restart the server to apply a change). */
export function diagnosticsDelaySetting(): number | undefined {
  return configuration().get<number>("diagnostics.delay");
}

/** Read when the server starts: a git revision for the "weakened since" lens, or empty (off). */
export function weakenedSinceSetting(): string | undefined {
  return configuration().get<string>("diff.weakenedSince");
}
