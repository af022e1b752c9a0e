// A minimal stand-in for the `vscode` module, enough to activate dist/extension.js in plain Node with one
// transcript open and see when it first draws decorations. Everything not modelled here is a harmless stub.

type Listener<T> = (event: T) => unknown;

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Disposable {
  constructor(private readonly callOnDispose: () => unknown = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.callOnDispose();
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
  isBefore(other: Position): boolean {
    return this.line < other.line || (this.line === other.line && this.character < other.character);
  }
  isEqual(other: Position): boolean {
    return this.line === other.line && this.character === other.character;
  }
  translate(lineDelta = 0, characterDelta = 0): Position {
    return new Position(this.line + lineDelta, this.character + characterDelta);
  }
  with(line = this.line, character = this.character): Position {
    return new Position(line, character);
  }
}

/** Ranges built so far (by the extension and the fake alike): vscode.Range objects are VS Code's work on the host's thread. */
export const rangesBuilt = { count: 0 };

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    rangesBuilt.count++;
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
  contains(p: Position | Range): boolean {
    const q = p instanceof Range ? p.start : p;
    return !q.isBefore(this.start) && !this.end.isBefore(q);
  }
  intersection(other: Range): Range | undefined {
    const start = this.start.isBefore(other.start) ? other.start : this.start;
    const end = this.end.isBefore(other.end) ? this.end : other.end;
    return end.isBefore(start) ? undefined : new Range(start, end);
  }
  with(start = this.start, end = this.end): Range {
    return new Range(start, end);
  }
}

class Selection extends Range {
  constructor(readonly anchor: Position, readonly active: Position) {
    super(anchor, active);
  }
}

