// The real machine, as launch.ts sees it (kept apart from settings.ts so that tests
// can use it without VS Code).
import * as fs from "node:fs";
import * as os from "node:os";
import type { Host } from "./launch";

export const nodeHost = (): Host => ({
  exists: (file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  pathVariable: process.env.PATH,
  platform: process.platform,
  homeDirectory: os.homedir(),
});
