import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { diff, IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { AnalysisOptions, TranscriptFormat } from '../../../src/core/analysis/model';
import { applyChange, changeFor, editArbitrary, emptyLineChange, fillBlankChange, transcriptArbitrary } from './arbitraries';
import { FEEDS } from './chunkedFeed';
import { isPlainTextShaped } from '../../../src/core/topics/lineScan';
import { searchGoesOn, searchRuns } from '../searchBudget';

/** Whether either line around the line break at `at` (an Enter just typed there) is non-blank and not plain-text-shaped. */
function leavesTitleShapedPiece(text: string, at: number, br: string): boolean {
  const start = text.lastIndexOf(br, at - 1) < 0 ? 0 : text.lastIndexOf(br, at - 1) + br.length;
  const nextStart = at + br.length;
  const nextEnd = text.indexOf(br, nextStart) < 0 ? text.length : text.indexOf(br, nextStart);
  const shaped = (from: number, to: number): boolean => text.slice(from, to).trim() !== '' && !isPlainTextShaped(text, from + (text.slice(from, to).length - text.slice(from, to).trimStart().length), to);
  return shaped(start, at) || shaped(nextStart, nextEnd);
}

const SEED = Number(process.env.TA_PROPERTY_SEED ?? 20261129);
/** Runs of the search for Enters that leave a short piece, in a thorough run (a quick one stops once one stayed local). */
const SHORT_PIECE_RUNS = 400;

const LABELS = ['李明：', '王芳：', 'MS. JONES:  ', 'Tom Baker:  ', '問：', '答：', '人民日报记者：', 'Dr. Amy Chen:', ''];
const SPEECH = [
  '我認為這種擔心是多餘的，', '我們的客戶非常優秀。', '據公司年報，我們去年營收達到420億元。', '明年很可能會再擴建兩座工廠。',
  'We expect revenue to grow 12 percent next year. ', 'I think curiosity is the most important skill. ', '(Laughter.) ',
  'and it carries on in lower case ', 'The meeting started at 2:05 P.M. EDT. ',
];
/** Pieces that give a line a part in turns or topics: quotes, a hand-over colon, a signature, a title, a stage direction. */
const TRAPS = ['「據估計」', '他說：', '[name=kiang]', '供應鏈的壓力', '（笑）', '>> ', 'END'];
/** Interview-shaped lines: a label or none, then speech, sometimes with one of the traps. */
const speechLine = fc
  .tuple(fc.constantFrom(...LABELS), fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SPEECH) }, { weight: 1, arbitrary: fc.constantFrom(...TRAPS) }), { minLength: 1, maxLength: 4 }))
  .map(([label, speech]) => label + speech.join(''));
