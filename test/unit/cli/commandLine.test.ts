import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/analyze';
import { analysisToJson } from '../../../src/core/analysis/json';
import { LineIndex } from '../../../src/core/text/positions';
import { useTempDir } from '../../support/cliHarness';
import { fixturePath, readFixture } from '../../support/fixtures';
import { annotationsOn, writeTranscriptWithSidecar } from '../../support/sidecarFixtures';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const COMMANDS = ['analyze', 'tag', 'retag', 'untag', 'list', 'check', 'export', 'import', 'convert', 'agreement', 'merge-driver'];

function run(args: readonly string[], cwd?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', ...(cwd ? { cwd } : {}) });
}

/** Exit 2 with one line on stderr matching `reason`, and nothing on stdout. */
function assertUsageError(result: ReturnType<typeof run>, reason: RegExp): void {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, reason);
}

describe('CLI command line', function () {
  this.timeout(60_000);
  const dir = useTempDir();
  const transcript = fixturePath('transcripts', 'interview-zh-Hans.txt');

  it('gives every command a --help (and -h) on stdout with exit 0', () => {
    for (const [i, name] of COMMANDS.entries()) {
      const flag = i % 2 ? '-h' : '--help';
      const result = run([name, flag]);
      assert.equal(result.status, 0, `${name} ${flag}: ${result.stderr}`);
      assert.match(result.stdout, new RegExp(`^Usage: transcript-annotator ${name} `), name);
      assert.match(result.stdout, /--help, -h/);
    }
    const overall = run(['--help']);
    assert.equal(overall.status, 0);
    for (const name of COMMANDS) assert.match(overall.stdout, new RegExp(`^  ${name} `, 'm'));
  });

  it('prints the package version for --version', () => {
    const result = run(['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('refuses an unknown option, suggesting the nearest one', () => {
    assertUsageError(run(['analyze', transcript, '--jsn']), /analyze: unknown option --jsn \(did you mean --json\?\)/);
    assertUsageError(run(['check', transcript, '--wrte']), /unknown option --wrte \(did you mean --write\?\)/);
    assertUsageError(run(['tag', transcript, '--xyzzy', 'x']), /unknown option --xyzzy; see/);
    assertUsageError(run(['anlyze', transcript]), /unknown command 'anlyze' \(did you mean analyze\?\)/);
  });

  it('never takes the next option as a value; --opt=VALUE gives a value that starts with a dash', () => {
    const file = join(dir(), 'talk.txt');
    writeFileSync(file, '主持人：今年增长多少？\n王部长：-5% 左右。\n');
    assertUsageError(run(['tag', file, '--kind', 'fact', '--quote', '--author', 'x']), /--quote needs a value, but is followed by an option.*--quote=VALUE/);
    assertUsageError(run(['tag', file, '--kind']), /--kind needs a value/);
    const tagged = run(['tag', file, '--kind', 'fact', '--quote=-5%', '--author', 'x']);
    assert.equal(tagged.status, 0, tagged.stderr);
    assert.match(tagged.stdout, /tagged fact at 2:5/);
  });

  it('treats everything after -- as arguments, and refuses surplus ones', () => {
    writeFileSync(join(dir(), '--json'), '主持人：你好。\n');
    const result = run(['analyze', '--', '--json'], dir());
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^--json\n\nSpeakers \(1\)/);
    assertUsageError(run(['analyze', transcript, transcript]), /unexpected argument '.*interview-zh-Hans\.txt' \(it takes <file>\)/);
    assertUsageError(run(['check']), /check: missing <file>/);
    assertUsageError(run(['analyze', transcript, '--json=yes']), /--json takes no value/);
  });

  it('streams analyze --json: the same document as analysisToJson', () => {
    const result = run(['analyze', transcript, '--json', '--min-confidence', '0']);
    assert.equal(result.status, 0, result.stderr);
    const text = readFixture('transcripts', 'interview-zh-Hans.txt');
    const expected = analysisToJson(analyze(text, {}, transcript), new LineIndex(text));
    assert.deepEqual(JSON.parse(result.stdout), JSON.parse(JSON.stringify(expected)));
  });

  it('prints --ndjson as one typed object per line, with the same items', () => {
    const result = run(['analyze', fixturePath('transcripts', 'panel.md'), '--ndjson', '--min-confidence', '0']);
    assert.equal(result.status, 0, result.stderr);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(records[0], { type: 'analysis', version: 1 });
    const text = readFixture('transcripts', 'panel.md');
    const expected = analysisToJson(analyze(text, {}, 'panel.md'), new LineIndex(text));
    const ofType = (type: string) => records.filter((r) => r['type'] === type).map(({ type: _type, ...rest }) => rest);
    assert.deepEqual(ofType('claim'), JSON.parse(JSON.stringify(expected.claims)));
    assert.deepEqual(ofType('turn'), JSON.parse(JSON.stringify(expected.turns)));
    assert.deepEqual(
      ofType('topic').map((t) => [t['title'], t['path']]),
      [['Panel on AI chips', []], ['Summary', ['Panel on AI chips']], ['Supply chain pressure', ['Panel on AI chips']], ['Talent and training', ['Panel on AI chips']]],
    );
  });

  it('ends quietly when the reader of its output goes away (analyze | head)', () => {
    const file = join(dir(), 'long.txt');
    writeFileSync(file, readFixture('transcripts', 'interview-zh-Hans.txt').repeat(400));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze "${file}" --json | head -c 100 > /dev/null`], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
  });

  it('prints control characters from a sidecar escaped, in check, list, agreement and error lines', () => {
    const file = join(dir(), 'talk.txt');
    const text = '主持人：\x1b[2J清屏了吗？\n王部长：\u009b31m红色\u202e文字。\n';
    writeTranscriptWithSidecar(file, text, annotationsOn(text, [{ quote: '\x1b[2J清屏了吗？', kind: 'fact', note: 'a\x07bell' }, { quote: '\u009b31m红色\u202e文字。', kind: 'opinion' }]));
    const other = join(dir(), 'other.annotations.json');
    writeTranscriptWithSidecar(join(dir(), 'other'), text, annotationsOn(text, [{ quote: '\x1b[2J清屏了吗？', kind: 'opinion' }]));
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/;
    for (const args of [['check', file], ['check', file, '--json'], ['list', file], ['list', file, '--json'], ['agreement', `${file}.annotations.json`, other]]) {
      const result = run(args);
      assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.doesNotMatch(result.stdout, raw, args.join(' '));
      assert.match(result.stdout, /\\u001b\[2J|\\u009b31m/, args.join(' '));
    }
    const json = JSON.parse(run(['list', file, '--json']).stdout) as { annotations: { exact: string; note: string | null }[] };
    assert.deepEqual(json.annotations.map((a) => a.exact), ['\x1b[2J清屏了吗？', '\u009b31m红色\u202e文字。']);
    assert.equal(json.annotations[0]!.note, 'a\x07bell');
    const error = run(['untag', file, '--quote', 'nowhere\x1b[31m']);
    assert.equal(error.status, 1);
    assert.doesNotMatch(error.stderr, raw);
  });
});
