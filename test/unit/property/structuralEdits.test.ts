import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { AnalysisOptions, TranscriptFormat } from '../../../src/core/analysis/model';
import { applyChange, changeFor, editArbitrary } from './arbitraries';
import { FEEDS, type Feed } from './chunkedFeed';
import { searchRuns } from '../searchBudget';

// Quote marks typed or deleted in speech and narration (issue 13): the result must equal analyze() of the
// new text, and most such edits must stay local.

const SEEDS = [20261203, 7, 424242];
/** Every seed with strings, the first also with chunked texts (as the extension host feeds the analyzer). */
const SEED_FEEDS: readonly (readonly [number, Feed])[] = [...SEEDS.map((seed) => [seed, FEEDS[0]!] as const), [SEEDS[0]!, FEEDS[1]!]];

const LABELS = ['李明：', '王芳：', 'MS. JONES:  ', 'Tom Baker:  ', '問：', '答：', ''];
/** Speech and narration, with quotes that open, close or span lines (reported speech). */
const PIECES = [
  '我認為這種擔心是多餘的，', '我們的客戶非常優秀。', '明年很可能會再擴建兩座工廠。', 'We expect revenue to grow 12 percent next year. ',
  '他說「好」，', '她说“我们再看看”。', 'He said "we will see" and left. ', '「據估計', '」', '“', '”', '"', '『引號』',
  '針對這個問題，老黃回答道：「出口管制會持續，', '付某某说：“我们会继续投入', 'Asked about it, Dr. Amy Chen said: "We expect', '（笑）', '他表示：',
];
const line = fc
  .tuple(fc.constantFrom(...LABELS), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }))
  .map(([label, pieces]) => label + pieces.join(''));
/** Lines that open a hand-over on the next line, quotes on their own line, asides, titles and Markdown. */
const SPECIAL = ['老黃回答道：', '「這是第二段。', '“And it goes on.', '（笑）', '', '', '人才與教育', '## Market Outlook', '**為什麼現在？**', '```', '    「縮排」'];
const transcript = fc
  .tuple(fc.array(fc.oneof({ weight: 6, arbitrary: line }, { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) }), { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => ({ text: lines.join(br), br }));

const MARKS = ['“', '”', '"', '「', '」', '『', '』', '‘', '’'];
/** Typing a quote mark at a point, or deleting the next quote mark after it. */
const quoteEdit = fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), mark: fc.constantFrom(...MARKS), remove: fc.boolean() });

function quoteChange(text: string, edit: { at: number; mark: string; remove: boolean }): { rangeOffset: number; rangeLength: number; text: string } {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  if (edit.remove) {
    for (let i = at; i < text.length; i++) if (MARKS.includes(text[i]!)) return { rangeOffset: i, rangeLength: 1, text: '' };
  }
  return { rangeOffset: at, rangeLength: 0, text: edit.mark };
}

function breakChange(text: string, br: string, at: number, join: boolean): { rangeOffset: number; rangeLength: number; text: string } {
  const offset = Math.min(text.length, Math.floor(at * (text.length + 1)));
  if (!join) return { rangeOffset: offset, rangeLength: 0, text: br };
  const found = text.indexOf(br, offset);
  return found < 0 ? { rangeOffset: offset, rangeLength: 0, text: '' } : { rangeOffset: found, rangeLength: br.length, text: '' };
}

const step = fc.oneof(
  { weight: 4, arbitrary: quoteEdit.map((quote) => ({ quote })) },
  { weight: 2, arbitrary: editArbitrary.map((typed) => ({ typed })) },
  { weight: 1, arbitrary: fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), join: fc.boolean() }).map((lineBreak) => ({ lineBreak })) },
);

