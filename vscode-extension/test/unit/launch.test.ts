import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { cliTool, DOTNET_MISSING, expandHome, findOnPath, type Host, resolveTool, serverTool } from "../../src/launch";

const ext = path.join("/ext", "pilotspec");
const bundledServer = path.join(ext, "server", "pilotls.dll");
const dotnet = path.join("/usr", "bin", "dotnet");

function host(files: string[], pathVariable = "/usr/local/bin:/usr/bin"): Host {
  const set = new Set(files);
  return { exists: (f) => set.has(f), pathVariable, platform: "linux", homeDirectory: "/home/me" };
}

describe("resolveTool (server)", () => {
  it("starts the bundled pilotls.dll on dotnet from the PATH with --stdio", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: "", dotnetPath: "" }, host([bundledServer, dotnet]));
    assert.deepEqual(launch, { ok: true, executable: { command: dotnet, args: [bundledServer, "--stdio"] } });
  });

  it("explains that dotnet is missing instead of failing to spawn", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: undefined, dotnetPath: undefined }, host([bundledServer]));
    assert.deepEqual(launch, { ok: false, message: DOTNET_MISSING });
  });

  it("uses pilotspec.dotnet.path when set", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: "", dotnetPath: "~/.dotnet/dotnet" }, host([bundledServer, "/home/me/.dotnet/dotnet"]));
    assert.deepEqual(launch, { ok: true, executable: { command: "/home/me/.dotnet/dotnet", args: [bundledServer, "--stdio"] } });
  });

  it("reports a configured dotnet that does not exist", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: "", dotnetPath: "/opt/dotnet" }, host([bundledServer, dotnet]));
    assert.equal(launch.ok, false);
    assert.match((launch as { message: string }).message, /pilotspec\.dotnet\.path.*\/opt\/dotnet/);
  });

  it("runs a configured .dll on dotnet", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: "/src/pilotls.dll", dotnetPath: "" }, host(["/src/pilotls.dll", dotnet]));
    assert.deepEqual(launch, { ok: true, executable: { command: dotnet, args: ["/src/pilotls.dll", "--stdio"] } });
  });

  it("runs a configured native executable directly, without needing dotnet", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: "~/bin/pilotls", dotnetPath: "" }, host(["/home/me/bin/pilotls"]));
    assert.deepEqual(launch, { ok: true, executable: { command: "/home/me/bin/pilotls", args: ["--stdio"] } });
  });

  it("names the setting when the configured server does not exist", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: "/nope/pilotls.dll", dotnetPath: "" }, host([dotnet]));
    assert.equal(launch.ok, false);
    assert.match((launch as { message: string }).message, /pilotspec\.server\.path.*\/nope\/pilotls\.dll/);
  });

  it("says the bundled server is missing when it is", () => {
    const launch = resolveTool(serverTool(ext), { configuredPath: "", dotnetPath: "" }, host([dotnet]));
    assert.equal(launch.ok, false);
    assert.match((launch as { message: string }).message, /bundled language server/);
  });
});

describe("resolveTool (cli)", () => {
  it("starts the bundled pilotc.dll with no fixed arguments", () => {
    const pilotc = path.join(ext, "cli", "pilotc.dll");
    const launch = resolveTool(cliTool(ext), { configuredPath: " ", dotnetPath: "" }, host([pilotc, dotnet]));
    assert.deepEqual(launch, { ok: true, executable: { command: dotnet, args: [pilotc] } });
  });
});

describe("findOnPath", () => {
  it("takes the first directory of the PATH that has the program", () => {
    assert.equal(findOnPath("dotnet", host(["/usr/local/bin/dotnet", dotnet])), "/usr/local/bin/dotnet");
  });

  it("skips empty PATH entries and finds nothing on an empty PATH", () => {
    assert.equal(findOnPath("dotnet", host([dotnet], "::")), undefined);
    assert.equal(findOnPath("dotnet", { ...host([dotnet]), pathVariable: undefined }), undefined);
  });

  it("tries .exe on Windows with ; separators", () => {
    const exe = path.join("C:\\dotnet", "dotnet.exe");
    const windows: Host = { exists: (f) => f === exe, pathVariable: "C:\\tools;C:\\dotnet", platform: "win32", homeDirectory: "C:\\Users\\me" };
    assert.equal(findOnPath("dotnet", windows), exe);
  });
});

describe("expandHome", () => {
  it("expands a leading ~ only", () => {
    assert.equal(expandHome("~/x/pilotls.dll", "/home/me"), path.join("/home/me", "x/pilotls.dll"));
    assert.equal(expandHome("~", "/home/me"), "/home/me");
    assert.equal(expandHome("/a/~/b", "/home/me"), "/a/~/b");
  });
});
