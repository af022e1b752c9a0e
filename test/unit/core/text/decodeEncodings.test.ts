import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTranscript, guessLegacyEncoding } from '../../../../src/core/text/decode';

const ENCODINGS = join(process.cwd(), 'test', 'fixtures', 'encodings');
const TRANSCRIPTS = join(process.cwd(), 'test', 'fixtures', 'transcripts');

/** Fixture made by iconv (see test/fixtures/encodings/README.md) and the UTF-8 transcript it was made from. */
const CASES = [
  { file: 'interview-zh-Hans.gbk.txt', source: 'interview-zh-Hans.txt', encoding: 'gbk', guessed: true },
  { file: 'article-zh-Hant.gbk.txt', source: 'article-zh-Hant.txt', encoding: 'gbk', guessed: true },
  { file: 'article-zh-Hant.big5.txt', source: 'article-zh-Hant.txt', encoding: 'big5', guessed: true },
  { file: 'topics-zh-Hant.big5.txt', source: 'topics-zh-Hant.txt', encoding: 'big5', guessed: true },
  { file: 'crlf-surrogates-zh-Hant.gb18030.txt', source: 'crlf-surrogates-zh-Hant.txt', encoding: 'gb18030', guessed: true },
  { file: 'interview-zh-Hans.utf16le-bom.txt', source: 'interview-zh-Hans.txt', encoding: 'utf-16le', guessed: false },
  { file: 'interview-zh-Hans.utf16be-bom.txt', source: 'interview-zh-Hans.txt', encoding: 'utf-16be', guessed: false },
  { file: 'briefing-en.utf16le-nobom.txt', source: 'briefing-en.txt', encoding: 'utf-16le', guessed: true },
];

