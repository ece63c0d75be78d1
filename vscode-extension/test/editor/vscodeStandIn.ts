// A small stand-in of the `vscode` API (and of vscode-languageclient's LanguageClient), for the
// editor-side code to run under node's test runner: no VS Code binary can run here. It keeps
// only what the extension calls, and records what the extension did (commands registered,
// messages shown, webview HTML, clients started and stopped) for the tests to assert on.
// Import it before any module of src/: it answers `require("vscode")` from then on.
import Module from "node:module";
import type * as vscodeTypes from "vscode";

type Listener<T> = (event: T) => unknown;

class Emitter<T> {
  private readonly listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => this.listeners.splice(this.listeners.indexOf(listener), 1) };
  };
  /** Calls every listener and waits for what they return (the extension's listeners are async). */
  async fire(event: T): Promise<void> {
    await Promise.all(this.listeners.map((l) => l(event)));
  }
  get count(): number {
    return this.listeners.length;
  }
}

export interface FakeDocument {
  uri: vscodeTypes.Uri;
  languageId: string;
  isUntitled: boolean;
  isDirty: boolean;
  saved: number;
  save(): Promise<boolean>;
}

export interface FakePanel {
  viewType: string;
  title: string;
  options: Record<string, unknown>;
  webview: { html: string };
  revealed: number;
  disposed: boolean;
  reveal(): void;
  onDidDispose(listener: () => void): void;
  dispose(): void;
}

/** A file URI with the two members the extension reads (typed as vscode's, which has more). */
export const uri = (fsPath: string) => ({ fsPath, toString: () => `file://${fsPath}` }) as unknown as vscodeTypes.Uri;

export function document(fsPath: string, options: Partial<Pick<FakeDocument, "languageId" | "isUntitled" | "isDirty">> = {}): FakeDocument {
  const doc: FakeDocument = {
    uri: uri(fsPath),
    languageId: options.languageId ?? "pilot",
    isUntitled: options.isUntitled ?? false,
    isDirty: options.isDirty ?? false,
    saved: 0,
    save: async () => {
      doc.saved++;
      doc.isDirty = false;
      return true;
    },
  };
  return doc;
}

/** Everything the extension did through the stand-in; `reset()` between tests. */
export const recorded = {
  settings: new Map<string, unknown>(),
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as { command: string; args: unknown[] }[],
  errors: [] as string[],
  warnings: [] as string[],
  infos: [] as string[],
  /** The answer the next message box gives (a button's title), undefined = dismissed. */
  answer: undefined as string | undefined,
  output: [] as string[],
  outputShown: 0,
  panels: [] as FakePanel[],
  progressTitles: [] as string[],
  watchers: [] as string[],
  clients: [] as FakeLanguageClient[],
  activeEditor: undefined as { document: FakeDocument } | undefined,
  onDidChangeConfiguration: new Emitter<{ affectsConfiguration(section: string): boolean }>(),
  onDidSaveTextDocument: new Emitter<FakeDocument>(),
  reset() {
    this.settings.clear();
    this.commands.clear();
    this.executed = [];
    this.errors = [];
    this.warnings = [];
    this.infos = [];
    this.answer = undefined;
    this.output = [];
    this.outputShown = 0;
    this.panels = [];
    this.progressTitles = [];
    this.watchers = [];
    this.clients = [];
    this.activeEditor = undefined;
    this.onDidChangeConfiguration = new Emitter();
    this.onDidSaveTextDocument = new Emitter();
  },
};

// By name, not by array: reset() replaces the arrays.
const message = (list: "errors" | "warnings" | "infos") => (text: string) => {
  recorded[list].push(text);
  return Promise.resolve(recorded.answer);
};

const vscode = {
  ViewColumn: { Beside: -2 },
  ProgressLocation: { Notification: 15 },
  Uri: { file: uri },
  window: {
    createOutputChannel: (name: string) => ({
      name,
      append: (text: string) => recorded.output.push(text),
      appendLine: (text: string) => recorded.output.push(text + "\n"),
      show: () => recorded.outputShown++,
      dispose: () => undefined,
    }),
    showErrorMessage: message("errors"),
    showWarningMessage: message("warnings"),
    showInformationMessage: message("infos"),
    get activeTextEditor() {
      return recorded.activeEditor;
    },
    withProgress: <T>(options: { title: string }, task: () => Promise<T>) => {
      recorded.progressTitles.push(options.title);
      return task();
    },
    createWebviewPanel: (viewType: string, title: string, _column: unknown, options: Record<string, unknown>) => {
      const onDispose: (() => void)[] = [];
      const panel: FakePanel = {
        viewType,
        title,
        options,
        webview: { html: "" },
        revealed: 0,
        disposed: false,
        reveal: () => panel.revealed++,
        onDidDispose: (listener) => onDispose.push(listener),
        dispose: () => {
          panel.disposed = true;
          for (const listener of onDispose) listener();
        },
      };
      recorded.panels.push(panel);
      return panel;
    },
  },
  commands: {
    registerCommand: (command: string, callback: (...args: unknown[]) => unknown) => {
      recorded.commands.set(command, callback);
      return { dispose: () => recorded.commands.delete(command) };
    },
    executeCommand: async (command: string, ...args: unknown[]) => {
      recorded.executed.push({ command, args });
    },
  },
  workspace: {
    getConfiguration: (section: string) => ({ get: (key: string) => recorded.settings.get(`${section}.${key}`) }),
    onDidChangeConfiguration: (listener: Listener<{ affectsConfiguration(section: string): boolean }>) => recorded.onDidChangeConfiguration.event(listener),
    onDidSaveTextDocument: (listener: Listener<FakeDocument>) => recorded.onDidSaveTextDocument.event(listener),
    createFileSystemWatcher: (glob: string) => {
      recorded.watchers.push(glob);
      return { dispose: () => undefined };
    },
  },
};

/** vscode-languageclient's LanguageClient as the extension uses it: constructed, started, stopped. */
export class FakeLanguageClient {
  started = 0;
  stopped = 0;
  /** Set by a test to make start() fail, as a server that cannot be spawned does. */
  static failStartWith: Error | undefined;
  constructor(
    readonly id: string,
    readonly name: string,
    readonly serverOptions: { command: string; args: string[]; transport: number; options: { env: Record<string, string | undefined> } },
    readonly clientOptions: { documentSelector: unknown[]; initializationOptions: unknown; outputChannel: unknown },
  ) {
    recorded.clients.push(this);
  }
  async start(): Promise<void> {
    this.started++;
    if (FakeLanguageClient.failStartWith) throw FakeLanguageClient.failStartWith;
  }
  async stop(): Promise<void> {
    this.stopped++;
  }
}

const languageClient = { LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } };

// Answer the two modules the extension imports that only exist inside VS Code.
const moduleInternals = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
const load = moduleInternals._load;
moduleInternals._load = function (request: string, parent: unknown, isMain: boolean) {
  if (request === "vscode") return vscode;
  if (request === "vscode-languageclient/node") return languageClient;
  return load.call(this, request, parent, isMain);
};
