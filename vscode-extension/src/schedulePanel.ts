// "PilotSpec: Show schedule": the HTML Gantt page of `pilotc schedule FILE --format html` in a
// webview, refreshed each time the spec is saved. Scripts are disabled and the CSP is strict.
import * as path from "node:path";
import * as vscode from "vscode";
import { describeExitCode, scheduleCommand } from "./cliCommands";
import { cliTool, resolveTool } from "./launch";
import { run } from "./run";
import { cliSettings, nodeHost } from "./settings";
import { errorPage, lockDown } from "./webviewHtml";

export class SchedulePanels implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly extensionPath: string, private readonly output: vscode.OutputChannel) {
    this.subscriptions = [
      vscode.workspace.onDidSaveTextDocument((document) => {
        const panel = this.panels.get(document.uri.toString());
        if (panel) void this.refresh(panel, document.uri);
      }),
    ];
  }

  async show(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let panel = this.panels.get(key);
    if (panel) {
      panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      panel = vscode.window.createWebviewPanel("pilotspec.schedule", `Schedule: ${path.basename(uri.fsPath)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableForms: false,
        localResourceRoots: [],
      });
      this.panels.set(key, panel);
      panel.onDidDispose(() => this.panels.delete(key));
    }
    await this.refresh(panel, uri);
  }

  private async refresh(panel: vscode.WebviewPanel, uri: vscode.Uri): Promise<void> {
    const pilotc = resolveTool(cliTool(this.extensionPath), cliSettings(), nodeHost());
    if (!pilotc.ok) {
      panel.webview.html = errorPage("Cannot run pilotc", pilotc.message);
      return;
    }
    const command = scheduleCommand(pilotc.executable, uri.fsPath);
    this.output.appendLine(`> ${command.command} ${command.args.join(" ")}`);
    const result = await run(command, path.dirname(uri.fsPath));
    if (result.code === 0 && result.stdout.trim() !== "") {
      panel.webview.html = lockDown(result.stdout);
    } else {
      const why = result.spawnError ?? `pilotc schedule ${describeExitCode(result.code)}.`;
      panel.webview.html = errorPage(`No schedule for ${path.basename(uri.fsPath)}`, [why, result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n\n"));
    }
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
