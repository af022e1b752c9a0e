import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertCommand } from '../../../src/cli/commands/convert';
import { Reanchorer } from '../../../src/core/anchoring/reanchor';
import { decodeSidecar } from '../../../src/core/sidecar/codec';
import { sidecarPathFor, type SidecarDocument } from '../../../src/core/sidecar/model';
import { runCommand, useTempDir } from '../../support/cliHarness';
import { annotationsOn, writeTranscriptWithSidecar } from '../../support/sidecarFixtures';
import { TWENTY_SOURCE as SOURCE, TWENTY_STATEMENTS as STATEMENTS } from '../../support/convertTwenty';


function readBack(file: string): { text: string; sidecar: SidecarDocument } {
  const decoded = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
  assert.ok(decoded.ok, 'the sidecar parses');
  return { text: readFileSync(file, 'utf8'), sidecar: decoded.document };
}

/** All twenty re-anchor as `anchored`, exactly where stored, and each quote is the converted slice. */
function assertTwentyAnchored(file: string): { text: string; sidecar: SidecarDocument } {
  const { text, sidecar } = readBack(file);
  assert.equal(sidecar.annotations.length, 20);
  const results = new Reanchorer(text).anchorAll(sidecar.annotations.map((a) => a.target));
  sidecar.annotations.forEach((a, i) => {
    assert.equal(results[i]!.status, 'anchored', `annotation ${i} is anchored`);
    assert.deepEqual(results[i]!.span, { start: a.target.start, end: a.target.end }, `annotation ${i} where it is stored`);
    assert.equal(text.slice(a.target.start, a.target.end), a.target.exact, `annotation ${i}: quote equals the slice`);
  });
  return { text, sidecar };
}

describe('CLI convert', () => {
  const dir = useTempDir();
  const setUp = (): string => {
    const file = join(dir(), 'interview.txt');
    const tags = STATEMENTS.map((quote, i) => ({ quote, kind: (['fact', 'forecast', 'opinion'] as const)[i % 3]!, speaker: '黄仁勋', topic: '访谈：软件与硬件' }));
    writeTranscriptWithSidecar(file, SOURCE, annotationsOn(SOURCE, tags), { 老黄: '黄仁勋' });
    return file;
  };

  it('keeps twenty tags anchored exactly through Simplified → Taiwan (phrases) → Simplified, in place', async () => {
    const file = setUp();
    const toTaiwan = await runCommand(convertCommand, [file, '--to', 'twp']);
    assert.equal(toTaiwan.code, 0, toTaiwan.error);
    assert.match(toTaiwan.stdout, /converted from Simplified to Traditional Chinese \(Taiwan, with Taiwanese phrases\); 20 annotation\(s\) carried \(20 anchored exactly/);
    const taiwan = assertTwentyAnchored(file);
    assert.ok(taiwan.text.includes('記憶體') && taiwan.text.includes('程式設計師'));
    assert.notEqual(taiwan.text.length, SOURCE.length);
    assert.equal(taiwan.sidecar.annotations[1]!.target.exact, '今天我們聊聊軟體、記憶體和程式設計師。');
    assert.equal(taiwan.sidecar.annotations[0]!.speaker, '黃仁勳');
    assert.deepEqual(taiwan.sidecar.speakerAliases, { 老黃: '黃仁勳' });

    const back = await runCommand(convertCommand, [file, '--to', 'cn', '--from', 'twp']);
    assert.equal(back.code, 0, back.error);
    const simplified = assertTwentyAnchored(file);
    assert.equal(simplified.text, SOURCE);
    const inDocumentOrder = [...STATEMENTS].sort((x, y) => SOURCE.indexOf(x) - SOURCE.indexOf(y));
    assert.deepEqual(simplified.sidecar.annotations.map((a) => a.target.exact), inDocumentOrder);

    // Again, with the default way back (characters only).
    await runCommand(convertCommand, [file, '--to', 'twp']);
    assert.equal((await runCommand(convertCommand, [file, '--to', 'cn'])).code, 0);
    assert.ok(assertTwentyAnchored(file).text.includes('记忆体'));
  });

  it('writes a converted copy with --out and leaves the original alone', async () => {
    const file = setUp();
    const before = readFileSync(sidecarPathFor(file), 'utf8');
    const copy = join(dir(), 'interview.zh-Hant.txt');
    const run = await runCommand(convertCommand, [file, '--to', 'hk', '--out', copy]);
    assert.equal(run.code, 0, run.error);
    assert.equal(readFileSync(file, 'utf8'), SOURCE);
    assert.equal(readFileSync(sidecarPathFor(file), 'utf8'), before);
    assertTwentyAnchored(copy);
  });

  it('leaves both files untouched when the sidecar does not parse', async () => {
    const file = setUp();
    writeFileSync(sidecarPathFor(file), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n');
    const run = await runCommand(convertCommand, [file, '--to', 'tw']);
    assert.equal(run.code, 2);
    assert.equal(readFileSync(file, 'utf8'), SOURCE);
  });

  it('refuses unknown targets', async () => {
    const file = setUp();
    assert.equal((await runCommand(convertCommand, [file, '--to', 'jp'])).code, 2);
  });
});
