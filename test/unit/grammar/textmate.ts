// Tokenizes text with the grammars contributed in package.json, using the same
// TextMate engine (vscode-textmate) and regex library (vscode-oniguruma) as VS Code.
// Every file is read from disk at run time, relative to the repository root,
// because this module is bundled into out/ and __dirname moves.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

export interface ScopedToken {
  /** 1-based line number in the tokenized text. */
  line: number;
  text: string;
  scopes: string[];
}

interface LanguageContribution { id: string; extensions?: string[]; configuration?: string }
interface GrammarContribution { language?: string; scopeName: string; path: string; injectTo?: string[] }
export interface Contributions { languages: LanguageContribution[]; grammars: GrammarContribution[] }

/** Grammars that VS Code ships and ours include; an empty stand-in keeps the including rule alive. */
const BUILT_IN_STUBS: Record<string, string> = { 'source.css': '{"scopeName":"source.css","patterns":[]}' };

let root: string | undefined;
export function repoRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'syntaxes')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${__dirname}`);
    dir = parent;
  }
  root = dir;
  return dir;
}

export function readContributions(): Contributions {
  const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes?: Partial<Contributions> };
  return { languages: pkg.contributes?.languages ?? [], grammars: pkg.contributes?.grammars ?? [] };
}

/** The scope name VS Code would use for a file, from its extension and the contributed languages. */
export function scopeNameForFile(fileName: string): string {
  const { languages, grammars } = readContributions();
  const language = languages.find((l) => l.extensions?.some((ext) => fileName.endsWith(ext)));
  const grammar = language && grammars.find((g) => g.language === language.id);
  if (!grammar) throw new Error(`no contributed grammar for ${fileName}`);
  return grammar.scopeName;
}

let registry: Promise<Registry> | undefined;
function loadRegistry(): Promise<Registry> {
  registry ??= (async () => {
    const wasmPath = createRequire(join(repoRoot(), 'package.json')).resolve('vscode-oniguruma/release/onig.wasm');
    const wasm = readFileSync(wasmPath);
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const paths = new Map(readContributions().grammars.map((g) => [g.scopeName, join(repoRoot(), g.path)]));
    return new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const path = paths.get(scopeName);
        if (path) return parseRawGrammar(readFileSync(path, 'utf8'), path);
        const stub = BUILT_IN_STUBS[scopeName];
        return stub ? parseRawGrammar(stub, `${scopeName}.json`) : null;
      },
    });
  })();
  return registry;
}

export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const grammar = await (await loadRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} did not load`);
  return grammar;
}

/** Tokens of every non-empty piece of text, line by line, with their full scope stacks. */
export async function tokenize(scopeName: string, text: string): Promise<ScopedToken[]> {
  const grammar = await loadGrammar(scopeName);
  const tokens: ScopedToken[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      const tokenText = lineText.slice(token.startIndex, Math.min(token.endIndex, lineText.length));
      if (tokenText) tokens.push({ line: index + 1, text: tokenText, scopes: token.scopes });
    }
  });
  return tokens;
}

/** Scopes of the token that is exactly `piece`, found after `after` in `text`; fails if no token has that text. */
export async function scopesOf(scopeName: string, text: string, piece: string, after = ''): Promise<string[]> {
  const offset = text.indexOf(piece, after ? text.indexOf(after) + after.length : 0);
  if (offset < 0) throw new Error(`'${piece}' is not in '${text}'`);
  const line = text.slice(0, offset).split('\n').length;
  const column = offset - (text.lastIndexOf('\n', offset - 1) + 1);
  let position = 0;
  for (const token of (await tokenize(scopeName, text)).filter((t) => t.line === line)) {
    if (position === column) {
      if (token.text !== piece) throw new Error(`the token at '${piece}' is '${token.text}' (${token.scopes.join(' ')})`);
      return token.scopes;
    }
    position += token.text.length;
  }
  throw new Error(`no token starts at '${piece}' in '${text}'`);
}