describe('IncrementalAnalyzer: quote marks', function () {
  // Property runs of whole analyses: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  for (const [seed, feed] of SEED_FEEDS) {
    it(`equals a full analyze() after quote marks typed and deleted among typing and line breaks (seed ${seed}, ${feed.name})`, () => {
      let local = 0;
      let quoteEdits = 0;
      fc.assert(
        fc.property(transcript, fc.array(step, { minLength: 1, maxLength: 8 }), fc.constantFrom<TranscriptFormat | undefined>(undefined, 'plain', 'markdown'), fc.constantFrom(1, 3, 256), fc.boolean(), ({ text: initial, br }, steps, format, blockSize, readEvery) => {
          const options: AnalysisOptions = format ? { format } : {};
          const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
          let text = initial;
          let last: ReturnType<IncrementalAnalyzer['update']> | undefined;
          analyzer.update(text);
          for (const s of steps) {
            const change = 'quote' in s ? quoteChange(text, s.quote) : 'typed' in s ? changeFor(text, s.typed) : breakChange(text, br, s.lineBreak.at, s.lineBreak.join);
            text = applyChange(text, change);
            const result = analyzer.update(text, [change]);
            if ('quote' in s) {
              quoteEdits++;
              if (analyzer.lastMode === 'line') local++;
            }
            if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
            else last = result;
          }
          if (last) assert.deepStrictEqual(last, analyze(text, options, 'doc.txt'));
        }),
        { seed, numRuns: searchRuns(250) },
      );
      // Quote edits must exercise the local path, not only the fallback.
      assert.ok(local > quoteEdits / 3, `only ${local} of ${quoteEdits} quote edits were re-analysed locally`);
    });
  }

  it('types a quote mark in dialogue speech locally, and in a hand-over that would end elsewhere in full', () => {
    const text = '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n針對這個問題，老黃回答道：「出口管制會持續，\n我們會繼續投入。」\n王芳：據公司年報，我們去年營收達到420億元。\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const inSpeech = text.indexOf('擔心');
    let next = `${text.slice(0, inSpeech)}“${text.slice(inSpeech)}`;
    assert.deepStrictEqual(analyzer.update(next, [{ rangeOffset: inSpeech, rangeLength: 0, text: '“' }]), analyze(next));
    assert.equal(analyzer.lastMode, 'line');
    // A closing mark on the hand-over's first line balances it there: the turn would end a line earlier.
    const inHandOver = next.indexOf('會持續') + 3;
    const after = `${next.slice(0, inHandOver)}」${next.slice(inHandOver)}`;
    assert.deepStrictEqual(analyzer.update(after, [{ rangeOffset: inHandOver, rangeLength: 0, text: '」' }]), analyze(after));
    assert.equal(analyzer.lastMode, 'full');
    // An opening mark inside the hand-over's quote keeps it open past its last line: also in full.
    next = after;
    const inQuote = next.indexOf('繼續');
    const opened = `${next.slice(0, inQuote)}「${next.slice(inQuote)}`;
    assert.deepStrictEqual(analyzer.update(opened, [{ rangeOffset: inQuote, rangeLength: 0, text: '「' }]), analyze(opened));
  });
});

/** Markdown write-ups: `#` headings over labelled speech, title lines, lists now and then. */
const HEADINGS = ['# 供應鏈的壓力', '## Market Outlook', '### 人才與教育', '## 為什麼現在？', '#### Q3 results ##', '## 主持人：', '- 人才與教育', '- Market Outlook', '- Market Outlook{BR}- 人才與教育{BR}- 供應鏈'];
const writeUp = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 2, arbitrary: fc.constantFrom(...HEADINGS) }, { weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('人才與教育', '**為什麼現在？**', '（笑）') }), { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => ({ text: lines.join(br).replaceAll('{BR}', br), br }));
const TITLE_TYPING = ['a', 'B', '我', '會', ' ', '。', '.', '？', '：', '#', '（笑）', '**', '「', '李明：', '3'];
/** Typing into (or deleting from) the text of the heading nearest a point: at its end, or inside it. */
const headingEdit = fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), into: fc.integer({ min: 0, max: 12 }), typed: fc.constantFrom(...TITLE_TYPING), remove: fc.integer({ min: 0, max: 2 }) });

function headingChange(text: string, edit: { at: number; into: number; typed: string; remove: number }): { rangeOffset: number; rangeLength: number; text: string } {
  const from = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const found = /(^|[\r\n])#+ [^\r\n]*/g;
  found.lastIndex = from;
  const match = found.exec(text) ?? /(^|[\r\n])#+ [^\r\n]*/.exec(text);
  if (!match) return { rangeOffset: from, rangeLength: 0, text: edit.typed };
  const lineEnd = match.index + match[0].length;
  const titleStart = match.index + match[0].indexOf(' ') + 1;
  const at = Math.max(titleStart, lineEnd - edit.into);
  return { rangeOffset: at, rangeLength: Math.min(edit.remove, lineEnd - at), text: edit.typed };
}