class Uri {
  constructor(readonly scheme: string, readonly path: string, readonly query = '', readonly fragment = '') {}
  static parse(value: string): Uri {
    const match = /^([a-z][a-z0-9+.-]*):(?:\/\/[^/]*)?([^?#]*)/i.exec(value);
    return match ? new Uri(match[1]!, decodeURIComponent(match[2]!)) : new Uri('file', value);
  }
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
}

/** A callable, constructible stub: any property is another stub, calls return a disposable stub. */
function stub(name: string): unknown {
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get: (_t, key) => {
      if (key === 'dispose') return () => undefined;
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => `[stub ${name}]`;
      if (key === 'event' || (typeof key === 'string' && key.startsWith('onDid'))) return () => ({ dispose: () => undefined });
      return stub(`${name}.${String(key)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  });
}

/** Fills in stubs for whatever the fake does not define. */
function withStubs<T extends object>(name: string, value: T): T {
  return new Proxy(value, {
    get: (target, key, receiver) => (key in target ? Reflect.get(target, key, receiver) : key === 'then' ? undefined : stub(`${name}.${String(key)}`)),
  });
}

export interface FakeDocument {
  readonly uri: Uri;
  readonly text: string;
}

export interface DecorationCall {
  readonly at: number;
  readonly ranges: number;
}

/** The fake module, with one open editor showing `text`; `calls` records setDecorations as it happens. */
export interface FakeVscode {
  readonly module: unknown;
  readonly calls: DecorationCall[];
  /** The extension's log lines (its output channel), with the time each was written. */
  readonly logs: { readonly at: number; readonly message: string }[];
  /** Shows lines `start..end` in the editor, as scrolling would, and fires onDidChangeTextEditorVisibleRanges. */
  scroll(start: number, end: number): void;
  /** Replaces `length` units at `offset` with `inserted`, as typing would, and fires onDidChangeTextDocument. */
  edit(offset: number, length: number, inserted: string): void;
  /**
   * edit() in two steps: applies the edit to the document now, as VS Code's document model does before
   * the extension hears of it, holding the new text as one flat string (getText() then costs nothing),
   * and returns what fires onDidChangeTextDocument. Timing only the second step measures the extension.
   */
  prepareEdit(offset: number, length: number, inserted: string): () => void;
}

export function createFakeVscode(path: string, initialText: string, languageId: string, settingDefaults: ReadonlyMap<string, unknown>): FakeVscode {
  const calls: DecorationCall[] = [];
  const logs: { at: number; message: string }[] = [];
  const log = (message: unknown): void => void logs.push({ at: performance.now(), message: String(message) });
  const uri = Uri.file(path);
  let text = initialText;
  let dirty = false;
  let version = 1;
  let starts: number[] = [];
  const index = (): void => {
    starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  };
  index();
  // Line starts after an edit without rescanning the text: a 10 MB scan per keystroke would count as the extension's time.
  const reindex = (offset: number, length: number, inserted: string): void => {
    let first = 0;
    while (first < starts.length && starts[first]! <= offset) first++;
    let end = first;
    while (end < starts.length && starts[end]! <= offset + length) end++;
    const fresh: number[] = [];
    for (let i = 0; i < inserted.length; i++) if (inserted.charCodeAt(i) === 10) fresh.push(offset + i + 1);
    const delta = inserted.length - length;
    for (let i = end; i < starts.length; i++) starts[i]! += delta;
    starts.splice(first, end - first, ...fresh);
  };
  const changes = new EventEmitter<unknown>();
  const visibleRangeChanges = new EventEmitter<unknown>();
  const positionAt = (offset: number): Position => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return new Position(low, offset - starts[low]!);
  };
  const lineEnd = (line: number): number => (line + 1 < starts.length ? starts[line + 1]! - 1 : text.length);
  const document = withStubs('document', {
    uri,
    fileName: path,
    languageId,
    get version() {
      return version;
    },
    isClosed: false,
    get isDirty() {
      return dirty;
    },
    isUntitled: false,
    eol: 1,
    get lineCount() {
      return starts.length;
    },
    getText: (range?: Range) => (range ? text.slice(starts[range.start.line]! + range.start.character, starts[range.end.line]! + range.end.character) : text),
    positionAt,
    offsetAt: (p: Position) => Math.min(starts[Math.min(p.line, starts.length - 1)]! + p.character, text.length),
    lineAt: (lineOrPosition: number | Position) => {
      const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
      const content = text.slice(starts[line]!, lineEnd(line));
      return { lineNumber: line, text: content, range: new Range(line, 0, line, content.length), rangeIncludingLineBreak: new Range(line, 0, line + 1, 0), firstNonWhitespaceCharacterIndex: content.search(/\S|$/), isEmptyOrWhitespace: !content.trim() };
    },
    validateRange: (r: Range) => r,
    validatePosition: (p: Position) => p,
    getWordRangeAtPosition: () => undefined,
    save: () => Promise.resolve(true),
  });
  const editor = withStubs('editor', {
    document,
    selection: new Selection(new Position(0, 0), new Position(0, 0)),
    selections: [new Selection(new Position(0, 0), new Position(0, 0))],
    visibleRanges: [new Range(0, 0, 60, 0)],
    options: {},
    viewColumn: 1,
    setDecorations: (_type: unknown, ranges: readonly unknown[]) => calls.push({ at: performance.now(), ranges: ranges.length }),
    revealRange: () => undefined,
    edit: () => Promise.resolve(true),
  });
  const event = (): ((listener: unknown) => { dispose(): void }) => () => ({ dispose: () => undefined });
  const configuration = withStubs('configuration', { get: (key: string, fallback?: unknown) => settingDefaults.get(key) ?? fallback, has: () => false, inspect: () => undefined, update: () => Promise.resolve() });
  const outputChannel = withStubs('outputChannel', { name: 'log', logLevel: 2, onDidChangeLogLevel: event(), trace: log, debug: log, info: log, warn: log, error: log, append() {}, appendLine() {}, replace() {}, clear() {}, show() {}, hide() {}, dispose() {} });
  const vscode = {
    EventEmitter,
    Disposable,
    Position,
    Range,
    Selection,
    Uri,
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    ThemeIcon: class {
      static File = {};
      static Folder = {};
      constructor(readonly id: string, readonly color?: unknown) {}
    },
    TreeItem: class {
      constructor(readonly label: unknown, readonly collapsibleState?: number) {}
    },
    MarkdownString: class {
      value = '';
      isTrusted = false;
      supportThemeIcons = false;
      constructor(value = '') {
        this.value = value;
      }
      appendMarkdown(v: string) {
        this.value += v;
        return this;
      }
      appendText(v: string) {
        this.value += v;
        return this;
      }
      appendCodeblock(v: string) {
        this.value += v;
        return this;
      }
    },
    Hover: class {
      constructor(readonly contents: unknown, readonly range?: Range) {}
    },
    Diagnostic: class {
      constructor(readonly range: Range, readonly message: string, readonly severity?: number) {}
    },
    CodeAction: class {
      constructor(readonly title: string, readonly kind?: unknown) {}
    },
    CodeActionKind: { QuickFix: { value: 'quickfix', append: () => ({}) }, Refactor: { value: 'refactor' } },
    CancellationTokenSource: class {
      private readonly emitter = new EventEmitter<void>();
      readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
      cancel() {
        this.token.isCancellationRequested = true;
        this.emitter.fire();
      }
      dispose() {}
    },
    RelativePattern: class {
      constructor(readonly base: unknown, readonly pattern: string) {}
    },
    WorkspaceEdit: class {
      replace() {}
      insert() {}
      delete() {}
    },
    FileSystemError: Object.assign(class extends Error {}, { FileNotFound: (m?: unknown) => new Error(String(m)), NoPermissions: (m?: unknown) => new Error(String(m)), FileExists: (m?: unknown) => new Error(String(m)) }),
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TextDocumentChangeReason: { Undo: 1, Redo: 2 },
    EndOfLine: { LF: 1, CRLF: 2 },
    DecorationRangeBehavior: { OpenOpen: 0, ClosedClosed: 1, OpenClosed: 2, ClosedOpen: 3 },
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])) },
    env: withStubs('env', { language: 'en', appName: 'bench' }),
    window: withStubs('window', {
      activeTextEditor: editor,
      visibleTextEditors: [editor],
      createOutputChannel: () => outputChannel,
      createTextEditorDecorationType: () => ({ key: `d${Math.random()}`, dispose() {} }),
      createTreeView: () => withStubs('treeView', { visible: true, onDidChangeVisibility: event(), onDidChangeSelection: event(), onDidExpandElement: event(), onDidCollapseElement: event(), reveal: () => Promise.resolve(), dispose() {} }),
      createStatusBarItem: () => withStubs('statusBarItem', { show() {}, hide() {}, dispose() {} }),
      showInformationMessage: () => Promise.resolve(undefined),
      showWarningMessage: () => Promise.resolve(undefined),
      showErrorMessage: () => Promise.resolve(undefined),
      onDidChangeActiveTextEditor: event(),
      onDidChangeVisibleTextEditors: event(),
      onDidChangeTextEditorSelection: event(),
      onDidChangeTextEditorVisibleRanges: visibleRangeChanges.event,
      registerTreeDataProvider: () => ({ dispose() {} }),
    }),
    workspace: withStubs('workspace', {
      textDocuments: [document],
      isTrusted: true,
      workspaceFolders: undefined,
      getConfiguration: () => configuration,
      onDidChangeTextDocument: changes.event,
      onDidOpenTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidSaveTextDocument: event(),
      onDidChangeConfiguration: event(),
      onDidGrantWorkspaceTrust: event(),
      onDidChangeWorkspaceFolders: event(),
      createFileSystemWatcher: () => withStubs('watcher', { onDidChange: event(), onDidCreate: event(), onDidDelete: event(), dispose() {} }),
      registerFileSystemProvider: () => ({ dispose() {} }),
      asRelativePath: (p: unknown) => String(p),
      fs: withStubs('fs', {
        stat: () => Promise.reject(new Error('FileNotFound')),
        readFile: () => Promise.reject(Object.assign(new Error('FileNotFound'), { code: 'FileNotFound' })),
        writeFile: () => Promise.resolve(),
      }),
    }),
    languages: withStubs('languages', {
      match: () => 0,
      registerHoverProvider: () => ({ dispose() {} }),
      registerCodeActionsProvider: () => ({ dispose() {} }),
      createDiagnosticCollection: () => withStubs('diagnostics', { set() {}, delete() {}, clear() {}, get: () => undefined, forEach() {}, dispose() {} }),
    }),
    commands: withStubs('commands', { registerCommand: () => ({ dispose() {} }), executeCommand: () => Promise.resolve(undefined) }),
    // Discussion threads: a controller that keeps nothing (the bench opens no sidecar with comments).
    comments: withStubs('comments', {
      createCommentController: () => withStubs('commentController', { createCommentThread: () => withStubs('commentThread', { comments: [], dispose() {} }), dispose() {} }),
    }),
  };
  const prepareEdit = (offset: number, length: number, inserted: string, flatten = true): (() => void) => {
    const range = new Range(positionAt(offset), positionAt(offset + length));
    text = text.slice(0, offset) + inserted + text.slice(offset + length);
    // A concatenation is a rope that V8 copies into one string on the first character read, in the extension's time.
    if (flatten) text = Buffer.from(text, 'utf16le').toString('utf16le');
    version++;
    reindex(offset, length, inserted);
    return () => {
      changes.fire({ document, contentChanges: [{ range, rangeOffset: offset, rangeLength: length, text: inserted }], reason: undefined });
      // As in VS Code: the first edit of a clean document arrives with it still clean, the next ones dirty.
      dirty = true;
    };
  };
  const edit = (offset: number, length: number, inserted: string): void => prepareEdit(offset, length, inserted, false)();
  const scroll = (start: number, end: number): void => {
    const visibleRanges = [new Range(start, 0, end, 0)];
    (editor as { visibleRanges: Range[] }).visibleRanges = visibleRanges;
    visibleRangeChanges.fire({ textEditor: editor, visibleRanges });
  };
  return { module: withStubs('vscode', vscode), calls, logs, edit, prepareEdit: (offset, length, inserted) => prepareEdit(offset, length, inserted), scroll };
}

export function fakeExtensionContext(root: string): unknown {
  const memento = () => {
    const values = new Map<string, unknown>();
    return { get: (key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback), update: (key: string, value: unknown) => (values.set(key, value), Promise.resolve()), keys: () => [...values.keys()], setKeysForSync() {} };
  };
  return withStubs('context', { subscriptions: [], extensionUri: Uri.file(root), extensionPath: root, workspaceState: memento(), globalState: memento(), logUri: Uri.file('/tmp'), storageUri: undefined, globalStorageUri: Uri.file('/tmp'), extensionMode: 1 });
}