/** Up to 40 such lines, with some blank lines, some title, bold, name and aside lines and `\n`, `\r\n` or `\r` breaks throughout. */
const speechTranscript = fc
  .tuple(fc.array(fc.oneof({ weight: 12, arbitrary: speechLine }, { weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('人才與教育', '## Market Outlook', '- 人才與教育', '**為什麼現在？**', 'Tom Baker', '（本文由编辑整理）') }), { maxLength: 40, size: 'max' }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => ({ text: lines.join(br), br }));

/** An edit that adds or removes line breaks: Enter, Backspace or Delete over a break, a pasted stretch of lines. */
const lineBreakEdit = fc.record({
  // An integer share rather than a double, which fast-check draws near 0 and 1 most of the time.
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  kind: fc.constantFrom('enter', 'enter', 'blank', 'join', 'join', 'paste', 'cut', 'enterAtEnd', 'enterAtStart', 'dropBlank', 'fillBlank', 'fillBlank', 'emptyLine'),
  // The first character typed on an empty line: speech, a label's first character, or one that may give the line a part.
  first: fc.constantFrom('李', '好', 'a', 'I', '。', '（', '：', '「', '-', '#', '*', '>', '1'),
  paste: fc.array(speechLine, { minLength: 1, maxLength: 5 }),
  extra: fc.integer({ min: 0, max: 3 }),
});

/** The edit as a change of `text`, whose line break is `br`. */
function lineBreakChange(text: string, br: string, edit: { at: number; kind: string; paste: string[]; extra: number; first: string }): { rangeOffset: number; rangeLength: number; text: string } {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  switch (edit.kind) {
    case 'fillBlank':
      return fillBlankChange(text, br, at, edit.first);
    case 'emptyLine':
      return emptyLineChange(text, br, at);
    case 'enter':
      return { rangeOffset: at, rangeLength: 0, text: br };
    case 'enterShort': {
      // Enter a few characters after a line's start or before its end: a short piece, which may be title-shaped.
      const found = text.indexOf(br, at);
      const lineStart = found < 0 ? 0 : found + br.length;
      const lineEnd = text.indexOf(br, lineStart) < 0 ? text.length : text.indexOf(br, lineStart);
      const offset = edit.extra < 2 ? lineStart + 2 + edit.extra : lineEnd - edit.extra;
      return { rangeOffset: Math.max(lineStart, Math.min(lineEnd, offset)), rangeLength: 0, text: br };
    }
    case 'blank':
      return { rangeOffset: at, rangeLength: 0, text: br + br };
    case 'enterAtEnd': {
      // Enter at the end of a line (leaving an empty line), once or `extra` more times.
      const end = text.indexOf(br, at);
      return { rangeOffset: end < 0 ? text.length : end, rangeLength: 0, text: br.repeat(1 + (edit.extra % 2)) };
    }
    case 'enterAtStart': {
      const found = text.indexOf(br, at);
      return { rangeOffset: found < 0 ? 0 : found + br.length, rangeLength: 0, text: br };
    }
    case 'dropBlank': {
      // Backspace on an empty line (or at the start of a paragraph, joining it to the one above).
      const found = text.indexOf(br + br, at);
      const breakAt = found < 0 ? text.lastIndexOf(br) : found;
      return breakAt < 0 ? { rangeOffset: at, rangeLength: 0, text: '' } : { rangeOffset: breakAt, rangeLength: Math.min(text.length - breakAt, br.length * (1 + (edit.extra % 2))), text: '' };
    }
    case 'paste':
      return { rangeOffset: at, rangeLength: Math.min(edit.extra, text.length - at), text: edit.paste.join(br) + (edit.extra % 2 ? br : '') };
    default: {
      // Backspace at a line's start, Delete at its end, or a selection reaching over a break.
      const found = text.indexOf(br, at);
      const breakAt = found < 0 ? text.lastIndexOf(br) : found;
      if (breakAt < 0) return { rangeOffset: at, rangeLength: 0, text: '' };
      const start = Math.max(0, breakAt - (edit.kind === 'cut' ? edit.extra * 3 : 0));
      const end = Math.min(text.length, breakAt + br.length + (edit.kind === 'cut' ? edit.extra : 0));
      return { rangeOffset: start, rangeLength: end - start, text: '' };
    }
  }
}

describe('IncrementalAnalyzer', function () {
  // Property runs of whole analyses: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  for (const feed of FEEDS) {
    it(`equals a full analyze() after every edit of random transcripts (${feed.name})`, () => {
      let local = 0;
      let total = 0;
      fc.assert(
        fc.property(
          transcriptArbitrary(40),
          fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'plain', 'markdown', 'srt'),
          fc.boolean(),
          fc.constantFrom(1, 2, 3, 256),
          fc.boolean(),
          (initial, edits, format, passChanges, blockSize, readEvery) => {
            const options: AnalysisOptions = format ? { format } : {};
            // Small blocks put the edit among many, some shifted lazily, some read after several edits.
            const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
            let text = initial;
            let lastResult: ReturnType<IncrementalAnalyzer['update']> | undefined;
            assert.deepStrictEqual(analyzer.update(text), analyze(text, options, 'doc.txt'));
            for (const edit of edits) {
              const change = changeFor(text, edit);
              text = applyChange(text, change);
              const result = analyzer.update(text, passChanges ? [change] : undefined);
              total++;
              if (analyzer.lastMode === 'line') local++;
              // Unread results keep their shifts pending across edits: compare those after the last edit only.
              if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
              else lastResult = result;
            }
            if (lastResult) assert.deepStrictEqual(lastResult, analyze(text, options, 'doc.txt'));
          },
        ),
        { seed: SEED, numRuns: searchRuns(300) },
      );
      // The property must exercise the local path, not only the fallback.
      assert.ok(local > total / 10, `only ${local} of ${total} edits were re-analysed locally`);
    });
  }

  for (const feed of FEEDS) {
    it(`equals a full analyze() after line breaks typed, joined and pasted, and blank lines filled or emptied, in interview-shaped transcripts (${feed.name})`, () => {
      let local = 0;
      let total = 0;
      let filledLocal = 0;
      let filledTotal = 0;
      fc.assert(
        fc.property(
          speechTranscript,
          fc.array(fc.oneof(lineBreakEdit.map((edit) => ({ lineBreak: edit })), editArbitrary.map((edit) => ({ typed: edit }))), { minLength: 1, maxLength: 8 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          fc.boolean(),
          ({ text: initial, br }, edits, format, blockSize, readEvery) => {
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
            let text = initial;
            let lastResult: ReturnType<IncrementalAnalyzer['update']> | undefined;
            analyzer.update(text);
            for (const edit of edits) {
              const change = 'lineBreak' in edit ? lineBreakChange(text, br, edit.lineBreak) : changeFor(text, edit.typed);
              text = applyChange(text, change);
              const result = analyzer.update(text, [change]);
              if ('lineBreak' in edit && (change.text.includes(br) || change.rangeLength > 0)) {
                total++;
                if (analyzer.lastMode === 'line') local++;
              }
              if ('lineBreak' in edit && (edit.lineBreak.kind === 'fillBlank' || edit.lineBreak.kind === 'emptyLine')) {
                filledTotal++;
                if (analyzer.lastMode === 'line') filledLocal++;
              }
              if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
              else lastResult = result;
            }
            if (lastResult) assert.deepStrictEqual(lastResult, analyze(text, options, 'doc.txt'));
          },
        ),
        { seed: SEED, numRuns: searchRuns(400) },
      );
      // The line-break edits must exercise the local path, not only the fallback.
      assert.ok(local > total / 8, `only ${local} of ${total} line-break edits were re-analysed locally`);
      // So must a blank line's first character typed, or a line's last one deleted.
      assert.ok(filledLocal > filledTotal / 10, `only ${filledLocal} of ${filledTotal} blank lines filled or emptied were re-analysed locally`);
    });
  }

  for (const feed of FEEDS) {
    it(`equals a full analyze() after Enters that leave a short piece of a line, among other line breaks and typing (${feed.name})`, () => {
      let shortPieceLocal = 0;
      let runs = 0;
      const shortEnter = lineBreakEdit.map((edit) => ({ ...edit, kind: 'enterShort' }));
      fc.assert(
        fc.property(
          speechTranscript,
          fc.array(fc.oneof({ weight: 3, arbitrary: shortEnter.map((edit) => ({ lineBreak: edit })) }, { weight: 1, arbitrary: lineBreakEdit.map((edit) => ({ lineBreak: edit })) }, { weight: 1, arbitrary: editArbitrary.map((edit) => ({ typed: edit })) }), { minLength: 1, maxLength: 8 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          ({ text: initial, br }, edits, format, blockSize) => {
            // A quick run goes on past its share until such an Enter stayed local (searchBudget.ts).
            if (!searchGoesOn(runs++, SHORT_PIECE_RUNS, shortPieceLocal > 0)) return;
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
            let text = initial;
            analyzer.update(text);
            for (const edit of edits) {
              const change = 'lineBreak' in edit ? lineBreakChange(text, br, edit.lineBreak) : changeFor(text, edit.typed);
              text = applyChange(text, change);
              assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, options, 'doc.txt'));
              if (analyzer.lastMode === 'line' && change.text === br && change.rangeLength === 0 && leavesTitleShapedPiece(text, change.rangeOffset, br)) shortPieceLocal++;
            }
          },
        ),
        { seed: SEED, numRuns: SHORT_PIECE_RUNS },
      );
      // The Enter that leaves a title-shaped piece must exercise the local path (splitPieceReadsAsNoTitle).
      assert.ok(shortPieceLocal > 0, 'no Enter leaving a title-shaped piece was re-analysed locally');
    });
  }

  it('re-analyses an Enter that leaves a two-character line inside speech locally (the line under text that ends no sentence is no title)', () => {
    const text = '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，我們的客戶非常優秀，明年很可能會再擴建兩座工廠。\n王芳：據公司年報，我們去年營收達到420億元。\n';
    for (const br of ['\n', '\r\n']) {
      const analyzer = new IncrementalAnalyzer();
      const original = text.replaceAll('\n', br);
      analyzer.update(original);
      // The line split after `多餘的，`, then the piece broken off split again two characters in (`我們` alone).
      const first = original.indexOf('我們的客戶');
      const split = applyChange(original, { rangeOffset: first, rangeLength: 0, text: br });
      assert.deepStrictEqual(analyzer.update(split, [{ rangeOffset: first, rangeLength: 0, text: br }]), analyze(split));
      const second = first + br.length + 2;
      const twice = applyChange(split, { rangeOffset: second, rangeLength: 0, text: br });
      assert.ok(leavesTitleShapedPiece(twice, second, br), 'the piece left is title-shaped');
      assert.deepStrictEqual(analyzer.update(twice, [{ rangeOffset: second, rangeLength: 0, text: br }]), analyze(twice));
      assert.equal(analyzer.lastMode, 'line', `the second Enter (${JSON.stringify(br)})`);
    }
  });

  it('re-analyses Enter inside a line of speech, and Backspace joining it again, locally', () => {
    const text = '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，我們的客戶非常優秀。明年很可能會再擴建兩座工廠。\n王芳：據公司年報，我們去年營收達到420億元。\n';
    for (const br of ['\n', '\r\n']) {
      const analyzer = new IncrementalAnalyzer();
      const original = text.replaceAll('\n', br);
      analyzer.update(original);
      const at = original.indexOf('我們的客戶');
      const split = `${original.slice(0, at)}${br}${original.slice(at)}`;
      assert.deepStrictEqual(analyzer.update(split, [{ rangeOffset: at, rangeLength: 0, text: br }]), analyze(split));
      assert.equal(analyzer.lastMode, 'line', `Enter (${JSON.stringify(br)})`);
      assert.deepStrictEqual(analyzer.update(original, [{ rangeOffset: at, rangeLength: br.length, text: '' }]), analyze(original));
      assert.equal(analyzer.lastMode, 'line', `Backspace (${JSON.stringify(br)})`);
    }
  });

  it('re-analyses Enter at the end of a line, an empty line added or removed, and paragraphs split or joined, locally', () => {
    const text = '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，\n我們的客戶非常優秀。\n\n明年很可能會再擴建兩座工廠。\n王芳：據公司年報，我們去年營收達到420億元。\n';
    for (const br of ['\n', '\r\n', '\r']) {
      const original = text.replaceAll('\n', br);
      const lineEnd = (after: string): number => original.indexOf(br, original.indexOf(after));
      const edits: [string, { rangeOffset: number; rangeLength: number; text: string }][] = [
        ['Enter at the end of a paragraph', { rangeOffset: lineEnd('我們的客戶'), rangeLength: 0, text: br }],
        ['Enter at the end of a line inside a paragraph', { rangeOffset: lineEnd('我認為'), rangeLength: 0, text: br }],
        ['two Enters at the end of the last line', { rangeOffset: original.length, rangeLength: 0, text: br + br }],
        ['Enter at the start of a line', { rangeOffset: original.indexOf('明年'), rangeLength: 0, text: br }],
        ['the empty line deleted (paragraphs joined)', { rangeOffset: lineEnd('我們的客戶'), rangeLength: br.length, text: '' }],
      ];
      for (const [name, change] of edits) {
        const analyzer = new IncrementalAnalyzer();
        analyzer.update(original);
        const edited = applyChange(original, change);
        assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited), name);
        assert.equal(analyzer.lastMode, 'line', `${name} (${JSON.stringify(br)})`);
        // And back again: the inverse edit is local too.
        const back = change.text ? { rangeOffset: change.rangeOffset, rangeLength: change.text.length, text: '' } : { rangeOffset: change.rangeOffset, rangeLength: 0, text: original.slice(change.rangeOffset, change.rangeOffset + change.rangeLength) };
        assert.deepStrictEqual(analyzer.update(original, [back]), analyze(original), `${name}, undone`);
        assert.equal(analyzer.lastMode, 'line', `${name}, undone (${JSON.stringify(br)})`);
      }
    }
  });

  it('analyses a blank-line edit in full where a reading of the lines around it may change', () => {
    const cases: [string, string, string][] = [
      // A title-shaped line near the run, a hand-over colon above it, narration about the speaker below it, the first content line.
      ['title near', '李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n\n供應鏈的壓力\n\n王芳：據公司年報，我們去年營收達到420億元。\n明年很可能會再擴建兩座工廠。\n', '我們的客戶'],
      ['colon above', '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，他說：\n「我們的客戶非常優秀。」\n', '他說'],
      ['narration below', '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，\n李明表示，我們的客戶非常優秀。\n', '我認為'],
      ['first line', '李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n王芳：據公司年報，我們去年營收達到420億元。\n', '我認為'],
    ];
    for (const [name, text, after] of cases) {
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text);
      const change = { rangeOffset: text.indexOf('\n', text.indexOf(after)), rangeLength: 0, text: '\n' };
      const edited = applyChange(text, change);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited), name);
      assert.equal(analyzer.lastMode, 'full', name);
    }
  });

  it('re-analyses the first character typed on an empty line between paragraphs, and deleting it again, locally', () => {
    // Enter at the end of 我們的客戶… leaves an empty line above the blank one: 李 joins that paragraph; or the line between both.
    const texts = [
      '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n\n\n王芳：據公司年報，我們去年營收達到420億元。\n',
      '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n\n王芳：據公司年報，我們去年營收達到420億元。\n',
      '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n\n明年很可能會再擴建兩座工廠。\n',
    ];
    for (const text of texts) {
      for (const br of ['\n', '\r\n', '\r']) {
        const original = text.replaceAll('\n', br);
        const analyzer = new IncrementalAnalyzer();
        analyzer.update(original);
        const change = { rangeOffset: original.indexOf(br + br) + br.length, rangeLength: 0, text: '李' };
        const edited = applyChange(original, change);
        assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited));
        assert.equal(analyzer.lastMode, 'line', `李 typed (${JSON.stringify(br)}) in ${JSON.stringify(text)}`);
        assert.deepStrictEqual(analyzer.update(original, [{ rangeOffset: change.rangeOffset, rangeLength: 1, text: '' }]), analyze(original));
        assert.equal(analyzer.lastMode, 'line', `李 deleted (${JSON.stringify(br)}) in ${JSON.stringify(text)}`);
      }
    }
  });

  it('analyses a character typed on an empty line in full where the line or its neighbours may read differently', () => {
    const cases: [string, string, string][] = [
      ['a stage direction opened', '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的。\n\n明年很可能會再擴建兩座工廠。\n', '（'],
      ['a colon: a hand-over to the quote below', '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的。\n\n「明年很可能會再擴建兩座工廠。」\n', '：'],
      ['a title-shaped line below', '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的。\n\n供應鏈的壓力\n\n王芳：據公司年報，我們去年營收達到420億元。\n', '李'],
      ['narration about the speaker joined', '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的。\n\n李明表示，明年很可能會再擴建兩座工廠。\n', '好'],
    ];
    for (const [name, text, first] of cases) {
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text);
      const change = { rangeOffset: text.indexOf('\n\n') + 1, rangeLength: 0, text: first };
      const edited = applyChange(text, change);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited), name);
      assert.equal(analyzer.lastMode, 'full', name);
    }
  });

  it('re-analyses a line-break edit locally only where the lines keep their parts', () => {
    const text = '主持人：歡迎各位。\n李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n王芳：據公司年報，我們去年營收達到420億元。\n';
    const at = text.indexOf('我們的客戶');
    // A new label on the new line, a title-shaped line, a blank line: not proved local (yet), so analysed in full.
    for (const inserted of ['\n李明：', '\n', '\n\n']) {
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text);
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: inserted }]), analyze(edited));
      assert.equal(analyzer.lastMode, inserted === '\n' ? 'line' : 'full', JSON.stringify(inserted));
    }
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const titleAt = text.indexOf('我們的客戶非常優秀。');
    const title = `${text.slice(0, titleAt)}\n供應鏈的壓力\n${text.slice(titleAt)}`;
    assert.deepStrictEqual(analyzer.update(title, [{ rangeOffset: titleAt, rangeLength: 0, text: '\n供應鏈的壓力\n' }]), analyze(title));
    assert.equal(analyzer.lastMode, 'full');
  });

  it('re-analyses a one-character edit inside a line of speech locally', () => {
    const text = '李明：我認為這種擔心是多餘的，我們的客戶非常優秀，而且明年很可能會再擴建兩座工廠。\n\nMS. JONES:  We expect revenue to grow 12 percent next year.\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const at = text.indexOf('客戶');
    const edited = `${text.slice(0, at)}老${text.slice(at)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: '老' }]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(result, analyze(edited));
  });

  it('analyses a subtitle file in full after each edit, as the share of labelled cues decides how far a label reaches', () => {
    const cues = ['ANNA: Where were you?', 'Out.', 'Out where?', 'Nowhere.', 'Fine.'];
    let text = cues.map((cue, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${cue}\n`).join('\n');
    const analyzer = new IncrementalAnalyzer({}, 'film.srt');
    analyzer.update(text);
    // Labelling a third and a fourth cue makes labels run on over unlabelled cues again.
    for (const [cue, label] of [['Out where?', 'BEN: '], ['Nowhere.', 'ANNA: ']] as const) {
      const at = text.indexOf(cue);
      text = `${text.slice(0, at)}${label}${text.slice(at)}`;
      const result = analyzer.update(text, [{ rangeOffset: at, rangeLength: 0, text: label }]);
      assert.equal(analyzer.lastMode, 'full');
      assert.deepStrictEqual(result, analyze(text, {}, 'film.srt'));
    }
    assert.deepStrictEqual(analyzer.update(text).turns.map((t) => t.speaker), ['ANNA', 'BEN', 'ANNA']);
  });

  it('falls back to a full analysis when a line break is typed into the first line', () => {
    const text = '李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const edited = `${text.slice(0, 5)}\n${text.slice(5)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: 5, rangeLength: 0, text: '\n' }]), analyze(edited));
    assert.equal(analyzer.lastMode, 'full');
  });

  it('ignores a reported change that does not lead to the new text', () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.update('李明：我們去年營收達到420億元。');
    const edited = '李明：我們去年營收達到430億元。';
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: 0, rangeLength: 0, text: 'zzz' }]), analyze(edited));
  });

  it('reads a reported replacement of a text by itself as no edit, and one of the same length as an edit (the texts are not compared)', () => {
    const text = '李明：我們去年營收達到420億元。\n\n王芳：明年很可能會再擴建兩座工廠。\n';
    const analyzer = new IncrementalAnalyzer();
    const first = analyzer.update(text);
    const at = text.indexOf('420');
    assert.equal(analyzer.update(text, [{ rangeOffset: at, rangeLength: 3, text: '420' }]), first, 'the same analysis');
    assert.equal(analyzer.lastMode, 'line');
    const edited = text.replace('420', '430');
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at + 1, rangeLength: 1, text: '3' }]), analyze(edited));
    assert.equal(analyzer.lastMode, 'line');
  });

  it('updateLocally leaves a non-local edit to the caller, and adopt() takes the full analysis computed elsewhere', () => {
    const text = '李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n\n王芳：明年很可能會再擴建兩座工廠。\n';
    const analyzer = new IncrementalAnalyzer();
    assert.equal(analyzer.updateLocally(text), undefined, 'nothing to start from');
    analyzer.adopt(text, analyze(text));
    const broken = `${text.slice(0, 5)}\n${text.slice(5)}`;
    assert.equal(analyzer.updateLocally(broken, [{ rangeOffset: 5, rangeLength: 0, text: '\n' }]), undefined);
    // Still based on `text`: a local edit of it is re-analysed locally.
    const at = text.indexOf('客戶');
    const edited = `${text.slice(0, at)}老${text.slice(at)}`;
    assert.deepStrictEqual(analyzer.updateLocally(edited, [{ rangeOffset: at, rangeLength: 0, text: '老' }]), analyze(edited));
    assert.equal(analyzer.lastMode, 'line');
    analyzer.adopt(broken, analyze(broken));
    const typed = broken.replace('工廠', '新工廠');
    assert.deepStrictEqual(analyzer.updateLocally(typed), analyze(typed));
    assert.equal(analyzer.lastMode, 'line');
  });

  it('finds the single edit between two texts', () => {
    assert.deepStrictEqual(diff('abcdef', 'abXYef'), { rangeOffset: 2, rangeLength: 2, text: 'XY' });
    assert.deepStrictEqual(diff('aaa', 'aaaa'), { rangeOffset: 3, rangeLength: 0, text: 'a' });
    assert.deepStrictEqual(diff('abc', ''), { rangeOffset: 0, rangeLength: 3, text: '' });
  });
});
