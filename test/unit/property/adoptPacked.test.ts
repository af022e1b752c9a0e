import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, analyzeIndexed } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { runAnalysisJob } from '../../../src/core/analysis/job';
import type { Analysis, TranscriptFormat } from '../../../src/core/analysis/model';
import { packAnalysis, unpackAnalysis } from '../../../src/core/analysis/packed';
import { claimsIn, stageDirectionsIn, turnsIn } from '../../../src/core/analysis/query';
import { summaryProfile } from '../../../src/core/analysis/summaryHorizon';
import { labelTallyOf, unresolvedHandOvers } from '../../../src/core/analysis/labelEdits';
import { LabelSchemeTally } from '../../../src/core/turns/scheme';
import { cachedOutline } from '../../../src/core/topics/outline';
import { LineIndex } from '../../../src/core/text/positions';
import { readLineNumberGutter } from '../../../src/core/text/lineNumberGutter';
import { inlineLabelCandidates } from '../../../src/core/turns/inlineHandOvers';
import { registerCounts } from '../../../src/core/claims/register';
import { withConfidentClaims } from '../../../src/presentation/claimConfidence';
import { readFixture } from '../core/transcriptFixtures';
import { applyChange, changeFor, editArbitrary, transcriptArbitrary } from './arbitraries';
import { searchRuns } from '../searchBudget';

const SEED = 20261203;

/** What a worker sends for `text`: the job's analysis packed with its line index, through structured clone. */
function fromWorker(text: string, fileName: string, format?: TranscriptFormat): Analysis {
  const result = runAnalysisJob({ text, fileName, ...(format ? { format } : {}) }, { isCancelled: () => false }, () => 0);
  assert.ok(result.status === 'done' && result.lines);
  return unpackAnalysis(structuredClone(packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState)));
}

/** Every range query over [start, end] on both analyses gives the same items. */
function assertSameQueries(lazy: Analysis, eager: Analysis, start: number, end: number): void {
  assert.deepStrictEqual(turnsIn(lazy, start, end), turnsIn(eager, start, end), `turns in [${start}, ${end}]`);
  assert.deepStrictEqual(stageDirectionsIn(lazy, start, end), stageDirectionsIn(eager, start, end), `stage directions in [${start}, ${end}]`);
  assert.deepStrictEqual(claimsIn(lazy, start, end), claimsIn(eager, start, end), `claims in [${start}, ${end}]`);
  const confident = (analysis: Analysis): Analysis => withConfidentClaims(analysis, 0.5);
  assert.deepStrictEqual(claimsIn(confident(lazy), start, end), claimsIn(confident(eager), start, end), `confident claims in [${start}, ${end}]`);
}

/**
 * A stenographic record: pages of `perPage` lines, each behind its number in a gutter, with speaker labels,
 * then `unnumbered` lines of prose without numbers (enough of them and the numbers are no longer most lines).
 */
function numberedRecord(pages: number, perPage: number, unnumbered: number): string {
  const lines: string[] = [];
  for (let page = 1; page <= pages; page++) {
    lines.push(`${' '.repeat(40)}${page + 4}`, '');
    for (let n = 1; n <= perPage; n++) {
      const speech = n % 6 === 1 ? `${n % 12 === 1 ? 'SENATOR KRUEGER' : 'MR. LEE'}:   We expect the budget to grow.` : 'the committee heard testimony on the budget today.';
      lines.push(`${String(n).padStart(2)}   ${speech}`, '');
    }
  }
  for (let i = 0; i < unnumbered; i++) lines.push('Prose after the record, about the budget.', '');
  return lines.join('\n');
}

