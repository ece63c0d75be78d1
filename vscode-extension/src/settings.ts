// Reads the extension's settings and the machine facts that launch.ts needs.
import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import type { Host, ToolSettings } from "./launch";

export const nodeHost = (): Host => ({
  exists: (file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  pathVariable: process.env.PATH,
  platform: process.platform,
  homeDirectory: os.homedir(),
});

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
