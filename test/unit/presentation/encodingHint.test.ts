import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suggestEncoding } from '../../../src/presentation/encodingHint';
import { fixturePath } from '../../support/fixtures';

const LIMIT = 8_000_000;

/** What the editor shows for bytes read as UTF-8 (invalid sequences become U+FFFD). */
const shownAsUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

describe('suggestEncoding (the editor hint to reopen with an encoding)', () => {
  it("suggests VS Code's id for GBK, Big5, GB18030 and UTF-16 files shown garbled as UTF-8", () => {
    const cases: [string, string, string][] = [
      ['interview-zh-Hans.gbk.txt', 'gbk', 'GBK'],
      ['article-zh-Hant.big5.txt', 'big5hkscs', 'Big5'],
      ['crlf-surrogates-zh-Hant.gb18030.txt', 'gb18030', 'GB18030'],
      ['briefing-en.utf16le-nobom.txt', 'utf16le', 'UTF-16LE'],
    ];
    for (const [file, vscodeId, label] of cases) {
      const bytes = readFileSync(fixturePath('encodings', file));
      assert.deepEqual(suggestEncoding(shownAsUtf8(bytes), bytes, LIMIT), { vscodeId, label }, file);
    }
  });

  it('suggests nothing for a file that shows fine, or whose bytes are in no encoding it knows', () => {
    const utf8 = readFileSync(fixturePath('transcripts', 'interview-zh-Hans.txt'));
    assert.equal(suggestEncoding(shownAsUtf8(utf8), utf8, LIMIT), undefined);
    const gbk = readFileSync(fixturePath('encodings', 'interview-zh-Hans.gbk.txt'));
    assert.equal(suggestEncoding('人民日报记者：请问', gbk, LIMIT), undefined, 'already reopened correctly');
    const latin1 = readFileSync(fixturePath('encodings', 'french.latin1.txt'));
    assert.equal(suggestEncoding(shownAsUtf8(latin1), latin1, LIMIT), undefined);
  });
});
