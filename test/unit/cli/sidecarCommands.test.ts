import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand, type CheckJson } from '../../../src/cli/commands/check';
import { tagCommand } from '../../../src/cli/commands/tag';
import { CliError } from '../../../src/cli/io';
import { decodeSidecar } from '../../../src/core/sidecar/codec';

const TRANSCRIPT = '林雅婷：\n今年的出貨情況如何？\n\n陳立文：\n我們去年營收達到420億元。\n我預計下半年的需求會更強。\n好的。好的。\n';

/** Runs a command in-process; a one-line failure (CliError) with exit 1 comes back as that code, others throw. */
async function run(command: typeof tagCommand, argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  try {
    const code = await command.run(argv, { write: (text) => void (out += text) });
    return { code, out };
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 1) return { code: 1, out };
    throw error;
  }
}

describe('CLI tag and check', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-sidecar-'));
    file = join(dir, 'talk.txt');
    writeFileSync(file, TRANSCRIPT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sidecar = () => {
    const decoded = decodeSidecar(readFileSync(`${file}.annotations.json`, 'utf8'));
    assert.ok(decoded.ok);
    return decoded.document;
  };

  it('tags a quote, with note and author, into <file>.annotations.json', async () => {
    const { code } = await run(tagCommand, [file, '--kind', 'fact', '--quote', '我們去年營收達到420億元', '--note', '年報', '--author', 'Ann']);
    assert.equal(code, 0);
    const [annotation] = sidecar().annotations;
    assert.equal(annotation!.kind, 'fact');
    assert.equal(annotation!.note, '年報');
    assert.equal(annotation!.author, 'Ann');
    assert.equal(TRANSCRIPT.slice(annotation!.target.start, annotation!.target.end), '我們去年營收達到420億元');
  });

  it("adds a second author's tag beside the first, and a re-tag changes only the tagger's own", async () => {
    const quote = '我們去年營收達到420億元';
    await run(tagCommand, [file, '--kind', 'fact', '--quote', quote, '--author', 'Alice']);
    await run(tagCommand, [file, '--kind', 'opinion', '--quote', quote, '--author', 'Bob']);
    const both = sidecar().annotations;
    assert.deepEqual(both.map((a) => [a.author, a.kind]).sort(), [['Alice', 'fact'], ['Bob', 'opinion']]);
    const alices = both.find((a) => a.author === 'Alice')!;

    const { out } = await run(tagCommand, [file, '--kind', 'forecast', '--quote', quote, '--author', 'Bob']);
    assert.match(out, /changed Bob's tag/u);
    const after = sidecar().annotations;
    assert.equal(after.length, 2);
    assert.deepEqual(after.find((a) => a.author === 'Alice'), alices);
    const bobs = after.find((a) => a.author === 'Bob')!;
    assert.equal(bobs.kind, 'forecast');
    assert.equal(bobs.modifiedBy, 'Bob');

    const again = await run(tagCommand, [file, '--kind', 'forecast', '--quote', quote, '--author', 'Bob']);
    assert.match(again.out, /already tagged/u);
    assert.deepEqual(sidecar().annotations, after);
  });

  it('picks the occurrence asked for', async () => {
    await run(tagCommand, [file, '--kind', 'opinion', '--quote', '好的', '--occurrence', '2', '--author', 'x']);
    assert.equal(sidecar().annotations[0]!.target.start, TRANSCRIPT.lastIndexOf('好的'));
  });

  it('exits 1 when the quote is not in the file (or the occurrence does not exist), writing nothing', async () => {
    assert.equal((await run(tagCommand, [file, '--kind', 'fact', '--quote', '不存在的句子', '--author', 'x'])).code, 1);
    assert.equal((await run(tagCommand, [file, '--kind', 'fact', '--quote', '好的', '--occurrence', '3', '--author', 'x'])).code, 1);
    assert.throws(() => readFileSync(`${file}.annotations.json`));
  });

  it('refuses a bad kind with exit 2', async () => {
    await assert.rejects(run(tagCommand, [file, '--kind', 'rumour', '--quote', '好的']), (e: unknown) => e instanceof CliError && e.exitCode === 2);
  });

  it('check --json reports status, exact and range for each annotation', async () => {
    await run(tagCommand, [file, '--kind', 'fact', '--quote', '我們去年營收達到420億元', '--author', 'x']);
    await run(tagCommand, [file, '--kind', 'forecast', '--quote', '我預計下半年的需求會更強', '--author', 'x']);
    const ids = sidecar().annotations.map((a) => a.id);
    const { code, out } = await run(checkCommand, [file, '--json']);
    assert.equal(code, 0);
    const json = JSON.parse(out) as CheckJson;
    assert.deepEqual(json, {
      annotations: [
        { id: ids[0], kind: 'fact', status: 'anchored', exact: '我們去年營收達到420億元', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 13 } } },
        { id: ids[1], kind: 'forecast', status: 'anchored', exact: '我預計下半年的需求會更強', range: { start: { line: 5, character: 0 }, end: { line: 5, character: 12 } } },
      ],
      conflicts: [],
    });
  });

  it('check lists the conflicts a merge left, and exits 1 until they are resolved', async () => {
    await run(tagCommand, [file, '--kind', 'fact', '--quote', '我們去年營收達到420億元', '--author', 'x']);
    const path = `${file}.annotations.json`;
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { annotations: Record<string, unknown>[]; conflicts?: unknown[] };
    stored.annotations[0]!.conflict = { reason: 'deleted on the other side' };
    stored.conflicts = [{ speakerAlias: '陳立文', theirs: '陳總', reason: 'both sides renamed the speaker' }];
    writeFileSync(path, JSON.stringify(stored, null, 2));

    const json = await run(checkCommand, [file, '--json']);
    assert.equal(json.code, 1);
    const parsed = JSON.parse(json.out) as CheckJson;
    assert.deepEqual(parsed.annotations[0]!.conflict, { reason: 'deleted on the other side' });
    assert.deepEqual(parsed.conflicts, [{ on: 'speakerAlias', key: '陳立文', reason: 'both sides renamed the speaker' }]);

    const text = await run(checkCommand, [file]);
    assert.equal(text.code, 1);
    assert.match(text.out, /1 anchored, 0 fuzzy, 0 orphaned; 2 merge conflicts to resolve/);
    assert.match(text.out, /alias +陳立文: both sides renamed the speaker/);
  });

  it('check exits 1 on an orphan, and --write stores the new positions', async () => {
    await run(tagCommand, [file, '--kind', 'fact', '--quote', '我們去年營收達到420億元', '--author', 'x']);
    await run(tagCommand, [file, '--kind', 'forecast', '--quote', '今年的出貨情況如何', '--author', 'x']);
    const changed = '（前言）\n' + TRANSCRIPT.replace('今年的出貨情況如何？', '請談談市場。');
    writeFileSync(file, changed);
    const before = readFileSync(`${file}.annotations.json`, 'utf8');
    const { code, out } = await run(checkCommand, [file, '--json']);
    assert.equal(code, 1);
    assert.deepEqual((JSON.parse(out) as CheckJson).annotations.map((a) => a.status), ['orphaned', 'anchored']);
    assert.equal(readFileSync(`${file}.annotations.json`, 'utf8'), before);

    const written = await run(checkCommand, [file, '--write']);
    assert.equal(written.code, 1);
    assert.match(written.out, /1 anchored, 0 fuzzy, 1 orphaned/);
    const stored = sidecar().annotations.find((a) => a.kind === 'fact')!;
    assert.equal(stored.target.start, changed.indexOf('我們去年'));
    assert.equal(stored.target.prefix, changed.slice(0, stored.target.start));
  });

  it('check exits 2 on an invalid sidecar, naming the line, and leaves it untouched', async () => {
    const broken = '{\n  "version": 1,\n  "annotations": [\n<<<<<<< ours\n  ]\n}\n';
    writeFileSync(`${file}.annotations.json`, broken);
    await assert.rejects(run(checkCommand, [file, '--write']), (e: unknown) => e instanceof CliError && e.exitCode === 2 && /:4:1: git conflict marker/.test(e.message));
    assert.equal(readFileSync(`${file}.annotations.json`, 'utf8'), broken);
  });
});
