// Runs a command and collects its output (pilotc writes its result to stdout, diagnostics to stderr/stdout).
import { execFile } from "node:child_process";
import type { Executable } from "./launch";

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all (e.g. ENOENT). */
  spawnError?: string;
}

export function run(executable: Executable, cwd: string, timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      executable.command,
      executable.args,
      { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: "utf8", env: { ...process.env, DOTNET_NOLOGO: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" } },
      (error, stdout, stderr) => {
        if (error && typeof error.code === "string") {
          resolve({ code: null, stdout, stderr, spawnError: `${executable.command}: ${error.message}` });
          return;
        }
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
