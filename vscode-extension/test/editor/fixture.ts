// A temporary extension folder with a bundled server (an empty server/pilotls.dll: the stand-in
// client never runs it), a `dotnet` file for pilotspec.dotnet.path, and a fake pilotc: a shell
// script that records its arguments and answers as a test tells it (exit code, stdout, stderr).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface Fixture {
  extensionPath: string;
  /** An existing folder for specs (pilotc runs in the spec's folder). */
  specs: string;
  dotnet: string;
  pilotc: string;
  /** What the fake pilotc prints and how it exits next time. */
  answer(code: number, stdout: string, stderr?: string): void;
  /** The arguments the fake pilotc got, one array per run, and the folder it ran in. */
  runs(): { cwd: string; args: string[] }[];
  remove(): void;
}

export function createFixture(): Fixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pilotspec-editor-"));
  const extensionPath = path.join(root, "extension");
  fs.mkdirSync(path.join(extensionPath, "server"), { recursive: true });
  fs.writeFileSync(path.join(extensionPath, "server", "pilotls.dll"), "");
  const specs = path.join(root, "specs");
  fs.mkdirSync(specs);
  const dotnet = path.join(root, "dotnet");
  fs.writeFileSync(dotnet, "");
  const log = path.join(root, "runs.log");
  const pilotc = path.join(root, "pilotc");
  // One line per run: the folder, then each argument after a tab.
  fs.writeFileSync(
    pilotc,
    `#!/bin/sh\nprintf '%s' "$PWD" >> '${log}'\nfor a in "$@"; do printf '\\t%s' "$a" >> '${log}'; done\necho >> '${log}'\ncat '${root}/stdout'\ncat '${root}/stderr' >&2\nexit $(cat '${root}/code')\n`,
    { mode: 0o755 },
  );
  const fixture: Fixture = {
    extensionPath,
    specs,
    dotnet,
    pilotc,
    answer(code, stdout, stderr = "") {
      fs.writeFileSync(path.join(root, "code"), String(code));
      fs.writeFileSync(path.join(root, "stdout"), stdout);
      fs.writeFileSync(path.join(root, "stderr"), stderr);
    },
    runs() {
      if (!fs.existsSync(log)) return [];
      return fs
        .readFileSync(log, "utf8")
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => {
          const [cwd, ...args] = line.split("\t");
          return { cwd, args };
        });
    },
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  fixture.answer(0, "");
  return fixture;
}
