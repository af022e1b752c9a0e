import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { importCommand } from '../../../src/cli/commands/import';
import { decodeSidecar } from '../../../src/core/sidecar/codec';
import { sidecarPathFor } from '../../../src/core/sidecar/model';
import { parseCsv } from '../../../src/core/export/csv';
import { runCommand, useTempDir } from '../../support/cliHarness';
import { readFixture } from '../../support/fixtures';
import { validateShape } from '../../support/jsonShape';
import { annotationsOn, writeTranscriptWithSidecar } from '../../support/sidecarFixtures';

const TEXT = readFixture('export', 'interview.txt');
const TAGS = [
  { quote: '我们去年在中国的收入是170亿美元，占总收入的13%。', kind: 'fact', speaker: '黄仁勋', topic: '芯片出口', note: 'verdict: False\n财报是 171 亿' },
  { quote: '我预计明年的需求会翻倍，"H20" 很快就会批下来。', kind: 'forecast', speaker: '黄仁勋', topic: '芯片出口' },
  { quote: '我认为这是最好的时代，也是最难的时代。', kind: 'opinion', speaker: '黄仁勋', topic: '芯片出口', note: 'a, "quoted"\nnote' },
  { quote: 'Our software already runs on 4 million GPUs, with 80 GB of memory each.', kind: 'fact', speaker: 'Jensen', topic: 'Software' },
] as const;

const webAnnotationSchema = JSON.parse(readFixture('schemas', 'web-annotation.schema.json')) as Record<string, unknown>;
const claimReviewSchema = JSON.parse(readFixture('schemas', 'claimreview.schema.json')) as Record<string, unknown>;

