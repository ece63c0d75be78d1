// How to start the .NET programs the extension relies on (pilotls, pilotc).
// Pure logic: the file system and the environment are passed in, so it is unit-tested
// without VS Code and without touching the disk.
import * as path from "node:path";

/** A program and its arguments, ready for child_process / vscode-languageclient. */
export interface Executable {
  command: string;
  args: string[];
}

/** The result of resolving a launch: either what to run or a message for the user. */
export type Launch = { ok: true; executable: Executable } | { ok: false; message: string };

/** What the resolution needs to know about the machine. */
export interface Host {
  exists(file: string): boolean;
  /** PATH-like variable, e.g. process.env.PATH. */
  pathVariable: string | undefined;
  platform: NodeJS.Platform;
  homeDirectory: string;
}

export interface ToolSettings {
  /** The user's setting (pilotspec.server.path / pilotspec.cli.path); empty = the bundled build. */
  configuredPath: string | undefined;
  /** pilotspec.dotnet.path; empty = `dotnet` from the PATH. */
  dotnetPath: string | undefined;
}

export interface Tool {
  /** Shown in messages, e.g. "language server (pilotls)". */
  displayName: string;
  /** Where the bundled build lives, e.g. <extension>/server/pilotls.dll. */
  bundledDll: string;
  /** The setting that overrides it, named in messages. */
  settingName: string;
  /** Arguments that always come first, e.g. ["--stdio"] for the server. */
  args: string[];
}

export const DOTNET_MISSING =
  "PilotSpec needs the .NET 10 runtime, but `dotnet` was not found on the PATH. " +
  "Install .NET 10 (https://dotnet.microsoft.com/download), or set `pilotspec.dotnet.path` to the dotnet executable.";

/** Expands a leading `~` so that settings copied from a shell work. */
export function expandHome(file: string, homeDirectory: string): string {
  if (file === "~") return homeDirectory;
  if (file.startsWith("~/") || file.startsWith("~\\")) return path.join(homeDirectory, file.slice(2));
  return file;
}

/** Finds an executable on a PATH-like variable (with Windows' extensions where needed). */
export function findOnPath(name: string, host: Host): string | undefined {
  const separator = host.platform === "win32" ? ";" : ":";
  const extensions = host.platform === "win32" ? [".exe", ".cmd", ""] : [""];
  for (const directory of (host.pathVariable ?? "").split(separator)) {
    if (directory === "") continue;
    for (const extension of extensions) {
      const candidate = path.join(directory, name + extension);
      if (host.exists(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Resolves the dotnet executable: the setting if given (it must exist), otherwise the PATH. */
export function resolveDotnet(settings: ToolSettings, host: Host): Launch {
  const configured = settings.dotnetPath?.trim();
  if (configured) {
    const file = expandHome(configured, host.homeDirectory);
    return host.exists(file)
      ? { ok: true, executable: { command: file, args: [] } }
      : { ok: false, message: `PilotSpec: \`pilotspec.dotnet.path\` points to ${file}, which does not exist.` };
  }
  const found = findOnPath("dotnet", host);
  return found ? { ok: true, executable: { command: found, args: [] } } : { ok: false, message: DOTNET_MISSING };
}

/**
 * Resolves how to start a tool. A `.dll` (the bundled build, or a configured one) runs on
 * `dotnet`; any other configured file (an apphost such as the `pilotc` .NET tool) runs directly.
 */
export function resolveTool(tool: Tool, settings: ToolSettings, host: Host): Launch {
  const configured = settings.configuredPath?.trim();
  const file = configured ? expandHome(configured, host.homeDirectory) : tool.bundledDll;
  if (!host.exists(file)) {
    return {
      ok: false,
      message: configured
        ? `PilotSpec: \`${tool.settingName}\` points to ${file}, which does not exist.`
        : `PilotSpec: the bundled ${tool.displayName} is missing (${file}). Reinstall the extension, or set \`${tool.settingName}\`.`,
    };
  }
  if (!file.toLowerCase().endsWith(".dll")) {
    return { ok: true, executable: { command: file, args: [...tool.args] } };
  }
  const dotnet = resolveDotnet(settings, host);
  if (!dotnet.ok) return dotnet;
  return { ok: true, executable: { command: dotnet.executable.command, args: [file, ...tool.args] } };
}

/** The language server: `dotnet <extension>/server/pilotls.dll --stdio` unless configured otherwise. */
export function serverTool(extensionPath: string): Tool {
  return {
    displayName: "language server (pilotls)",
    bundledDll: path.join(extensionPath, "server", "pilotls.dll"),
    settingName: "pilotspec.server.path",
    args: ["--stdio"],
  };
}

/** The compiler: `dotnet <extension>/cli/pilotc.dll ...` unless configured otherwise. */
export function cliTool(extensionPath: string): Tool {
  return {
    displayName: "compiler (pilotc)",
    bundledDll: path.join(extensionPath, "cli", "pilotc.dll"),
    settingName: "pilotspec.cli.path",
    args: [],
  };
}
