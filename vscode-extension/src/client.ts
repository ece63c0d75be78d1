// Starts pilotls through vscode-languageclient, exactly as `dotnet server/pilotls.dll --stdio`.
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";
import { resolveTool, serverTool } from "./launch";
import { initializationOptions } from "./serverOptions";
import { diagnosticsDelaySetting, nodeHost, serverSettings, weakenedSinceSetting } from "./settings";

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient | undefined {
  const launch = resolveTool(serverTool(context.extensionPath), serverSettings(), nodeHost());
  if (!launch.ok) {
    output.appendLine(launch.message);
    void vscode.window.showErrorMessage(launch.message, "Open Settings").then((choice) => {
      if (choice) void vscode.commands.executeCommand("workbench.action.openSettings", "pilotspec");
    });
    return undefined;
  }
  const { command, args } = launch.executable;
  output.appendLine(`Starting ${command} ${args.join(" ")}`);
  const serverOptions: ServerOptions = {
    command,
    args,
    transport: TransportKind.stdio,
    options: { env: { ...process.env, DOTNET_NOLOGO: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "pilot" }, { scheme: "untitled", language: "pilot" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.pilot,pilotspec.json}") },
    outputChannel: output,
    initializationOptions: initializationOptions(diagnosticsDelaySetting(), weakenedSinceSetting()),
  };
  // The id "pilotspec" makes vscode-languageclient honour the `pilotspec.trace.server` setting.
  return new LanguageClient("pilotspec", "PilotSpec Language Server", serverOptions, clientOptions);
}
