import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tagCommand } from '../../../../src/cli/commands/tag';
import { analyze } from '../../../../src/core/analysis/analyze';
import { convertDocumentScript } from '../../../../src/core/convert/convertAnnotations';
import { setSpeakerAlias } from '../../../../src/core/sidecar/annotations';
import { decodeSidecar, encodeSidecar } from '../../../../src/core/sidecar/codec';
import { emptySidecar, sidecarPathFor } from '../../../../src/core/sidecar/model';
import { ownEntry } from '../../../../src/core/text/nameTable';
import { runCommand } from '../../../support/cliHarness';

/** Names that are members of every plain object. */
const OBJECT_MEMBER_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

/** A WebVTT file whose cues are spoken by `names` (voice tags take any name). */
function vttSpokenBy(names: readonly string[]): string {
  return 'WEBVTT\n\n' + names.map((name, i) => `00:00:0${i}.000 --> 00:00:0${i}.500\n<v ${name}>We expect revenue to grow 12 percent next year.\n`).join('\n');
}

describe('speaker names that are built-in object members', () => {
  it('are ordinary speakers in the analysis, with or without aliases', () => {
    const text = vttSpokenBy(OBJECT_MEMBER_NAMES);
    for (const speakerAliases of [undefined, {}, emptySidecar().speakerAliases]) {
      const analysis = analyze(text, { format: 'vtt', ...(speakerAliases ? { speakerAliases } : {}) });
      assert.deepEqual(analysis.turns.map((t) => t.speaker), OBJECT_MEMBER_NAMES);
      assert.deepEqual(analysis.claims.map((c) => c.speaker), OBJECT_MEMBER_NAMES);
    }
  });

  it('work as aliases and as canonical names, through the sidecar and back', () => {
    let document = emptySidecar();
    document = setSpeakerAlias(document, '__proto__', 'Ann');
    document = setSpeakerAlias(document, 'constructor', 'toString');
    assert.equal(ownEntry(document.speakerAliases, '__proto__'), 'Ann');
    assert.deepEqual(Object.keys(document.speakerAliases).sort(), ['__proto__', 'constructor']);
    const decoded = decodeSidecar(encodeSidecar(document));
    assert.ok(decoded.ok);
    assert.deepEqual(Object.entries(decoded.document.speakerAliases).sort(), [['__proto__', 'Ann'], ['constructor', 'toString']]);
    const analysis = analyze(vttSpokenBy(['__proto__', 'constructor', 'valueOf']), { format: 'vtt', speakerAliases: decoded.document.speakerAliases });
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Ann', 'toString', 'valueOf']);
    assert.deepEqual(Object.keys(setSpeakerAlias(document, '__proto__', undefined).speakerAliases), ['constructor']);
  });

  it('keep their aliases through a script conversion', async () => {
    const aliases = setSpeakerAlias(setSpeakerAlias(emptySidecar(), '__proto__', '黃仁勳'), 'constructor', '老黃').speakerAliases;
    const converted = await convertDocumentScript('黃仁勳：我們認為這個時代會更好。', [], aliases, 'cn', { from: 't' });
    assert.deepEqual(Object.entries(converted.speakerAliases).sort(), [['__proto__', '黄仁勋'], ['constructor', '老黄']]);
  });
});

describe('CLI tag on a speaker called constructor', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ta-names-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the speaker', async () => {
    const file = join(dir, 'talk.vtt');
    writeFileSync(file, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v constructor>我們去年營收達到420億元。\n\n00:00:03.000 --> 00:00:04.000\n<v toString>我認為明年會更好。\n');
    writeFileSync(sidecarPathFor(file), encodeSidecar(emptySidecar()));
    for (const quote of ['我們去年營收達到420億元。', '我認為明年會更好。']) {
      const run = await runCommand(tagCommand, [file, '--kind', 'fact', '--quote', quote, '--author', 'ann']);
      assert.equal(run.code, 0, run.error);
    }
    const decoded = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.document.annotations.map((a) => a.speaker).sort(), ['constructor', 'toString']);
  });
});