describe('adopting a packed analysis lazily', () => {
  it('equals adopting the plain analysis: arrays, line index and range queries, for every fixture', () => {
    for (const name of ['interview-zh-Hans.txt', 'panel.md', 'panel.srt', 'museum.vtt', 'briefing-en.txt', 'topics-zh-Hant.txt', 'crlf-surrogates-zh-Hant.txt']) {
      const text = readFixture(name);
      const lazy = new IncrementalAnalyzer({}, name, 4);
      const eager = new IncrementalAnalyzer({}, name, 4);
      lazy.adopt(text, fromWorker(text, name));
      eager.adopt(text, analyze(text, {}, name));
      // Queries first, on blocks not yet built; then the whole arrays.
      for (let start = 0; start < text.length; start += Math.max(1, Math.floor(text.length / 7))) assertSameQueries(lazy.analysis!, eager.analysis!, start, start + 200);
      assert.deepStrictEqual(lazy.analysis, eager.analysis, name);
      assert.deepStrictEqual(lazy.analysis, analyze(text, {}, name), name);
      assert.deepStrictEqual(Array.from(lazy.lines!.lineStarts()), Array.from(new LineIndex(text).lineStarts()), name);
    }
  });

  it('equals a full analyze() after random edits through the analyzer, read after every edit or only at the end', () => {
    fc.assert(
      fc.property(
        transcriptArbitrary(40),
        fc.array(editArbitrary, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<TranscriptFormat | undefined>(undefined, 'plain', 'markdown'),
        fc.constantFrom(1, 3, 256),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(80)), { minLength: 1, maxLength: 3 }),
        (initial, edits, format, blockSize, readEvery, ranges) => {
          const options = format ? { format } : {};
          const lazy = new IncrementalAnalyzer(options, 'doc.txt', blockSize);
          const eager = new IncrementalAnalyzer(options, 'doc.txt', blockSize);
          lazy.adopt(initial, fromWorker(initial, 'doc.txt', format));
          eager.adopt(initial, analyze(initial, options, 'doc.txt'));
          let text = initial;
          let last: Analysis | undefined;
          for (const edit of edits) {
            const change = changeFor(text, edit);
            text = applyChange(text, change);
            const result = lazy.update(text, [change]);
            const expected = eager.update(text, [change]);
            assert.equal(lazy.lastMode, eager.lastMode, 'the same path');
            for (const [at, length] of ranges) assertSameQueries(result, expected, at % (text.length + 1), (at % (text.length + 1)) + length);
            if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
            else last = result;
          }
          if (last) assert.deepStrictEqual(last, analyze(text, options, 'doc.txt'));
        },
      ),
      { seed: SEED, numRuns: searchRuns(200) },
    );
  });

  it("carries the summary lists' profile, equal to the one the host would compute, and line breaks after adoption equal analyze()", () => {
    const sections = ['供應鏈的壓力', '人工智能的需求', '明年的展望'];
    const text = [
      '# 專訪陳立文', '', '本次訪談重點：', '', ...sections.map((title) => `- ${title}`), '',
      ...sections.flatMap((title, i) => [`## ${title}`, '', '陳立文：', `我們去年營收達到${420 + i}億元，今年的需求還會更強。`, '', '這是第二段的說明，內容繼續。', '']),
    ].join('\n');
    const result = runAnalysisJob({ text, fileName: 'talk.md' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines && result.summaryProfile);
    const packed = structuredClone(packAnalysis(result.analysis, result.lines, result.summaryProfile));
    const expected = summaryProfile(new LineIndex(text), 'markdown', {});
    assert.ok(packed.summaryProfile && packed.summaryProfile.searchedListEnds.length > 0, 'the list searched');
    assert.deepStrictEqual(packed.summaryProfile, expected);

    // Enter inside speech, then Backspace joining it again: each equals a full analysis.
    const analyzer = new IncrementalAnalyzer({}, 'talk.md');
    analyzer.adopt(text, unpackAnalysis(packed));
    let current = text;
    const at = text.indexOf('今年的需求');
    for (const change of [{ rangeOffset: at, rangeLength: 0, text: '\n' }, { rangeOffset: at, rangeLength: 1, text: '' }]) {
      current = applyChange(current, change);
      assert.deepStrictEqual(analyzer.update(current, [change]), analyze(current, {}, 'talk.md'));
      assert.equal(analyzer.lastMode, 'line', 'taken locally, with the profile sent');
    }
    assert.equal(current, text);

    // A malformed profile is refused, as any other malformed part of the message.
    assert.throws(() => unpackAnalysis({ ...packed, summaryProfile: { ...expected, used: new Int32Array(0) } }), RangeError);
  });

  it('carries the label state, equal to counting it on the receiving thread, for every fixture', () => {
    for (const name of ['interview-zh-Hans.txt', 'panel.md', 'briefing-en.txt', 'topics-zh-Hant.txt', 'crlf-surrogates-zh-Hant.txt']) {
      const text = readFixture(name);
      const result = runAnalysisJob({ text, fileName: name }, { isCancelled: () => false }, () => 0);
      assert.ok(result.status === 'done' && result.lines && result.labelState);
      const sent = structuredClone(packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState)).labelState;
      assert.ok(sent, name);
      const lines = new LineIndex(text);
      const format = name.endsWith('.md') ? 'markdown' : 'plain';
      const counted = labelTallyOf(lines, format, {}).toData();
      assert.ok(counted.counts.length > 0, `${name}: labels counted`);
      assert.deepStrictEqual(sent.tally, counted, name);
      // Read back into a tally, the counts are the same ones.
      assert.deepStrictEqual(LabelSchemeTally.fromData(sent.tally, {}).toData(), counted, name);
      assert.deepStrictEqual(sent.handOvers, unresolvedHandOvers(lines), name);
      const analysis = analyze(text, {}, name);
      assert.deepStrictEqual(Array.from(sent.speakerFirsts), analysis.speakers.map((s) => analysis.turns.findIndex((t) => t.speaker === s.name)), name);
    }
  });

  it("takes the label tally from the analysis's own scheme scan, equal to counting the lines again, once", () => {
    let taken = 0;
    const check = (text: string, format: TranscriptFormat): void => {
      const lines = new LineIndex(text);
      const options = { format };
      analyzeIndexed(lines, options, '');
      const fromScheme = cachedOutline(lines, format, options)?.takeLabelTally?.();
      // A fresh index has no outline: counted line by line, as before the analysis kept its scan.
      const counted = labelTallyOf(new LineIndex(text), format, options).toData();
      if (format === 'srt') assert.equal(fromScheme, undefined);
      if (fromScheme) {
        taken++;
        assert.deepStrictEqual(fromScheme.toData(), counted);
      }
      // Taken once: the next call counts the lines again, with the same counts.
      assert.equal(cachedOutline(lines, format, options)?.takeLabelTally?.(), undefined);
      assert.deepStrictEqual(labelTallyOf(lines, format, options).toData(), counted);
    };
    for (const name of ['interview-zh-Hans.txt', 'panel.md', 'briefing-en.txt', 'topics-zh-Hant.txt', 'crlf-surrogates-zh-Hant.txt']) check(readFixture(name), name.endsWith('.md') ? 'markdown' : 'plain');
    assert.equal(taken, 5, 'every fixture tallied from its scheme');
    fc.assert(
      fc.property(transcriptArbitrary(40), fc.constantFrom<TranscriptFormat>('plain', 'markdown', 'srt'), (text, format) => check(text, format)),
      { seed: SEED, numRuns: searchRuns(150) },
    );
  });

  it('refuses a malformed label state, as any other malformed part of the message', () => {
    const text = '李明：我們去年營收達到420億元。\n王芳：明年很可能會再擴建兩座工廠。\n李明：好的。\n王芳：是的。\n';
    const result = runAnalysisJob({ text, fileName: 'a.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines && result.labelState);
    const packed = packAnalysis(result.analysis, result.lines, undefined, result.labelState);
    const state = packed.labelState!;
    assert.doesNotThrow(() => unpackAnalysis(packed));
    const counts = (edit: (counts: Int32Array) => void): Int32Array => {
      const copy = state.tally.counts.slice();
      edit(copy);
      return copy;
    };
    const malformed = [
      { ...state, tally: { ...state.tally, counts: state.tally.counts.slice(1) } },
      { ...state, tally: { ...state.tally, counts: counts((c) => (c[0] = 9)) } },
      { ...state, tally: { ...state.tally, counts: counts((c) => (c[2] = state.tally.strings.length)) } },
      { ...state, tally: { ...state.tally, counts: counts((c) => (c[3] = 0)) } },
      { ...state, tally: { strings: [...state.tally.strings, 7 as unknown as string], counts: state.tally.counts } },
      { ...state, handOvers: [3 as unknown as string] },
      { ...state, speakerFirsts: state.speakerFirsts.slice(1) },
      { ...state, speakerFirsts: state.speakerFirsts.map(() => result.analysis.turns.length) },
      { ...state, speakerFirsts: [0, 1] as unknown as Int32Array },
    ];
    for (const [i, labelState] of malformed.entries()) assert.throws(() => unpackAnalysis({ ...packed, labelState }), RangeError, `case ${i}`);
  });

  it('carries the line-number gutter reading, equal to reading it on the receiving thread', () => {
    const documents: [string, string][] = [
      ['record.txt', numberedRecord(3, 24, 0)],
      ['diluted.txt', numberedRecord(1, 24, 20)],
      ['list.txt', numberedRecord(1, 8, 0)],
      ...['interview-zh-Hans.txt', 'panel.md', 'panel.srt', 'briefing-en.txt'].map((name): [string, string] => [name, readFixture(name)]),
    ];
    const readings = documents.map(([name, text]) => {
      const result = runAnalysisJob({ text, fileName: name }, { isCancelled: () => false }, () => 0);
      assert.ok(result.status === 'done' && result.lines);
      const sent = structuredClone(packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState)).lineNumberGutter;
      // A fresh index: read by scanning its lines, as the host would.
      assert.deepStrictEqual(sent, readLineNumberGutter(new LineIndex(text)), name);
      return sent;
    });
    assert.deepStrictEqual(readings[0], { hasGutter: true, stableWithoutNumberedLines: false }, 'a stenographic record');
    assert.deepStrictEqual(readings[1], { hasGutter: false, stableWithoutNumberedLines: false }, 'too few numbered lines: hangs on their share');
    assert.deepStrictEqual(readings[2], { hasGutter: false, stableWithoutNumberedLines: true }, 'a short numbered list');
    assert.deepStrictEqual(readings[3], { hasGutter: false, stableWithoutNumberedLines: true }, 'an interview');
  });

  it('uses the gutter reading sent as the one the first edit reads, and takes it on first need when none came', () => {
    const text = numberedRecord(2, 24, 4);
    const result = runAnalysisJob({ text, fileName: 'record.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const packed = packAnalysis(result.analysis, result.lines);
    assert.equal(packed.lineNumberGutter?.hasGutter, true);
    // In the prose after the record: a line without a number.
    const at = text.lastIndexOf('budget');
    const change = { rangeOffset: at, rangeLength: 0, text: 'a' };
    const edited = applyChange(text, change);
    const firstEdit = (lineNumberGutter: typeof packed.lineNumberGutter): boolean => {
      const analyzer = new IncrementalAnalyzer({}, 'record.txt');
      analyzer.adopt(text, unpackAnalysis({ ...packed, lineNumberGutter }));
      const local = analyzer.updateLocally(edited, [change]);
      if (local) assert.deepStrictEqual(local, analyze(edited, {}, 'record.txt'));
      return local !== undefined;
    };
    // An edit keeping every line's gutter reading is re-analysed in the blanked lines, whether the reading came or was taken here.
    assert.equal(firstEdit(packed.lineNumberGutter), true);
    assert.equal(firstEdit(undefined), true);
    // Without the turns' starts in the blanked lines, the gutter document is analysed in full.
    const withoutStarts = (): boolean => {
      const analyzer = new IncrementalAnalyzer({}, 'record.txt');
      analyzer.adopt(text, unpackAnalysis({ ...packed, gutterTurnStarts: undefined }));
      return analyzer.updateLocally(edited, [change]) !== undefined;
    };
    assert.equal(withoutStarts(), false);
    // A reading that says "no gutter" is believed without a pass over the lines (so the edit is taken locally).
    assert.equal(firstEdit({ hasGutter: false, stableWithoutNumberedLines: true }), true);
  });

  it('refuses a malformed gutter reading, as any other malformed part of the message', () => {
    const text = numberedRecord(1, 24, 0);
    const result = runAnalysisJob({ text, fileName: 'record.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const packed = packAnalysis(result.analysis, result.lines);
    assert.doesNotThrow(() => unpackAnalysis(packed));
    const malformed: unknown[] = [null, 1, 'gutter', {}, { hasGutter: true }, { hasGutter: 'yes', stableWithoutNumberedLines: false }, { hasGutter: true, stableWithoutNumberedLines: true }];
    for (const [i, lineNumberGutter] of malformed.entries()) {
      assert.throws(() => unpackAnalysis({ ...packed, lineNumberGutter: lineNumberGutter as typeof packed.lineNumberGutter }), RangeError, `case ${i}`);
    }
  });

  it('carries the labels written inside lines, equal to reading them on the receiving thread', () => {
    const collapsed = ['ANNE HOST: Hello.', '', 'BOB GUEST: Hi.', '', 'ANNE HOST: Why?  BOB GUEST: Because. ANNE HOST: And? BOB GUEST: Done.'].join('\n');
    const documents: [string, string][] = [['collapsed.txt', collapsed], ...['interview-zh-Hans.txt', 'panel.md', 'briefing-en.txt'].map((name): [string, string] => [name, readFixture(name)])];
    for (const [name, text] of documents) {
      const result = runAnalysisJob({ text, fileName: name }, { isCancelled: () => false }, () => 0);
      assert.ok(result.status === 'done' && result.lines);
      const sent = structuredClone(packAnalysis(result.analysis, result.lines)).inlineLabelCandidates;
      assert.deepStrictEqual(new Set(sent), inlineLabelCandidates(text), name);
    }
    const result = runAnalysisJob({ text: collapsed, fileName: 'collapsed.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const sent = packAnalysis(result.analysis, result.lines).inlineLabelCandidates ?? [];
    for (const label of ['BOB GUEST:', 'ANNE HOST:']) assert.ok(sent.includes(label), label);
  });

  it('uses the inline label candidates sent as those the first edit checks', () => {
    // No line holds a label inside it, so typing before the colon of a label line is local unless a candidate says otherwise.
    const text = ['ANNE HOST: Hello there.', '', 'BOB GUEST: Hi. Sales rose 40 percent in 2023.', '', 'ANNE HOST: Why?'].join('\n');
    const result = runAnalysisJob({ text, fileName: 'interview.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const packed = packAnalysis(result.analysis, result.lines);
    assert.deepStrictEqual(packed.inlineLabelCandidates, []);
    const at = text.indexOf('BOB GUEST:') + 'BOB GUEST'.length;
    const change = { rangeOffset: at, rangeLength: 0, text: 'S' };
    const firstEdit = (inlineLabelCandidates: readonly string[] | undefined): boolean => {
      const analyzer = new IncrementalAnalyzer({}, 'interview.txt');
      analyzer.adopt(text, unpackAnalysis({ ...packed, inlineLabelCandidates }));
      return analyzer.updateLocally(applyChange(text, change), [change]) !== undefined;
    };
    // A candidate the edit types is believed (so it falls back); none sent: read here, none found.
    assert.equal(firstEdit(['BOB GUESTS:']), false);
    assert.equal(firstEdit(packed.inlineLabelCandidates), true);
    assert.equal(firstEdit(undefined), true);
  });

  it('refuses malformed inline label candidates', () => {
    const text = readFixture('briefing-en.txt');
    const result = runAnalysisJob({ text, fileName: 'briefing-en.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const packed = packAnalysis(result.analysis, result.lines);
    for (const [i, candidates] of [null, 'A:', [1], {}, ['A:', null]].entries()) {
      assert.throws(() => unpackAnalysis({ ...packed, inlineLabelCandidates: candidates as unknown as string[] }), RangeError, `case ${i}`);
    }
  });

  it("carries a subtitle file's register counts, equal to counting them on the receiving thread, and none for other formats", () => {
    for (const name of ['panel.srt', 'interview-zh-Hans.txt']) {
      const text = readFixture(name);
      const result = runAnalysisJob({ text, fileName: name }, { isCancelled: () => false }, () => 0);
      assert.ok(result.status === 'done' && result.lines);
      const sent = structuredClone(packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState, result.register)).register;
      assert.deepStrictEqual(sent, name.endsWith('.srt') ? registerCounts(new LineIndex(text)) : undefined, name);
    }
  });

  it('uses the register counts sent for edits that change a line\'s share, and refuses malformed ones', () => {
    const text = readFixture('panel.srt');
    const result = runAnalysisJob({ text, fileName: 'panel.srt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines && result.register);
    const packed = packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState, result.register);
    const counts = result.register();
    // A question mark typed at the end of a cue's text: one more line ending in `?`.
    const at = text.indexOf('chips.') + 'chips'.length;
    const change = { rangeOffset: at, rangeLength: 1, text: '?' };
    const edited = applyChange(text, change);
    const firstEdit = (register: typeof packed.register): Analysis | undefined => {
      const analyzer = new IncrementalAnalyzer({}, 'panel.srt');
      analyzer.adopt(text, unpackAnalysis({ ...packed, register }));
      return analyzer.updateLocally(edited, [change]);
    };
    assert.deepStrictEqual(firstEdit(packed.register), analyze(edited, {}, 'panel.srt'));
    assert.deepStrictEqual(firstEdit(undefined), analyze(edited, {}, 'panel.srt'), 'counted on first need when none came');
    // Counts one question short of dialogue are believed (no pass over the lines): the edit turns the reading, so it falls back.
    assert.equal(firstEdit({ cueLines: 40, questionsOrExclamations: 3, short: 10, dialogueDashes: 0 }), undefined);
    const malformed: unknown[] = [
      null,
      3,
      {},
      { ...counts, short: -1 },
      { ...counts, cueLines: 1.5 },
      { cueLines: 1, questionsOrExclamations: 2, short: 0, dialogueDashes: 0 },
      { cueLines: counts.cueLines, questionsOrExclamations: counts.questionsOrExclamations, short: counts.short },
      { ...counts, dialogueDashes: counts.cueLines + 1 },
    ];
    for (const [i, register] of malformed.entries()) {
      assert.throws(() => unpackAnalysis({ ...packed, register: register as typeof packed.register }), RangeError, `case ${i}`);
    }
  });

  it('equals a full analyze() after random edits of line-numbered documents adopted from a worker', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 8, max: 25 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(editArbitrary, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(3, 256),
        (pages, perPage, unnumbered, edits, blockSize) => {
          const initial = numberedRecord(pages, perPage, unnumbered);
          const analyzer = new IncrementalAnalyzer({}, 'record.txt', blockSize);
          analyzer.adopt(initial, fromWorker(initial, 'record.txt'));
          let text = initial;
          for (const edit of edits) {
            const change = changeFor(text, edit);
            text = applyChange(text, change);
            assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'record.txt'));
          }
        },
      ),
      { seed: SEED, numRuns: searchRuns(150) },
    );
  });

  it('scans the text again when the line starts sent do not fit it', () => {
    const text = '李明：我們去年營收達到420億元。\r\n\r\n王芳：明年很可能會再擴建兩座工廠。\n';
    const result = runAnalysisJob({ text, fileName: 'a.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const packed = packAnalysis(result.analysis, result.lines);
    const wrong = [Int32Array.from([0, 5]), Int32Array.from([0, text.indexOf('\n')]), Int32Array.from([1]), Int32Array.from([0, text.length + 1])];
    for (const lineStarts of wrong) {
      const analyzer = new IncrementalAnalyzer({}, 'a.txt');
      analyzer.adopt(text, unpackAnalysis({ ...packed, lineStarts }));
      assert.deepStrictEqual(Array.from(analyzer.lines!.lineStarts()), Array.from(new LineIndex(text).lineStarts()), `starts ${Array.from(lineStarts).join(',')}`);
      assert.deepStrictEqual(analyzer.analysis, analyze(text, {}, 'a.txt'));
    }
  });
});

describe('LineIndex.fromLineStarts', () => {
  it('answers as an index that scanned the text, for \\n, \\r\\n and lone \\r, across chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 2500 }), (parts) => {
        const text = parts.map(([line, br]) => line.replace(/[\r\n]/g, '') + br).join('');
        const scanned = new LineIndex(text);
        const given = LineIndex.fromLineStarts(text, scanned.lineStarts());
        assert.equal(given.lineCount, scanned.lineCount);
        for (let line = 0; line < scanned.lineCount; line += 7) {
          assert.equal(given.lineStart(line), scanned.lineStart(line));
          assert.equal(given.lineEnd(line), scanned.lineEnd(line));
        }
        for (let offset = 0; offset <= text.length; offset += 13) assert.equal(given.lineAt(offset), scanned.lineAt(offset));
        // Edits inside a line copy a chunk rather than writing into the array sent.
        const sent = scanned.lineStarts();
        const edited = LineIndex.fromLineStarts(text, sent).withTextEditedInLine(`x${text}`, 0, 1);
        assert.deepStrictEqual(sent, scanned.lineStarts());
        assert.equal(edited.lineStart(scanned.lineCount - 1), scanned.lineStart(scanned.lineCount - 1) + (scanned.lineCount > 1 ? 1 : 0));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('refuses starts that do not follow a line break or fall between \\r and \\n', () => {
    const text = 'ab\r\ncd\ne';
    assert.deepStrictEqual(Array.from(LineIndex.fromLineStarts(text, Int32Array.from([0, 4, 7])).lineStarts()), [0, 4, 7]);
    for (const starts of [[], [1], [0, 3], [0, 2], [0, 7, 4], [0, 4, 4], [0, 4, 9]]) {
      assert.throws(() => LineIndex.fromLineStarts(text, Int32Array.from(starts)), RangeError, starts.join(','));
    }
  });
});
