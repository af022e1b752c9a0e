import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { isSafeRef } from '../../../src/cli/git';
import { encodeSidecar } from '../../../src/core/sidecar/codec';
import { emptySidecar, sidecarPathFor } from '../../../src/core/sidecar/model';
import { runCommand, useTempDir } from '../../support/cliHarness';
import { readFixture } from '../../support/fixtures';
import { annotationsOn, writeTranscriptWithSidecar } from '../../support/sidecarFixtures';

const TEXT = readFixture('export', 'interview.txt');
const revenue = '我们去年在中国的收入是170亿美元，占总收入的13%。';
const demand = '我预计明年的需求会翻倍，"H20" 很快就会批下来。';
const era = '我认为这是最好的时代，也是最难的时代。';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

interface ReportJson {
  a: string;
  b: string;
  counts: { a: number; b: number; bothTagged: number; sameKind: number };
  disagreements: { a: { kind: string }; b: { kind: string } }[];
}

describe('CLI agreement against a git commit, and between two authors of one sidecar', () => {
  const dir = useTempDir();

  /** A repository where the sidecar's first commit has Lin's tags and the working copy has Lin's changed tags beside Bob's. */
  function setUp(): { transcript: string; sidecar: string; first: string } {
    const transcript = join(dir(), 'talks', 'interview.txt');
    mkdirSync(join(dir(), 'talks'));
    git(dir(), 'init', '-q');
    writeTranscriptWithSidecar(transcript, TEXT, annotationsOn(TEXT, [{ quote: revenue, kind: 'fact' }, { quote: demand, kind: 'forecast' }]));
    git(dir(), 'add', '.');
    git(dir(), 'commit', '-q', '-m', 'first tags');
    const first = git(dir(), 'rev-parse', 'HEAD');
    const lin = annotationsOn(TEXT, [{ quote: revenue, kind: 'fact' }, { quote: demand, kind: 'opinion' }, { quote: era, kind: 'opinion' }]);
    const bob = annotationsOn(TEXT, [{ quote: revenue, kind: 'fact', author: 'bob' }, { quote: demand, kind: 'forecast', author: 'bob' }], '22222222-0000-4000-8000-');
    writeFileSync(sidecarPathFor(transcript), encodeSidecar({ ...emptySidecar(), annotations: [...lin, ...bob] }));
    git(dir(), 'commit', '-q', '-am', 'more tags');
    return { transcript, sidecar: sidecarPathFor(transcript), first };
  }

  it('compares the sidecar with itself at another commit (HEAD~1, a hash), read with git show', async () => {
    const { sidecar, first } = setUp();
    for (const ref of ['HEAD~1', first, first.slice(0, 10)]) {
      const run = await runCommand(agreementCommand, [sidecar, '--against', ref, '--author-a', 'lin', '--json']);
      assert.equal(run.code, 0, run.error);
      const json = JSON.parse(run.stdout) as ReportJson;
      assert.equal(json.b, `${sidecar} at ${ref}`);
      assert.deepEqual([json.counts.a, json.counts.b, json.counts.bothTagged, json.counts.sameKind], [3, 2, 2, 1]);
      assert.deepEqual(json.disagreements.map((d) => [d.a.kind, d.b.kind]), [['opinion', 'forecast']]);
    }
    // The tests run inside another repository (this project's): the repository used is the file's.
    const ownRepository = await runCommand(agreementCommand, [sidecar, '--against', 'HEAD', '--author-a', 'bob', '--author-b', 'bob', '--json']);
    assert.equal((JSON.parse(ownRepository.stdout) as ReportJson).counts.sameKind, 2);
  });

  it('compares two authors within one sidecar', async () => {
    const { sidecar } = setUp();
    const run = await runCommand(agreementCommand, [sidecar, '--author-a', 'lin', '--author-b', 'bob']);
    assert.equal(run.code, 0, run.error);
    assert.match(run.stdout, /A = .*interview\.txt\.annotations\.json \(lin\)/u);
    assert.match(run.stdout, /Both tagged: +2 statement\(s\), 1 with the same kind/u);
    assert.match(run.stdout, /Tagged only by A \(1\)/u);
  });

  it('refuses with exit 2 and a reason: no git repository, an unknown ref, a file not in that commit, an unsafe ref, an unknown author', async () => {
    const { sidecar } = setUp();
    const outside = join(dir(), '..', `${dir().split(/[\\/]/u).pop()}-outside.annotations.json`);
    const loneDir = join(dir(), 'talks');
    const cases: [string[], RegExp][] = [
      [[sidecar, '--against', 'no-such-branch'], /no branch, tag or commit 'no-such-branch'/u],
      [[sidecar, '--against=--output=/tmp/x'], /not a branch, tag or commit name/u],
      [[sidecar, '--against', 'HEAD:other'], /not a branch, tag or commit name/u],
      [[sidecar, '--author-a', 'lin', '--author-b', 'carol'], /no tags by 'carol' \(authors: lin, bob\)/u],
      [[sidecar], /compare with what\?/u],
      [[sidecar, sidecar, '--against', 'HEAD'], /not both/u],
    ];
    const late = join(loneDir, 'late.txt');
    writeTranscriptWithSidecar(late, TEXT, annotationsOn(TEXT, [{ quote: revenue, kind: 'fact' }]));
    cases.push([[sidecarPathFor(late), '--against', 'HEAD'], /does not exist in HEAD/u]);
    for (const [argv, reason] of cases) {
      const run = await runCommand(agreementCommand, argv);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.error ?? '', reason);
    }
    writeFileSync(outside, encodeSidecar({ ...emptySidecar(), annotations: annotationsOn(TEXT, [{ quote: revenue, kind: 'fact' }]) }));
    try {
      const run = await runCommand(agreementCommand, [outside, '--against', 'HEAD']);
      assert.equal(run.code, 2);
      assert.match(run.error ?? '', /not in a git repository/u);
    } finally {
      execFileSync('rm', ['-f', outside]);
    }
  });

  it('accepts branch, tag and commit names and refuses options, paths, ranges and whitespace as refs', () => {
    for (const ref of ['main', 'origin/main', 'v1.0', 'HEAD~2', 'HEAD^', 'a1b2c3d', 'feature/x-y_z']) assert.ok(isSafeRef(ref), ref);
    for (const ref of ['', '-p', '--exec=x', 'HEAD:file', 'a..b', 'a b', 'main\n', '.hidden', 'x.lock', 'x/', '@{-1}']) assert.ok(!isSafeRef(ref), JSON.stringify(ref));
  });
});
