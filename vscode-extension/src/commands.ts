// "PilotSpec: Build current spec": pilotc build FILE -o <folder next to the spec>.
import * as vscode from "vscode";
import { buildCommand, buildOutputFolder, describeExitCode } from "./cliCommands";
import { cliTool, resolveTool } from "./launch";
import { run } from "./run";
import { buildOutputFolderSetting, cliSettings, nodeHost } from "./settings";
import * as path from "node:path";

/** The .pilot file the command is about: the active editor's, saved first. */
export async function activeSpec(): Promise<vscode.TextDocument | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== "pilot") {
    void vscode.window.showWarningMessage("PilotSpec: open a .pilot file first.");
    return undefined;
  }
  if (document.isUntitled) {
    void vscode.window.showWarningMessage("PilotSpec: save the spec to a file first.");
    return undefined;
  }
  if (document.isDirty) await document.save();
  return document;
}

export async function buildCurrentSpec(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const document = await activeSpec();
  if (!document) return;
  const pilotc = resolveTool(cliTool(context.extensionPath), cliSettings(), nodeHost());
  if (!pilotc.ok) {
    void vscode.window.showErrorMessage(pilotc.message);
    return;
  }
  const specFile = document.uri.fsPath;
  const outputFolder = buildOutputFolder(specFile, buildOutputFolderSetting());
  const command = buildCommand(pilotc.executable, specFile, outputFolder);
  output.appendLine(`> ${command.command} ${command.args.join(" ")}`);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `PilotSpec: building ${path.basename(specFile)}` },
    () => run(command, path.dirname(specFile)),
  );
  output.append(result.stdout);
  output.append(result.stderr);
  if (result.spawnError) output.appendLine(result.spawnError);
  if (result.code === 0) {
    const choice = await vscode.window.showInformationMessage(`PilotSpec: built ${path.basename(specFile)} into ${outputFolder}`, "Reveal");
    if (choice) void vscode.commands.executeCommand("revealFileInOS", vscode.Uri.file(outputFolder));
  } else {
    output.show(true);
    void vscode.window.showErrorMessage(`PilotSpec: pilotc build ${result.spawnError ? "could not start" : describeExitCode(result.code)}; see the PilotSpec output.`);
  }
}
