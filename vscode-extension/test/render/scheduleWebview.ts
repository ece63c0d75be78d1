// The schedule webview's HTML, built the way SchedulePanels.refresh builds it: resolve the
// bundled compiler (cli/pilotc.dll on dotnet), run `pilotc schedule FILE --format html` in
// the spec's folder, lock the page down. Needs `npm run publish:cli` first.
import * as path from "node:path";
import { scheduleCommand } from "../../src/cliCommands";
import { cliTool, resolveTool } from "../../src/launch";
import { nodeHost } from "../../src/nodeHost";
import { run } from "../../src/run";
import { lockDown } from "../../src/webviewHtml";

export const extensionDir = path.resolve(__dirname, "..", "..");
export const examplesDir = path.resolve(extensionDir, "..", "examples");

export async function scheduleWebviewHtml(specFile: string): Promise<string> {
  // Empty settings: the bundled compiler and `dotnet` from the PATH, as on a fresh install.
  const pilotc = resolveTool(cliTool(extensionDir), { configuredPath: "", dotnetPath: "" }, nodeHost());
  if (!pilotc.ok) throw new Error(`${pilotc.message} (run 'npm run publish:cli' first)`);
  const result = await run(scheduleCommand(pilotc.executable, specFile), path.dirname(specFile));
  if (result.code !== 0 || result.stdout.trim() === "") {
    throw new Error(`pilotc schedule failed (exit ${result.code}): ${result.spawnError ?? ""}\n${result.stdout}\n${result.stderr}`);
  }
  return lockDown(result.stdout);
}
