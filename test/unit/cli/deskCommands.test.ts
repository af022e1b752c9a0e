import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListJson } from '../../../src/cli/commands/list';
import { listCommand } from '../../../src/cli/commands/list';
import { retagCommand } from '../../../src/cli/commands/retag';
import { decodeSidecar } from '../../../src/core/sidecar/codec';
import { sidecarPathFor, type SidecarDocument } from '../../../src/core/sidecar/model';
import { runCommand, useTempDir } from '../../support/cliHarness';
import { annotationsOn, writeTranscriptWithSidecar } from '../../support/sidecarFixtures';

const TEXT = '[00:00:05] 林雅婷：今年的出貨情況如何？\n[00:01:23] 陳立文：我們去年營收達到420億元。\n';

describe('CLI: the desk fields through retag and list', function () {
  this.timeout(30_000);
  const dir = useTempDir();
  let file: string;
  beforeEach(() => {
    file = join(dir(), 'talk.txt');
    writeTranscriptWithSidecar(file, TEXT, annotationsOn(TEXT, [{ quote: '我們去年營收達到420億元。', kind: 'fact' }]));
  });
  const stored = (): SidecarDocument => {
    const decoded = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
    assert.ok(decoded.ok);
    return decoded.document;
  };

  it('sets a verdict, a status (with who) and a source, and removes them again', async () => {
    const result = await runCommand(retagCommand, [file, '--quote', '420億元', '--verdict', '2/5 Mostly false', '--status', 'Checked', '--author', 'Bo', '--source', 'https://example.org/report', '--source-title', '年報']);
    assert.equal(result.code, 0, result.error);
    assert.match(result.stdout, /verdict Mostly false \(2\/5\), status Checked, 1 source/);
    const tag = stored().annotations[0]!;
    assert.deepEqual(tag.verdict, { label: 'Mostly false', rating: { value: 2, best: 5 } });
    assert.deepEqual([tag.status?.value, tag.status?.by], ['Checked', 'Bo']);
    assert.deepEqual(tag.sources, [{ url: 'https://example.org/report', title: '年報' }]);
    await runCommand(retagCommand, [file, '--quote', '420億元', '--verdict', '', '--status', '']);
    assert.deepEqual([stored().annotations[0]!.verdict, stored().annotations[0]!.status], [undefined, undefined]);
  });

  it('refuses a source that is not http(s), changing nothing', async () => {
    const before = readFileSync(sidecarPathFor(file), 'utf8');
    const result = await runCommand(retagCommand, [file, '--quote', '420億元', '--source', 'javascript:alert(1)']);
    assert.equal(result.code, 2);
    assert.match(result.error ?? '', /--source must be an http:\/\/ or https:\/\/ address/);
    assert.equal(readFileSync(sidecarPathFor(file), 'utf8'), before);
  });

  it('lists the time in the recording, the verdict and the status, as text and JSON', async () => {
    await runCommand(retagCommand, [file, '--quote', '420億元', '--verdict', 'False', '--status', 'Checking', '--author', 'Bo']);
    const json = JSON.parse((await runCommand(listCommand, [file, '--json'])).stdout) as ListJson;
    const [tag] = json.annotations;
    assert.deepEqual([tag!.time, tag!.verdict, tag!.checkStatus?.value, tag!.status], ['00:01:23', { label: 'False' }, 'Checking', 'anchored']);
    const text = await runCommand(listCommand, [file]);
    assert.match(text.stdout, /at 00:01:23; by lin; verdict False; status Checking \(Bo\)/);
    writeFileSync(file, TEXT.replace(/\[[\d:]+\] /g, ''));
    const untimed = JSON.parse((await runCommand(listCommand, [file, '--json'])).stdout) as ListJson;
    assert.equal(untimed.annotations[0]!.time, null);
  });
});
