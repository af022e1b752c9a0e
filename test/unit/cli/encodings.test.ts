import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../../support/cliHarness';
import { fixturePath } from '../../support/fixtures';

const CLI = join(process.cwd(), 'dist', 'cli.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

/** Files made with iconv (test/fixtures/encodings/README.md) and the UTF-8 transcripts they were made from. */
const READ_AS = [
  { file: 'interview-zh-Hans.gbk.txt', source: 'interview-zh-Hans.txt', note: /read it as GBK/ },
  { file: 'article-zh-Hant.big5.txt', source: 'article-zh-Hant.txt', note: /read it as Big5/ },
  { file: 'crlf-surrogates-zh-Hant.gb18030.txt', source: 'crlf-surrogates-zh-Hant.txt', note: /read it as GB18030/ },
  { file: 'interview-zh-Hans.utf16le-bom.txt', source: 'interview-zh-Hans.txt', note: null },
  { file: 'interview-zh-Hans.utf16be-bom.txt', source: 'interview-zh-Hans.txt', note: null },
];

describe('CLI on transcripts in other encodings', function () {
  this.timeout(60_000);
  const dir = useTempDir();

  for (const { file, source, note } of READ_AS) {
    it(`analyzes ${file} exactly as its UTF-8 original${note ? ', with a note saying how it was read' : ''}`, () => {
      const result = run('analyze', fixturePath('encodings', file), '--json');
      assert.equal(result.status, 0, result.stderr);
      const original = run('analyze', fixturePath('transcripts', source), '--json');
      assert.deepEqual(JSON.parse(result.stdout), JSON.parse(original.stdout));
      if (note) assert.match(result.stderr, note);
      else assert.equal(result.stderr, '');
    });
  }

  it('tags and checks a GBK transcript, its offsets those of the decoded text', () => {
    const file = join(dir(), 'gbk.txt');
    copyFileSync(fixturePath('encodings', 'interview-zh-Hans.gbk.txt'), file);
    const tagged = run('tag', file, '--kind', 'forecast', '--quote', '预计会继续增长', '--author', 'x');
    assert.equal(tagged.status, 0, tagged.stderr);
    const sidecar = JSON.parse(readFileSync(`${file}.annotations.json`, 'utf8')) as { annotations: { target: { start: number } }[] };
    const utf8 = readFileSync(fixturePath('transcripts', 'interview-zh-Hans.txt'), 'utf8');
    assert.equal(sidecar.annotations[0]!.target.start, utf8.indexOf('预计会继续增长'));
    const checked = run('check', file);
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stdout, /1 anchored, 0 fuzzy, 0 orphaned/);
  });

  it('reads the encoding given with --encoding, and refuses bytes that are not in it', () => {
    const big5 = fixturePath('encodings', 'topics-zh-Hant.big5.txt');
    const forced = run('analyze', big5, '--encoding', 'big5', '--json');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(forced.stderr, '');
    assert.deepEqual(JSON.parse(forced.stdout), JSON.parse(run('analyze', fixturePath('transcripts', 'topics-zh-Hant.txt'), '--json').stdout));
    const wrong = run('analyze', big5, '--encoding', 'utf-8');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /not valid UTF-8/);
    const unknown = run('analyze', big5, '--encoding', 'ebcdic-klingon');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown encoding 'ebcdic-klingon'/);
  });

  it('says to export a Word document or PDF as plain text instead of calling it binary', () => {
    const docx = run('analyze', fixturePath('encodings', 'interview.docx'));
    assert.equal(docx.status, 2);
    assert.match(docx.stderr, /Word document \(\.docx\), not plain text: export it as plain text/);
    const pdf = join(dir(), 'interview.pdf');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<< >>\nendobj\n')]));
    const result = run('check', pdf);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /PDF document, not plain text/);
  });

  it('converts a GBK transcript only to a new file, written as UTF-8', () => {
    const file = join(dir(), 'gbk.txt');
    copyFileSync(fixturePath('encodings', 'interview-zh-Hans.gbk.txt'), file);
    const inPlace = run('convert', file, '--to', 'tw');
    assert.equal(inPlace.status, 2);
    assert.match(inPlace.stderr, /is GBK; converting writes UTF-8, so give --out/);
    const out = join(dir(), 'tw.txt');
    const converted = run('convert', file, '--to', 'tw', '--out', out);
    assert.equal(converted.status, 0, converted.stderr);
    assert.match(converted.stderr, /written as UTF-8 \(.*was GBK\)/);
    assert.match(readFileSync(out, 'utf8'), /^人民日報記者/);
  });
});
