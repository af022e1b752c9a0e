import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { runCommand, useTempDir } from '../../support/cliHarness';
import { readFixture } from '../../support/fixtures';
import { annotationsOn, writeTranscriptWithSidecar } from '../../support/sidecarFixtures';
import { sidecarPathFor } from '../../../src/core/sidecar/model';
import { copyFileSync, writeFileSync } from 'node:fs';

const TEXT = readFixture('export', 'interview.txt');

describe('CLI agreement', () => {
  const dir = useTempDir();
  const setUp = (): { a: string; b: string; transcript: string } => {
    const transcript = join(dir(), 'interview.txt');
    writeTranscriptWithSidecar(
      transcript,
      TEXT,
      annotationsOn(TEXT, [
        { quote: '我们去年在中国的收入是170亿美元，占总收入的13%。', kind: 'fact' },
        { quote: '我预计明年的需求会翻倍，"H20" 很快就会批下来。', kind: 'forecast' },
        { quote: '我认为这是最好的时代，也是最难的时代。', kind: 'opinion' },
      ]),
    );
    const b = join(dir(), 'bob.annotations.json');
    writeTranscriptWithSidecar(
      join(dir(), 'bob'),
      TEXT,
      annotationsOn(
        TEXT,
        [
          { quote: '我们去年在中国的收入是170亿美元', kind: 'fact' }, // shorter span, same statement
          { quote: '我预计明年的需求会翻倍，"H20" 很快就会批下来。', kind: 'opinion' },
          { quote: 'I expect memory prices to fall by half next year.', kind: 'forecast' },
        ],
        '11111111-0000-4000-8000-',
      ),
    );
    return { a: sidecarPathFor(transcript), b, transcript };
  };

  it('prints a readable report with disagreements by line', async () => {
    const { a, b, transcript } = setUp();
    const run = await runCommand(agreementCommand, [a, b, '--transcript', transcript]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Both tagged: +2 statement\(s\), 1 with the same kind/);
    assert.match(run.stdout, /line 5 +A forecast B opinion/);
    assert.match(run.stdout, /Tagged only by A \(1\)\n +line 7 +opinion/);
    assert.match(run.stdout, /Tagged only by B \(1\)\n +line 13 +forecast/);
  });

  it('prints JSON and fails a --min-kappa gate', async () => {
    const { a, b } = setUp();
    const run = await runCommand(agreementCommand, [a, b, '--json', '--min-kappa', '0.6']);
    assert.equal(run.code, 1);
    const json = JSON.parse(run.stdout) as { counts: { bothTagged: number }; kappa: { value: number }; disagreements: unknown[] };
    assert.equal(json.counts.bothTagged, 2);
    assert.equal(json.disagreements.length, 1);
    assert.equal((await runCommand(agreementCommand, [a, a, '--min-kappa', '0.6'])).code, 0);
  });

  it('refuses an invalid sidecar with exit 2', async () => {
    const { a } = setUp();
    const broken = join(dir(), 'broken.annotations.json');
    writeFileSync(broken, '{"version": 99, "annotations": []}');
    assert.equal((await runCommand(agreementCommand, [a, broken])).code, 2);
  });

  it('shows line numbers without --transcript, from the transcript the first sidecar is named after', async () => {
    const { a, b } = setUp();
    const run = await runCommand(agreementCommand, [a, b]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /line 5 +A forecast B opinion/);
    assert.doesNotMatch(run.stdout, /@\d/);
  });

  it('falls back to offsets when no transcript is beside the sidecars', async () => {
    const { a, b } = setUp();
    const [loneA, loneB] = [join(dir(), 'lone-a.json'), join(dir(), 'lone-b.json')];
    copyFileSync(a, loneA);
    copyFileSync(b, loneB);
    const run = await runCommand(agreementCommand, [loneA, loneB]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /@\d+ +A forecast B opinion/);
    assert.doesNotMatch(run.stdout, /line \d/);
  });
});
