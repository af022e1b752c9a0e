// The package.json contributions point at grammars that exist, load, and follow the rules
// that keep them safe in the editor.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { loadGrammar, readContributions, repoRoot } from './textmate';

function regexesOf(rule: unknown, found: string[] = []): string[] {
  if (Array.isArray(rule)) rule.forEach((item) => regexesOf(item, found));
  else if (rule && typeof rule === 'object') {
    for (const [key, value] of Object.entries(rule)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') found.push(value);
      else regexesOf(value, found);
    }
  }
  return found;
}

describe('grammar contributions', () => {
  const contributions = readContributions();
  // The sidecar language borrows VS Code's JSON grammar; its own checks are below.
  const SIDECAR_LANGUAGE = 'transcript-annotations';
  const languages = contributions.languages.filter((l) => l.id !== SIDECAR_LANGUAGE);
  const grammars = contributions.grammars.filter((g) => g.language !== SIDECAR_LANGUAGE);

  it('contributes the transcript, srt and vtt languages with their extensions', () => {
    const extensions = Object.fromEntries(languages.map((l) => [l.id, l.extensions]));
    assert.deepEqual(extensions, { transcript: ['.transcript'], srt: ['.srt'], vtt: ['.vtt'] });
    for (const language of languages) {
      assert.ok(language.configuration && existsSync(join(repoRoot(), language.configuration)), `${language.id} configuration`);
    }
  });

  it('gives every language a grammar whose file declares the same scope name, and injects into nothing', async () => {
    assert.deepEqual(grammars.map((g) => g.language).sort(), ['srt', 'transcript', 'vtt']);
    assert.equal(grammars.find((g) => g.language === 'transcript')?.scopeName, 'text.transcript');
    for (const grammar of grammars) {
      assert.equal(grammar.injectTo, undefined);
      const raw = JSON.parse(readFileSync(join(repoRoot(), grammar.path), 'utf8')) as { scopeName?: string; injectionSelector?: string };
      assert.equal(raw.scopeName, grammar.scopeName);
      assert.equal(raw.injectionSelector, undefined);
      await loadGrammar(grammar.scopeName);
    }
  });

  it('has a language configuration with the CJK bracket and quote pairs', () => {
    const config = JSON.parse(readFileSync(join(repoRoot(), 'syntaxes/language-configuration.json'), 'utf8')) as {
      autoClosingPairs: { open: string; close: string }[];
      wordPattern: string;
    };
    const pairs = config.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['「」', '『』', '“”', '（）', '()', '[]']) assert.ok(pairs.includes(pair), pair);
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('我認為，這是「明智的選擇」。'.match(word), ['我認為', '這是', '明智的選擇']);
  });

  it('gives sidecars (*.annotations.json) a language of their own, highlighted as JSON', () => {
    const language = contributions.languages.find((l) => l.id === SIDECAR_LANGUAGE) as { filenamePatterns?: string[]; configuration?: string } | undefined;
    assert.deepEqual(language?.filenamePatterns, ['*.annotations.json']);
    assert.ok(language.configuration && existsSync(join(repoRoot(), language.configuration)));
    const grammar = contributions.grammars.find((g) => g.language === SIDECAR_LANGUAGE);
    assert.ok(grammar);
    const raw = JSON.parse(readFileSync(join(repoRoot(), grammar.path), 'utf8')) as { scopeName?: string; patterns?: unknown };
    assert.equal(raw.scopeName, grammar.scopeName);
    assert.deepEqual(raw.patterns, [{ include: 'source.json' }]);
  });

  for (const grammar of grammars) {
    it(`${grammar.path}: every regex compiles and none uses {n,m}+`, async () => {
      await loadGrammar(grammar.scopeName); // loads the wasm
      const regexes = regexesOf(JSON.parse(readFileSync(join(repoRoot(), grammar.path), 'utf8')));
      assert.ok(regexes.length > 0);
      for (const regex of regexes) {
        // In Oniguruma's Ruby syntax X{1,24}+ is (X{1,24})+, a nested repeat, not a possessive one.
        assert.doesNotMatch(regex, /\}\+/, regex);
        assert.doesNotThrow(() => new oniguruma.OnigScanner([regex]), regex);
      }
    });
  }
});
