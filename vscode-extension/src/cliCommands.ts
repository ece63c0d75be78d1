// The pilotc command lines behind the extension's commands. Pure, so unit-tested.
import * as path from "node:path";
import type { Executable } from "./launch";

/** The folder `PilotSpec: Build current spec` writes into: next to the spec. */
export function buildOutputFolder(specFile: string, outputFolderSetting: string | undefined): string {
  const folder = outputFolderSetting?.trim() || "out";
  return path.isAbsolute(folder) ? folder : path.join(path.dirname(specFile), folder);
}

/** `pilotc build FILE -o DIR` on top of however pilotc is started. */
export function buildCommand(pilotc: Executable, specFile: string, outputFolder: string): Executable {
  return { command: pilotc.command, args: [...pilotc.args, "build", specFile, "-o", outputFolder] };
}

/** `pilotc schedule FILE --format html`: a self-contained HTML page on stdout. */
export function scheduleCommand(pilotc: Executable, specFile: string): Executable {
  return { command: pilotc.command, args: [...pilotc.args, "schedule", specFile, "--format", "html"] };
}

/** pilotc's exit codes (see `pilotc --help`). */
export function describeExitCode(code: number | null): string {
  switch (code) {
    case 0:
      return "succeeded";
    case 1:
      return "found errors in the spec";
    case 2:
      return "could not run (bad usage, missing file or I/O failure)";
    default:
      return code === null ? "was stopped" : `exited with code ${code}`;
  }
}