describe('decodeTranscript on files saved in other encodings (made with iconv)', () => {
  for (const { file, source, encoding, guessed } of CASES) {
    it(`reads ${file} as ${encoding}, to the same text as the UTF-8 original`, () => {
      const result = decodeTranscript(readFileSync(join(ENCODINGS, file)));
      assert.ok(result.ok, result.ok ? '' : result.reason);
      assert.equal(result.encoding, encoding);
      assert.equal(result.guessed, guessed);
      assert.equal(result.text, readFileSync(join(TRANSCRIPTS, source), 'utf8'));
    });
  }

  it('drops the UTF-16 BOM, as the editor does', () => {
    const result = decodeTranscript(readFileSync(join(ENCODINGS, 'interview-zh-Hans.utf16le-bom.txt')));
    assert.ok(result.ok);
    assert.equal(result.hadBom, true);
    assert.notEqual(result.text.charCodeAt(0), 0xfeff);
  });

  it('refuses Latin-1 rather than guessing a Chinese encoding', () => {
    const result = decodeTranscript(readFileSync(join(ENCODINGS, 'french.latin1.txt')));
    assert.ok(!result.ok);
    assert.match(result.reason, /not valid UTF-8/);
  });

  it('refuses UTF-8 that was cut mid-character instead of reading it as GBK mojibake', () => {
    const utf8 = readFileSync(join(TRANSCRIPTS, 'article-zh-Hant.txt'));
    const cut = utf8.subarray(0, utf8.indexOf(Buffer.from('記者', 'utf8'), 10) + 2);
    assert.equal(guessLegacyEncoding(cut), undefined);
    assert.ok(!decodeTranscript(cut).ok);
  });

  it('tells a Word document and a PDF from binary data, saying to export plain text', () => {
    const docx = decodeTranscript(readFileSync(join(ENCODINGS, 'interview.docx')));
    assert.ok(!docx.ok && /Word document.*plain text/.test(docx.reason), docx.ok ? '' : docx.reason);
    const pdf = decodeTranscript(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'));
    assert.ok(!pdf.ok && /PDF document.*plain text/.test(pdf.reason), pdf.ok ? '' : pdf.reason);
  });

  it('reads the encoding it is told, and says when the bytes are not in it', () => {
    const gbk = readFileSync(join(ENCODINGS, 'interview-zh-Hans.gbk.txt'));
    const forced = decodeTranscript(gbk, undefined, { encoding: 'GB18030' });
    assert.ok(forced.ok && forced.encoding === 'gb18030' && !forced.guessed);
    assert.equal(forced.text, readFileSync(join(TRANSCRIPTS, 'interview-zh-Hans.txt'), 'utf8'));
    const wrong = decodeTranscript(gbk, undefined, { encoding: 'utf-8' });
    assert.ok(!wrong.ok && /not valid UTF-8/.test(wrong.reason));
    const unknown = decodeTranscript(gbk, undefined, { encoding: 'klingon' });
    assert.ok(!unknown.ok && /unknown encoding 'klingon'/.test(unknown.reason));
  });

  it('names UTF-32 from its BOM instead of reading UTF-32LE as NUL-riddled UTF-16LE', () => {
    const utf32le = (text: string): number[] => [...text].flatMap((char) => {
      const code = char.codePointAt(0)!;
      return [code & 0xff, (code >> 8) & 0xff, (code >> 16) & 0xff, code >>> 24];
    });
    const le = decodeTranscript(new Uint8Array([0xff, 0xfe, 0x00, 0x00, ...utf32le('Q: Where were you?\nA: At home.\n')]));
    assert.ok(!le.ok && /UTF-32LE.*UTF-8/.test(le.reason), le.ok ? JSON.stringify(le.text) : le.reason);
    const be = decodeTranscript(new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x51, 0x00, 0x00, 0x00, 0x3a]));
    assert.ok(!be.ok && /UTF-32BE/.test(be.reason), be.ok ? be.text : be.reason);
    // A UTF-16LE BOM followed by ordinary text is still UTF-16LE.
    const utf16 = decodeTranscript(new Uint8Array([0xff, 0xfe, 0x51, 0x00, 0x3a, 0x00]));
    assert.ok(utf16.ok && utf16.text === 'Q:' && utf16.encoding === 'utf-16le');
  });

  it('names UTF-32 without a BOM from its four-byte pattern, in both byte orders and with Chinese text', () => {
    const utf32 = (text: string, bigEndian: boolean): Uint8Array => {
      const bytes = [...text].flatMap((char) => {
        const code = char.codePointAt(0)!;
        const little = [code & 0xff, (code >> 8) & 0xff, (code >> 16) & 0xff, code >>> 24];
        return bigEndian ? little.reverse() : little;
      });
      return new Uint8Array(bytes);
    };
    const text = 'Q: Where were you?\nA: At home. 李明：我在家。😀\n';
    const le = decodeTranscript(utf32(text, false));
    assert.ok(!le.ok && /UTF-32LE without a BOM/.test(le.reason), le.ok ? JSON.stringify(le.text) : le.reason);
    const be = decodeTranscript(utf32(text, true));
    assert.ok(!be.ok && /UTF-32BE without a BOM/.test(be.reason), be.ok ? JSON.stringify(be.text) : be.reason);
    // UTF-16 of the same text keeps its own reading.
    const utf16 = decodeTranscript(new Uint8Array(Buffer.from('Q: Where were you?\nA: At home.\n', 'utf16le')));
    assert.ok(utf16.ok && utf16.encoding === 'utf-16le' && utf16.text.startsWith('Q: Where'), utf16.ok ? utf16.encoding : utf16.reason);
  });

  it('calls an array of small little-endian integers binary, not UTF-32 (text has no control characters)', () => {
    const integers = new Uint8Array(new Int32Array([1, 2, 3, 4, 5, 6, 7, 8, 100, 200, 1000, 3, 2, 1, 9, 7]).buffer);
    const result = decodeTranscript(integers);
    assert.ok(!result.ok && /binary/.test(result.reason) && !/UTF-32/.test(result.reason), result.ok ? 'read as text' : result.reason);
  });

  it('still calls NUL-riddled data binary when it is not a regular UTF-16 pattern', () => {
    const result = decodeTranscript(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assert.ok(!result.ok && /binary/.test(result.reason));
  });
});
