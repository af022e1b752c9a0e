import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, readFixture } from '../core/transcriptFixtures';

const CLI = join(process.cwd(), 'dist', 'cli.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

type Json = Record<string, unknown>;

function assertRange(value: unknown, lineTexts: readonly string[], what: string): void {
  const range = value as { start: { line: number; character: number }; end: { line: number; character: number } };
  assert.deepEqual(Object.keys(range).sort(), ['end', 'start'], what);
  for (const end of [range.start, range.end]) {
    assert.deepEqual(Object.keys(end).sort(), ['character', 'line'], what);
    assert.ok(Number.isInteger(end.line) && end.line >= 0 && end.line < lineTexts.length, `${what}: line ${end.line}`);
    assert.ok(Number.isInteger(end.character) && end.character >= 0 && end.character <= lineTexts[end.line]!.length, `${what}: character ${end.character}`);
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: start after end`);
}

describe('CLI analyze', function () {
  this.timeout(30_000);

  it('prints the cue words of a claim as the transcript writes them, Traditional or Simplified', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-cues-'));
    try {
      const file = join(dir, 'market.txt');
      writeFileSync(file, '陳立文：這個市場預計在2030年達到1兆美元。我認為它將長期存在。\n');
      const result = run('analyze', file);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /prediction: 預計/);
      assert.doesNotMatch(result.stdout, /预计|认为/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves out the claims the editor hides (confidence below 0.5 by default), says how many, and lists all with --min-confidence 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-confidence-'));
    try {
      const file = join(dir, 'chat.txt');
      // A greeting read as a weak statement, and a figure-backed fact.
      writeFileSync(file, "Kevin (00:00):\nWell, Jordan, I'm glad you're back.\nJordan (00:03):\nOur revenue rose 18% in 2023, to 42 billion dollars.\n");
      const all = run('analyze', file, '--json', '--min-confidence', '0');
      assert.equal(all.status, 0, all.stderr);
      const confidences = ((JSON.parse(all.stdout) as Json)['claims'] as Json[]).map((claim) => claim['confidence'] as number);
      const hidden = confidences.filter((confidence) => confidence < 0.5).length;
      assert.ok(hidden > 0 && hidden < confidences.length, `a weak and a strong claim: ${confidences.join(', ')}`);

      const shown = run('analyze', file, '--json');
      const shownConfidences = ((JSON.parse(shown.stdout) as Json)['claims'] as Json[]).map((claim) => claim['confidence'] as number);
      assert.deepEqual(shownConfidences, confidences.filter((confidence) => confidence >= 0.5));
      assert.match(run('analyze', file).stdout, new RegExp(`; ${hidden} below confidence 0\\.5 left out`));
      assert.equal(run('analyze', file, '--min-confidence', '0.99').stdout.match(/revenue rose/), null);

      const wrong = run('analyze', file, '--min-confidence', '1.5');
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /--min-confidence must be a number from 0 to 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the public JSON contract with LSP ranges inside the document', () => {
    const name = 'crlf-surrogates-zh-Hant.txt';
    const result = run('analyze', join(FIXTURES, name), '--json');
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as Json;
    assert.equal(json['version'], 1);
    for (const key of ['speakers', 'turns', 'topics', 'claims']) assert.ok(Array.isArray(json[key]), key);
    const lineTexts = readFixture(name).split(/\r\n|\r|\n/);
    assert.deepEqual(json['speakers'], [{ name: '李明', turns: 1 }, { name: '𠮷田', turns: 1 }, { name: '主持人', turns: 1 }]);
    const turns = json['turns'] as Json[];
    for (const turn of turns) {
      assert.equal(typeof turn['speaker'], 'string');
      assertRange(turn['range'], lineTexts, 'turn range');
      assertRange(turn['labelRange'], lineTexts, 'label range');
    }
    assert.deepEqual(turns[0]!['labelRange'], { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } });
    for (const claim of json['claims'] as Json[]) {
      assertRange(claim['range'], lineTexts, 'claim range');
      assert.ok(['fact', 'forecast', 'opinion'].includes(claim['kind'] as string));
      assert.ok(Array.isArray(claim['cues']));
    }
  });

  it('nests topics with ranges in the JSON', () => {
    const result = run('analyze', join(FIXTURES, 'panel.md'), '--json');
    assert.equal(result.status, 0, result.stderr);
    const topics = (JSON.parse(result.stdout) as Json)['topics'] as Json[];
    const lineTexts = readFixture('panel.md').split('\n');
    const walk = (list: Json[]): string[] =>
      list.flatMap((t) => {
        assertRange(t['range'], lineTexts, `topic ${String(t['title'])}`);
        return [t['title'] as string, ...walk(t['children'] as Json[])];
      });
    assert.deepEqual(walk(topics), ['Panel on AI chips', 'Summary', 'Supply chain pressure', 'Talent and training']);
  });

  it('hangs each claim and turn under the topics it falls in (topicPath, outermost first)', () => {
    const result = run('analyze', join(FIXTURES, 'panel.md'), '--json');
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as Json;
    const lineTexts = readFixture('panel.md').split('\n');
    const talentLine = lineTexts.indexOf('Talent and training');
    const sectionAtLine = (line: number): string => (line > talentLine ? 'Talent and training' : 'Supply chain pressure');
    const claims = json['claims'] as Json[];
    assert.ok(claims.length > 0);
    for (const item of [...claims, ...(json['turns'] as Json[])]) {
      const path = item['topicPath'] as string[];
      const line = (item['range'] as { start: { line: number } }).start.line;
      assert.equal(path[0], 'Panel on AI chips');
      assert.equal(path[path.length - 1], sectionAtLine(line));
    }
  });

  it('prints a readable summary without --json', () => {
    const result = run('analyze', join(FIXTURES, 'interview-zh-Hans.txt'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Speakers \(\d+\)/);
    assert.match(result.stdout, /王部长 {2}2 turns/);
  });

  it('exits with 2 and one line on stderr for a missing or binary file', () => {
    const missing = run('analyze', join(FIXTURES, 'no-such-file.txt'), '--json');
    assert.equal(missing.status, 2);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    const dir = mkdtempSync(join(tmpdir(), 'ta-cli-'));
    try {
      const binary = join(dir, 'binary.txt');
      writeFileSync(binary, Buffer.from([0x4c, 0x49, 0x00, 0x01, 0xff, 0x00]));
      const result = run('analyze', binary, '--json');
      assert.equal(result.status, 2);
      assert.match(result.stderr, /binary/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