describe('CLI export and import', () => {
  const dir = useTempDir();
  const setUp = (): string => {
    const file = join(dir(), 'interview.txt');
    writeTranscriptWithSidecar(file, TEXT, annotationsOn(TEXT, TAGS));
    return file;
  };

  it('exports csv to stdout', async () => {
    const file = setUp();
    const run = await runCommand(exportCommand, [file, '--format', 'csv']);
    assert.equal(run.code, 0);
    const rows = parseCsv(run.stdout);
    assert.equal(rows.length, 5);
    assert.deepEqual(rows[3]!.slice(0, 8), ['opinion', '黄仁勋', '芯片出口', '我认为这是最好的时代，也是最难的时代。', 'a, "quoted"\nnote', 'lin', 'anchored', '7']);
  });

  it('exports markdown to a file with links relative to it', async () => {
    const file = setUp();
    const out = join(dir(), 'report.md');
    const run = await runCommand(exportCommand, [file, '--format', 'markdown', '--out', out]);
    assert.equal(run.code, 0);
    const report = readFileSync(out, 'utf8');
    assert.ok(report.includes('[line 4](interview.txt#L4)'));
    assert.match(report, /4 annotations: 2 fact, 1 forecast, 1 opinion\./);
  });

  it('exports w3c and claimreview that validate, and reports moved annotations where they are now', async () => {
    const file = setUp();
    // Someone inserts a line above everything: exports follow the re-anchored positions.
    writeFileSync(file, `新的一行\n${TEXT}`);
    const w3c = JSON.parse((await runCommand(exportCommand, [file, '--format', 'w3c'])).stdout) as { first: { items: { target: { selector: { start?: number; exact?: string }[] } }[] } };
    assert.deepEqual(validateShape(w3c, webAnnotationSchema), []);
    assert.equal(w3c.first.items[0]!.target.selector[1]!.start, `新的一行\n${TEXT}`.indexOf(TAGS[0].quote));
    const claimReview = JSON.parse((await runCommand(exportCommand, [file, '--format', 'claimreview'])).stdout) as { '@graph': { reviewRating?: { alternateName: string } }[] };
    assert.deepEqual(validateShape(claimReview, claimReviewSchema), []);
    assert.equal(claimReview['@graph'].length, 3);
    assert.equal(claimReview['@graph'][0]!.reviewRating!.alternateName, 'False');
  });

  it('refuses an unknown format and an unreadable sidecar', async () => {
    const file = setUp();
    assert.equal((await runCommand(exportCommand, [file, '--format', 'xml'])).code, 2);
    writeFileSync(sidecarPathFor(file), '{ "version": 1, <<<<<<< HEAD');
    const run = await runCommand(exportCommand, [file, '--format', 'csv']);
    assert.equal(run.code, 2);
    assert.match(run.error!, /annotations\.json:\d+:\d+/);
  });

  it('round-trips: export w3c, import into a copy, same annotations', async () => {
    const file = setUp();
    const exported = join(dir(), 'annotations.jsonld');
    assert.equal((await runCommand(exportCommand, [file, '--format', 'w3c', '--out', exported])).code, 0);
    const copy = join(dir(), 'copy.txt');
    copyFileSync(file, copy);
    const run = await runCommand(importCommand, ['--format', 'w3c', exported, '--into', copy]);
    assert.equal(run.code, 0, run.stdout + (run.error ?? ''));
    assert.match(run.stdout, /imported 4 annotation\(s\): 4 anchored, 0 fuzzy, 0 not found/);
    const original = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
    const imported = decodeSidecar(readFileSync(sidecarPathFor(copy), 'utf8'));
    assert.ok(original.ok && imported.ok);
    assert.deepEqual(imported.document.annotations, original.document.annotations);
    // Importing again replaces by id: still four.
    await runCommand(importCommand, ['--format', 'w3c', exported, '--into', copy]);
    const again = decodeSidecar(readFileSync(sidecarPathFor(copy), 'utf8'));
    assert.ok(again.ok);
    assert.equal(again.document.annotations.length, 4);
  });

  it('import, run as a process, keeps a different tag that has the same id and imports under a new id, saying which', async function () {
    this.timeout(30_000);
    const file = setUp();
    const exported = join(dir(), 'annotations.jsonld');
    assert.equal((await runCommand(exportCommand, [file, '--format', 'w3c', '--out', exported])).code, 0);
    // Locally, the first tag's note and kind change after the export.
    const before = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
    assert.ok(before.ok);
    const [first, ...rest] = before.document.annotations;
    const edited = { ...first!, kind: 'opinion' as const, note: 'my newer note' };
    writeTranscriptWithSidecar(file, TEXT, [edited, ...rest]);
    const cli = join(process.cwd(), 'dist', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'import', '--format', 'w3c', exported, '--into', file], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const after = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
    assert.ok(after.ok);
    assert.equal(after.document.annotations.length, 5);
    assert.deepEqual(after.document.annotations.find((a) => a.id === first!.id), edited, 'the local tag is not overwritten');
    const copy = after.document.annotations.find((a) => !before.document.annotations.some((b) => b.id === a.id));
    assert.ok(copy);
    assert.equal(copy.kind, first!.kind);
    assert.equal(copy.note, first!.note);
    assert.ok(run.stdout.includes(`imported ${first!.id} as ${copy.id}: a different annotation with id ${first!.id} is already in the sidecar`), run.stdout);
    for (const same of rest) assert.ok(run.stdout.includes(`${same.id}: already in the sidecar, left unchanged`), run.stdout);
    // Importing again adds nothing more.
    const again = spawnSync(process.execPath, [cli, 'import', '--format', 'w3c', exported, '--into', file], { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    const final = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
    assert.ok(final.ok);
    assert.equal(final.document.annotations.length, 5);
    assert.ok(again.stdout.includes(`${first!.id}: already in the sidecar as ${copy.id}, left unchanged`), again.stdout);
  });

  it('import reports what it skipped and exits 1', async () => {
    const file = setUp();
    const foreign = join(dir(), 'foreign.jsonld');
    writeFileSync(foreign, JSON.stringify([{ type: 'Annotation', id: 'https://x.org/1', bodyValue: 'hello', target: 'https://x.org/page' }]));
    const run = await runCommand(importCommand, ['--format', 'w3c', foreign, '--into', file]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /skipped annotation 1 \(https:\/\/x.org\/1\): no body gives a kind/);
  });
});