describe('IncrementalAnalyzer: typing in headings', function () {
  // Property runs of whole analyses: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  for (const [seed, feed] of SEED_FEEDS) {
    it(`equals a full analyze() after typing in headings among typing, quotes and line breaks (seed ${seed}, ${feed.name})`, () => {
      let local = 0;
      const runs = searchRuns(250);
      fc.assert(
        fc.property(
          writeUp,
          fc.array(fc.oneof({ weight: 4, arbitrary: headingEdit.map((heading) => ({ heading })) }, { weight: 1, arbitrary: step }), { minLength: 1, maxLength: 8 }),
          fc.constantFrom<TranscriptFormat | undefined>('markdown', 'plain', undefined),
          fc.constantFrom(1, 3, 256),
          fc.boolean(),
          ({ text: initial, br }, steps, format, blockSize, readEvery) => {
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = feed.analyzer(options, 'doc.md', blockSize);
            let text = initial;
            let last: ReturnType<IncrementalAnalyzer['update']> | undefined;
            analyzer.update(text);
            for (const s of steps) {
              const change = 'heading' in s ? headingChange(text, s.heading) : 'quote' in s ? quoteChange(text, s.quote) : 'typed' in s ? changeFor(text, s.typed) : breakChange(text, br, s.lineBreak.at, s.lineBreak.join);
              text = applyChange(text, change);
              const result = analyzer.update(text, [change]);
              if ('heading' in s && analyzer.lastMode === 'line') local++;
              if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.md'));
              else last = result;
            }
            if (last) assert.deepStrictEqual(last, analyze(text, options, 'doc.md'));
          },
        ),
        { seed, numRuns: runs },
      );
      // Per run, not per heading edit: the first runs (a quick run's) draw more small, edge-case values.
      assert.ok(local > runs / 2, `only ${local} heading edits in ${runs} runs were re-analysed locally`);
    });
  }

  it('re-reads a heading\'s title locally as it is typed, and falls back when its level changes', () => {
    const text = '# 訪談\n\n## Market Outlook\n\n李明：我們的客戶非常優秀。\n\n## 人才與教育\n\n王芳：據公司年報，我們去年營收達到420億元。\n';
    const analyzer = new IncrementalAnalyzer({ format: 'markdown' });
    analyzer.update(text);
    let next = text;
    for (const typed of [' ', 'a', 'n', 'd', ' ', 'A', 'I']) {
      const change = { rangeOffset: next.indexOf('\n', next.indexOf('Outlook')), rangeLength: 0, text: typed };
      next = next.slice(0, change.rangeOffset) + typed + next.slice(change.rangeOffset);
      const result = analyzer.update(next, [change]);
      assert.deepStrictEqual(result, analyze(next, { format: 'markdown' }));
      assert.equal(analyzer.lastMode, 'line');
    }
    assert.equal(analyzer.analysis?.topics[0]?.children[0]?.title, 'Market Outlook and AI');
    // A third `#` makes it a sub-heading of nothing new: the outline may change, so it is read in full.
    const level = next.indexOf('## Market') + 1;
    const deeper = `${next.slice(0, level)}#${next.slice(level)}`;
    assert.deepStrictEqual(analyzer.update(deeper, [{ rangeOffset: level, rangeLength: 0, text: '#' }]), analyze(deeper, { format: 'markdown' }));
    assert.equal(analyzer.lastMode, 'full');
  });

  it('equals a full analyze() while typing makes a heading match a summary list item, or a label line', () => {
    // Summary lists link to headings loosely: somewhere while `供應鏈的壓力` is typed, the heading starts to match.
    let text = '# 訪談\n\n## 摘要\n- 供應鏈的壓力\n- 人才與教育\n\n## 市場\n\n李明：我們的客戶非常優秀。\n\n## 人才與教育\n\n王芳：據公司年報，我們去年營收達到420億元。\n';
    const analyzer = new IncrementalAnalyzer({ format: 'markdown' });
    analyzer.update(text);
    const linked: boolean[] = [];
    for (const typed of '供應鏈的壓力') {
      const at = text.indexOf('\n', text.indexOf('## 市場'));
      text = `${text.slice(0, at)}${typed}${text.slice(at)}`;
      const expected = analyze(text, { format: 'markdown' });
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: at, rangeLength: 0, text: typed }]), expected);
      linked.push(expected.topics[0]!.children[1]!.summaryLinks.length > 0);
    }
    assert.ok(linked.includes(false) && linked.includes(true), `the heading starts to match on the way: ${linked.join(',')}`);
    // `### 主持人：` is a speaker's label line, not a section: a heading typed into one is read in full.
    const labelled = '# 訪談\n\n### 主持人\n今年的市場怎麼看？\n\n### 李明：\n我們的客戶非常優秀。\n\n### 主持人：\n明年呢？\n';
    const labels = new IncrementalAnalyzer({ format: 'markdown' });
    labels.update(labelled);
    const colon = labelled.indexOf('\n', labelled.indexOf('### 主持人'));
    const withColon = `${labelled.slice(0, colon)}：${labelled.slice(colon)}`;
    assert.deepStrictEqual(labels.update(withColon, [{ rangeOffset: colon, rangeLength: 0, text: '：' }]), analyze(withColon, { format: 'markdown' }));
  });
});
