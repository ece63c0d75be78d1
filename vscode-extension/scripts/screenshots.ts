// Writes the README's screenshots with headless Chromium (see test/render/chromium.ts):
//   images/highlighting.png  part of examples/policing-reform.pilot, coloured by this
//                            extension's TextMate grammar (vscode-textmate + vscode-oniguruma,
//                            the engine VS Code uses) with a Dark+-like theme;
//   images/schedule.png      the "PilotSpec: Show schedule" webview for the same example,
//                            built as the extension builds it (needs `npm run publish:cli`).
// Run: npm run screenshots. Chinese site names need a CJK font (Debian: fonts-wqy-microhei).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as oniguruma from "vscode-oniguruma";
import * as vsctm from "vscode-textmate";
import { escapeHtml } from "../src/webviewHtml";
import { screenshot } from "../test/render/chromium";
import { examplesDir, extensionDir, scheduleWebviewHtml } from "../test/render/scheduleWebview";

const example = path.join(examplesDir, "policing-reform.pilot");
const imagesDir = path.join(extensionDir, "images");

// Scope prefix -> colour, looked up for the innermost scope first, longest prefix wins.
const THEME: Record<string, string> = {
  comment: "#6a9955",
  "keyword.declaration": "#569cd6",
  "keyword.control": "#569cd6",
  "keyword.other.clause": "#c586c0",
  "keyword.other.quantifier": "#c586c0",
  "keyword.other.time": "#c586c0",
  "keyword.operator.logical": "#c586c0",
  "keyword.other.unit": "#4fc1ff",
  "keyword.operator": "#d4d4d4",
  "entity.name.type": "#4ec9b0",
  "variable.other.property": "#9cdcfe",
  "variable.other": "#dcdcaa",
  string: "#ce9178",
  "constant.character.escape": "#d7ba7d",
  "constant.numeric": "#b5cea8",
  "constant.language": "#569cd6",
  invalid: "#f44747",
};

function colourOf(scopes: string[]): string | undefined {
  for (const scope of [...scopes].reverse()) {
    const key = Object.keys(THEME)
      .filter((prefix) => scope === prefix || scope.startsWith(prefix + "."))
      .sort((a, b) => b.length - a.length)[0];
    if (key) return THEME[key];
  }
  return undefined;
}

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer as ArrayBuffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== "source.pilot") return null;
      const file = path.join(extensionDir, "syntaxes", "pilot.tmLanguage.json");
      return vsctm.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  const grammar = await registry.loadGrammar("source.pilot");
  if (!grammar) throw new Error("source.pilot did not load");
  return grammar;
}

/** The example as coloured HTML lines; the whole file is tokenised so every excerpt starts in the right state. */
async function highlightedLines(text: string): Promise<string[]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens
      .map((token) => {
        const piece = escapeHtml(line.slice(token.startIndex, token.endIndex));
        const colour = colourOf(token.scopes);
        return colour ? `<span style="color:${colour}">${piece}</span>` : piece;
      })
      .join("");
  });
}

/** Line ranges (1-based, inclusive) that show every token class: comments, declarations, units, dates, quantifiers. */
const EXCERPTS: Array<[number, number]> = [
  [5, 14],
  [23, 31],
  [80, 102],
  [116, 124],
];

async function highlightingPage(): Promise<{ html: string; lines: number }> {
  const lines = await highlightedLines(fs.readFileSync(example, "utf8"));
  const shown: string[] = [];
  for (const [first, last] of EXCERPTS) {
    if (shown.length > 0) shown.push(`<span class="gap">    ⋮</span>`);
    for (let n = first; n <= last; n++) shown.push(`<span class="ln">${n}</span>${lines[n - 1]}`);
  }
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>` +
    `body{margin:0;background:#1e1e1e;color:#d4d4d4;font:13px/19px "DejaVu Sans Mono","WenQuanYi Micro Hei Mono",monospace}` +
    `pre{margin:0;padding:10px 12px;font:inherit;white-space:pre}.ln{display:inline-block;width:3.5em;color:#858585;text-align:right;margin-right:1.5em}.gap{color:#858585}` +
    `</style></head><body><pre>${shown.join("\n")}</pre></body></html>`;
  return { html, lines: shown.length };
}

async function main(): Promise<void> {
  fs.mkdirSync(imagesDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pilotspec-screenshots-"));
  try {
    const highlighting = await highlightingPage();
    fs.writeFileSync(path.join(work, "highlighting.html"), highlighting.html, "utf8");
    await screenshot(path.join(work, "highlighting.html"), path.join(imagesDir, "highlighting.png"), 1100, highlighting.lines * 19 + 20);

    fs.writeFileSync(path.join(work, "schedule.html"), await scheduleWebviewHtml(example), "utf8");
    await screenshot(path.join(work, "schedule.html"), path.join(imagesDir, "schedule.png"), 1200, 490);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const name of ["highlighting.png", "schedule.png"]) {
    console.log(`${path.join("images", name)}: ${fs.statSync(path.join(imagesDir, name)).size} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
