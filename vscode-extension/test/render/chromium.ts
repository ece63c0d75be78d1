// Debian's Chromium, headless, on a local HTML file: the DOM it rendered, or a screenshot.
// Shared by the rendering tests and scripts/screenshots.ts. A missing browser is an error,
// never a skip: CI installs it (.ci/run), and a skipped render checks nothing.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

// No sandbox (CI runs as root), no GPU, none of the background connections a closed network
// refuses, and a fresh profile for every run.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--hide-scrollbars",
  "--force-device-scale-factor=1",
];

/** $CHROMIUM, else chromium / chromium-browser / google-chrome on the PATH. */
export function findChromium(): string {
  const configured = process.env.CHROMIUM?.trim();
  // A CHROMIUM that points nowhere counts as no browser (the message below), not as a spawn error.
  if (configured && fs.existsSync(configured)) return configured;
  for (const name of configured ? [] : ["chromium", "chromium-browser", "google-chrome"]) {
    for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
      if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
    }
  }
  throw new Error(
    "Headless Chromium is needed to render the schedule webview, and none was found (CHROMIUM, chromium or google-chrome on the PATH). " +
      "Install it with `apt-get install -y chromium` (.ci/run does), or set CHROMIUM to the browser.",
  );
}

function runChromium(args: string[]): Promise<string> {
  const chromium = findChromium();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pilotspec-chromium-"));
  return new Promise<string>((resolve, reject) => {
    execFile(chromium, [...FLAGS, `--user-data-dir=${profile}`, ...args], { timeout: 90_000, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      fs.rmSync(profile, { recursive: true, force: true });
      if (error) reject(new Error(`chromium ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The DOM Chromium built from the file, serialised (`--dump-dom`). */
export async function dumpDom(htmlFile: string): Promise<string> {
  const dom = await runChromium(["--dump-dom", pathToFileURL(htmlFile).href]);
  if (!dom.includes("<html")) throw new Error(`chromium --dump-dom printed no document:\n${dom}`);
  return dom;
}

/** A PNG of the page in a window of the given size (`--screenshot`). */
export async function screenshot(htmlFile: string, pngFile: string, width: number, height: number): Promise<void> {
  fs.rmSync(pngFile, { force: true });
  await runChromium([`--screenshot=${pngFile}`, `--window-size=${width},${height}`, pathToFileURL(htmlFile).href]);
  if (!fs.existsSync(pngFile)) throw new Error(`chromium wrote no screenshot to ${pngFile}`);
}
