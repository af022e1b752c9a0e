import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeDriverCommand } from '../../../src/cli/commands/mergeDriver';
import { CliError } from '../../../src/cli/io';
import { createAnnotation, putAnnotation } from '../../../src/core/sidecar/annotations';
import { decodeSidecar, encodeSidecar } from '../../../src/core/sidecar/codec';
import { emptySidecar } from '../../../src/core/sidecar/model';

const TEXT = '甲：今天天氣很好。\n乙：明天會下雨。\n';
const tagged = (quote: string, id: string) =>
  encodeSidecar(putAnnotation(emptySidecar(), createAnnotation({ text: TEXT, span: { start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length }, kind: 'fact', author: 'x', id, now: new Date(0) })));

describe('merge-driver command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'merge-driver-unit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const files = (base: string, ours: string, theirs: string): string[] => {
    const paths = ['base', 'ours', 'theirs'].map((name) => join(dir, name));
    [base, ours, theirs].forEach((content, i) => writeFileSync(paths[i]!, content));
    return paths;
  };
  const run = (argv: string[]) => mergeDriverCommand.run(argv, { write: () => undefined });

  it('merges an add/add (git passes an empty ancestor) cleanly into %A', async () => {
    const [base, ours, theirs] = files('', tagged('今天天氣很好', 'a'), tagged('明天會下雨', 'b'));
    assert.equal(await run([base!, ours!, theirs!]), 0);
    const merged = decodeSidecar(readFileSync(ours!, 'utf8'));
    assert.ok(merged.ok);
    assert.deepEqual(merged.document.annotations.map((a) => a.id), ['a', 'b']);
  });

  it('refuses with exit 2, leaving %A as it was, when a side does not parse', async () => {
    const oursText = tagged('今天天氣很好', 'a');
    const [base, ours, theirs] = files('', oursText, '{ "version": 1, "annotations": [ }');
    await assert.rejects(run([base!, ours!, theirs!]), (e: unknown) => e instanceof CliError && e.exitCode === 2 && /theirs version/.test(e.message));
    assert.equal(readFileSync(ours!, 'utf8'), oursText);
  });
});
