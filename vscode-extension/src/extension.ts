// Entry point: starts the language client and registers the commands.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { createClient } from "./client";
import { activeSpec, buildCurrentSpec } from "./commands";
import { SchedulePanels } from "./schedulePanel";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("PilotSpec");
  const schedules = new SchedulePanels(context.extensionPath, output);
  context.subscriptions.push(
    output,
    schedules,
    vscode.commands.registerCommand("pilotspec.build", () => buildCurrentSpec(context, output)),
    vscode.commands.registerCommand("pilotspec.showSchedule", async () => {
      const document = await activeSpec();
      if (document) await schedules.show(document.uri);
    }),
    vscode.commands.registerCommand("pilotspec.restartServer", async () => {
      await stopClient();
      await startClient(context, output);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("pilotspec.server.path") || event.affectsConfiguration("pilotspec.dotnet.path")) {
        await stopClient();
        await startClient(context, output);
      }
    }),
  );
  await startClient(context, output);
}

async function startClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  client = createClient(context, output);
  if (!client) return;
  try {
    await client.start();
  } catch (error) {
    const message = `PilotSpec: the language server could not start: ${error instanceof Error ? error.message : String(error)}`;
    output.appendLine(message);
    void vscode.window.showErrorMessage(message);
  }
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop().catch(() => undefined);
}

export function deactivate(): Promise<void> {
  return stopClient();
}
