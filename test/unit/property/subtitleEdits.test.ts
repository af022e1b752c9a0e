import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/analyze';
import fc from 'fast-check';
import { IncrementalAnalyzer, type TextChange } from '../../../src/core/analysis/incremental';
import { CaptionRepeats } from '../../../src/core/claims/captionLines';
import { repoRoot } from '../repoRoot';
import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';
import { isDeepStrictEqual } from 'node:util';
import { generator, blockStarts } from './arbitraries';
import { searchRuns } from '../searchBudget';

/**
 * Dev subtitle files (issue 13): typing inside a cue's text, its timing or number, and between cues; Enter and
 * joined lines inside a cue. Film
 * dialogue (its register lowers every claim), SDH labels, Whisper and caption runs, a podcast's labelled cues wrapped
 * before capitals (one sentence over a cue's lines), Chinese SRT and WebVTT.
 */
const EN = ['citizen-hearing-2013-truth-embargo-whisper.srt', 'mariners-sermon-2026-06-21-captions.srt', 'parseeng-deadpool-film-subtitles.srt', 'polyu-comp5521-cryptography-lecture-whisper.srt', 'preprocessing-srt-inglourious-basterds-sdh.srt', 'virtualcoffee-podcast-s6e3-captions.srt', '3b1b-medical-test-paradox-captions.srt', 'icfp2020-session1-opening-captions.srt', 'shapiro-superintelligence-containment-youtube-captions.sbv'];
const ZH_HANS = ['gdsub-robot-grasping-sim2real.srt', 'montagesubs-frankenstein-2025-film-subtitles.srt', 'pie-podcast-ep45-whisper.srt', 'ted-immune-healing-zh-cn.vtt'];
const ZH_HANT = ['ted-immune-healing-zh-tw.vtt', 'tonghao-nutritionist-keto-talk-subtitles.vtt'];
/** Letters, sentence ends, commas, quotes, a question, a label, a voice tag, a dash, a sound, markup, digits, a line break. */
const TYPED = ['a', ' ', 'the', '.', '?', '!', ',', 'and then', 'Well. So', '"', 'JOHN: ', '<v Ann>', '- ', '[laughs]', '<i>', '5', '-->', 'NOTE ', '\n', '我', '，', '。', '吗？', '「', '主持人：'];

describe('IncrementalAnalyzer on subtitle files (SRT, WebVTT)', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: EN, typed: TYPED, removedBelow: 6 });
  // A Zoom export (invented, test/fixtures/tool-exports): the speaker's label on every cue, sentences going on from cue to cue behind repeated labels, a few cues without one.
  itEqualsAnalyzeAfterRandomEdits({ root: 'test/fixtures', folder: 'tool-exports', files: ['zoom-cooking-video-planning.vtt'], typed: TYPED, removedBelow: 6 });
  // A Teams export: a voice tag on every cue, sentences going on from cue to cue behind them.
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['teams-vtt-ghelli-data-organisation-lecture.vtt'], typed: TYPED, removedBelow: 6 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: ZH_HANS, typed: TYPED, removedBelow: 6 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ZH_HANT, typed: TYPED, removedBelow: 6 });
  // One analyzer through 300 edits: the register's counts and reading carried from edit to edit.
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['parseeng-deadpool-film-subtitles.srt', 'mariners-sermon-2026-06-21-captions.srt', 'virtualcoffee-podcast-s6e3-captions.srt'], typed: TYPED, removedBelow: 6, editsPerFile: 300, chained: true });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ['ted-immune-healing-zh-tw.vtt'], typed: TYPED, removedBelow: 6, editsPerFile: 300, chained: true });
  // Rolling captions (each cue shows the line before again; claims/captionLines.ts): every edit falls back.
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['youtube-auto-captions-edelman-cnbc.vtt'], typed: TYPED, removedBelow: 6, allFallBack: true });
});

type CueEditKind = 'delete' | 'delete from the text above' | 'paste' | 'paste after the text above' | 'duplicate';
const CUE_EDITS: readonly CueEditKind[] = ['delete', 'delete from the text above', 'paste', 'paste after the text above', 'duplicate'];

/** A whole cue deleted (its lines and the blank line after them, or the line break and blank line before them), another pasted before a cue (or after the text above it), or one pasted again after itself. */
function cueEdit(text: string, random: (below: number) => number): { kind: CueEditKind; change: { rangeOffset: number; rangeLength: number; text: string } } {
  const starts = blockStarts(text);
  const i = 1 + random(starts.length - 2);
  const start = starts[i]!;
  const next = starts[i + 1]!;
  const kind = CUE_EDITS[random(CUE_EDITS.length)]!;
  if (kind === 'delete') return { kind, change: { rangeOffset: start, rangeLength: next - start, text: '' } };
  if (kind === 'delete from the text above') {
    // From the end of the previous cue's last line to the end of this cue's last line.
    const above = text.slice(0, start).replace(/\s+$/, '').length;
    const end = text.slice(0, next).replace(/\s+$/, '').length;
    return { kind, change: { rangeOffset: above, rangeLength: end - above, text: '' } };
  }
  const source = kind === 'duplicate' ? i : 1 + random(starts.length - 2);
  if (kind === 'paste after the text above') {
    // The line break and blank line before a cue and its lines, pasted at the end of the previous cue's text.
    const from = text.slice(0, starts[source]!).replace(/\s+$/, '').length;
    const to = text.slice(0, starts[source + 1]!).replace(/\s+$/, '').length;
    return { kind, change: { rangeOffset: text.slice(0, start).replace(/\s+$/, '').length, rangeLength: 0, text: text.slice(from, to) } };
  }
  const cue = text.slice(starts[source]!, starts[source + 1]!);
  return { kind, change: { rangeOffset: kind === 'duplicate' ? next : start, rangeLength: 0, text: cue } };
}

/**
 * Whole cues deleted, pasted and duplicated (issue 13): each result equals analyze(), and deletions and pastes
 * stayed local somewhere. `chained`: one analyzer through every edit (the cue counts carried over).
 */
function itEqualsAnalyzeAfterCueEdits(folder: string, files: readonly string[], chained = false, edits = 40): void {
  for (const file of files) {
    it(`equals a full analyze() after ${chained ? 'a chain of ' : ''}whole cues deleted, pasted and duplicated in ${file}, some of each local`, () => {
      let text = readFileSync(join(repoRoot(), 'test/corpus', folder, file), 'utf8');
      const random = generator(20261205);
      const local = new Map<string, number>();
      const chain = new IncrementalAnalyzer({}, file);
      chain.update(text);
      for (let n = 0; n < edits; n++) {
        const analyzer = chained ? chain : new IncrementalAnalyzer({}, file);
        if (!chained) analyzer.update(text);
        const { kind, change } = cueEdit(text, random);
        const edited = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
        const result = analyzer.update(edited, [change]);
        if (analyzer.lastMode === 'line') local.set(kind.startsWith('delete') ? 'delete' : 'paste', (local.get(kind.startsWith('delete') ? 'delete' : 'paste') ?? 0) + 1);
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, file)), `edit ${n}: ${kind} at ${change.rangeOffset} (${change.rangeLength} removed, ${JSON.stringify(change.text.slice(0, 80))})`);
        if (chained) text = edited;
      }
      assert.ok(local.get('delete'), 'no deletion stayed local');
      assert.ok(local.get('paste'), 'no paste stayed local');
    });
  }
}

describe('IncrementalAnalyzer on subtitle files: whole cues deleted, pasted and duplicated', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterCueEdits('en', EN);
  itEqualsAnalyzeAfterCueEdits('zh-Hans', ZH_HANS);
  itEqualsAnalyzeAfterCueEdits('zh-Hant', ZH_HANT);
  itEqualsAnalyzeAfterCueEdits('en', ['parseeng-deadpool-film-subtitles.srt', 'preprocessing-srt-inglourious-basterds-sdh.srt'], true, 150);
  itEqualsAnalyzeAfterCueEdits('zh-Hant', ['ted-immune-healing-zh-tw.vtt'], true, 150);
});

/** Cue `n` of an SRT file written by srtOf: its number, timing and text lines and the blank line after them. */
function cue(text: string, n: number): string {
  return text.slice(text.indexOf(`\n${n}\n`) + 1, text.indexOf(`\n${n + 1}\n`) + 1);
}

type SrtEdit = (text: string) => { rangeOffset: number; rangeLength: number; text: string };

/** One test per case: the edit of an SRT file gives what analyze() gives, locally or in full as the case says. */
function itEqualsAnalyzeAfterSrtEdits(cases: readonly (readonly [name: string, text: string, changeOf: SrtEdit, local: boolean])[]): void {
  for (const [name, text, changeOf, local] of cases) {
    it(`equals a full analyze() after ${name}, ${local ? 'locally' : 'in full'}`, () => {
      const change = changeOf(text);
      const edited = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
      const analyzer = new IncrementalAnalyzer({}, 'doc.srt');
      analyzer.update(text);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'doc.srt'));
      assert.equal(analyzer.lastMode, local ? 'line' : 'full');
    });
  }
}

/** An SRT file of cues, each `[speaker, text]` (an empty speaker: no label). */
function srtOf(cues: readonly (readonly [string, string])[]): string {
  return cues.map(([speaker, line], i) => `${i + 1}\n00:00:${String(i + 10)},000 --> 00:00:${String(i + 10)},900\n${speaker ? `${speaker}: ` : ''}${line}\n`).join('\n');
}

describe('IncrementalAnalyzer: whole cues where labels run on over unlabelled cues, or turn to (issue 13)', () => {
  // Labels on at least half the cues run on: an unlabelled cue goes on with the turn above it.
  const running = srtOf([['JOHN', 'We started in the spring.'], ['', 'It took a year.'], ['', 'Then another.'], ['MARY', 'And then?'], ['MARY', 'Go on.'], ['JOHN', 'We stopped.'], ['JOHN', 'For good.'], ['MARY', 'Why?']]);
  // Two labels of five cues name their own cue only; one cue fewer, they run on.
  const threshold = srtOf([['JOHN', 'We started in the spring.'], ['', 'It took a year.'], ['', 'Then another.'], ['MARY', 'And then?'], ['', 'We stopped.']]);
  const cases: [string, string, SrtEdit, boolean][] = [
    ['deleting a cue inside a running turn', running, (t) => ({ rangeOffset: t.indexOf('2\n00'), rangeLength: cue(t, 2).length, text: '' }), true],
    ['deleting the cue a running turn ends in', running, (t) => ({ rangeOffset: t.indexOf('3\n00'), rangeLength: cue(t, 3).length, text: '' }), false],
    ['pasting a cue inside a running turn', running, (t) => ({ rangeOffset: t.indexOf('3\n00'), rangeLength: 0, text: cue(t, 2) }), true],
    ['pasting a cue after the end of a running turn', running, (t) => ({ rangeOffset: t.indexOf('4\n00'), rangeLength: 0, text: cue(t, 2) }), false],
    ['deleting the cue that turns labels from their own cue to running on', threshold, (t) => ({ rangeOffset: t.indexOf('2\n00'), rangeLength: cue(t, 2).length, text: '' }), false],
    ['deleting an unlabelled cue where labels stay on their own cue', srtOf([['JOHN', 'Yes.'], ['', 'It took a year.'], ['', 'Then another.'], ['', 'Go on.'], ['MARY', 'And then?'], ['', 'We stopped.']]), (t) => ({ rangeOffset: t.indexOf('3\n00'), rangeLength: cue(t, 3).length, text: '' }), true],
  ];
  itEqualsAnalyzeAfterSrtEdits(cases);
});

describe('IncrementalAnalyzer: cues going on with the sentence a labelled cue left open, where labels name their own cue', () => {
  // One label in seven cues: labels name their own cue; cue 3 goes on with cue 2's sentence.
  const text = srtOf([['', 'Kinda lonesome back here.'], ['NARRATOR', 'The reason for his fame'], ['', 'among the soldiers is simple.'], ['', 'He killed officers.'], ['', 'Not the Daffodil Daydream.'], ['', 'The girl.'], ['', 'Gita.']]);
  const cases: [string, SrtEdit, boolean][] = [
    ['a full stop typed at the end of the labelled cue (its sentence ends there)', (t) => ({ rangeOffset: t.indexOf('fame') + 4, rangeLength: 0, text: '.' }), false],
    ['the going-on cue\'s first letter made a capital', (t) => ({ rangeOffset: t.indexOf('among'), rangeLength: 1, text: 'A' }), false],
    ['a letter typed inside the going-on cue', (t) => ({ rangeOffset: t.indexOf('soldiers'), rangeLength: 0, text: 'x' }), true],
    ['a full stop typed at the end of a cue no turn reaches', (t) => ({ rangeOffset: t.indexOf('The girl') + 8, rangeLength: 1, text: '!' }), true],
    ['the going-on cue deleted', (t) => ({ rangeOffset: t.indexOf('3\n00'), rangeLength: cue(t, 3).length, text: '' }), false],
    ['a going-on cue pasted after the labelled one', (t) => ({ rangeOffset: t.indexOf('3\n00'), rangeLength: 0, text: cue(t, 3) }), false],
    ['a cue opening a sentence deleted away from the turn', (t) => ({ rangeOffset: t.indexOf('6\n00'), rangeLength: cue(t, 6).length, text: '' }), true],
  ];
  itEqualsAnalyzeAfterSrtEdits(cases.map(([name, changeOf, local]) => [name, text, changeOf, local] as const));
});

describe('IncrementalAnalyzer: captions that label few cues but cut them by time, where labels run on', () => {
  // Two labels in twelve cues, seven of them going on with an open sentence: the labels run on.
  const captions = srtOf([['CHAIR', 'Hello, I am the chair,'], ['', 'and it is my pleasure to open'], ['', 'our first session.'], ['', 'We are on YouTube'], ['', 'for those who registered,'], ['', 'and in the chat.'], ['', 'First up is Ben.'], ['BEN', 'Hello, my name'], ['', 'is Ben and I will tell'], ['', 'you about frames.'], ['', 'They are useful in'], ['', 'compilers too.']]);
  // Three cues of nine going on: one fewer, and labels name their own cue only.
  const threshold = srtOf([['ANN', 'We start'], ['', 'in the spring.'], ['', 'It rained.'], ['BEN', 'And then'], ['', 'we stopped'], ['', 'for good.'], ['', 'Why?'], ['', 'No.'], ['', 'Fine.']]);
  const cases: [string, string, SrtEdit, boolean][] = [
    ['a going-on cue deleted inside a turn', captions, (t) => ({ rangeOffset: t.indexOf('5\n00'), rangeLength: cue(t, 5).length, text: '' }), true],
    ['a going-on cue pasted inside a turn', captions, (t) => ({ rangeOffset: t.indexOf('6\n00'), rangeLength: 0, text: cue(t, 5) }), true],
    ['a going-on cue\'s first letter made a capital', captions, (t) => ({ rangeOffset: t.indexOf('and it is'), rangeLength: 1, text: 'A' }), false],
    ['a going-on cue\'s first letter made a capital where that leaves too few for labels to run on', threshold, (t) => ({ rangeOffset: t.indexOf('for good'), rangeLength: 1, text: 'F' }), false],
    ['the going-on cue deleted that leaves too few for labels to run on', threshold, (t) => ({ rangeOffset: t.indexOf('6\n00'), rangeLength: cue(t, 6).length, text: '' }), false],
  ];
  itEqualsAnalyzeAfterSrtEdits(cases);
  it('reads the threshold file\'s labels as running on before the deletion and as naming their own cue after it', () => {
    const edited = threshold.replace(cue(threshold, 6), '');
    assert.equal(analyze(threshold, {}, 'doc.srt').turns.length, 2);
    assert.deepEqual(analyze(edited, {}, 'doc.srt').turns.map((t) => t.source), ['label', 'cue', 'label', 'cue']);
  });
});

describe('IncrementalAnalyzer: a whole cue pasted where the reported edit cuts the text elsewhere', () => {
  it('moves the results as the lines move: typed at the end of the last line, which reads the same below the pasted cue', () => {
    const text = `WEBVTT\n\n${['Hello there.', 'It rained.', 'We left.'].map((line, i) => `00:00:0${i}.000 --> 00:00:0${i}.900\n${line}\n\n`).join('')}<v Ann>Good morning.`;
    // The last line becomes a timing line, and the same line comes again after the pasted lines: whole lines
    // pasted before the old last line, which (with its voice turn) moves down.
    const change = { rangeOffset: text.length, rangeLength: 0, text: ' --> 00:00:05.000\nPlain words.\n\n<v Ann>Good morning.' };
    const edited = text + change.text;
    const analyzer = new IncrementalAnalyzer({}, 'doc.vtt');
    analyzer.update(text);
    assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'doc.vtt'));
    assert.equal(analyzer.lastMode, 'line');
  });
});

describe('IncrementalAnalyzer: whether subtitles roll, per keystroke', () => {
  it('reads it once per keystroke in a cue: the old text\'s reading is the previous keystroke\'s', () => {
    const file = 'parseeng-deadpool-film-subtitles.srt';
    let text = readFileSync(join(repoRoot(), 'test/corpus/en', file), 'utf8');
    const analyzer = new IncrementalAnalyzer({}, file);
    analyzer.update(text);
    const original = Object.getOwnPropertyDescriptor(CaptionRepeats, 'of')!;
    let readings = 0;
    CaptionRepeats.of = (lines) => {
      readings++;
      return (original.value as typeof CaptionRepeats.of)(lines);
    };
    try {
      const at = text.indexOf('\n', text.length >> 1);
      let local = 0;
      for (let i = 0; i < 10; i++) {
        const before = readings;
        text = text.slice(0, at + i) + 'a' + text.slice(at + i);
        analyzer.update(text, [{ rangeOffset: at + i, rangeLength: 0, text: 'a' }]);
        assert.equal(analyzer.lastMode, 'line', `keystroke ${i}`);
        local++;
        // The first keystroke after the full analysis reads the old text too.
        assert.equal(readings - before, i === 0 ? 2 : 1, `keystroke ${i}`);
      }
      assert.equal(local, 10);
    } finally {
      Object.defineProperty(CaptionRepeats, 'of', original);
    }
  });
});

describe('IncrementalAnalyzer: markup-only lines, which are stage directions only in a document holding `<`', () => {
  const cases: [string, string, string, string, string][] = [
    // `**` over a voice tag: the tag's `<` makes it a direction; read alone, the edited line holds none.
    ['`**` edited above a voice tag (SRT)', 'doc.srt', '1\n00:00:01,000 --> 00:00:02,000\n**\n<v Ann>Hello there.\n\n2\n00:00:03,000 --> 00:00:04,000\nGood morning.\n', '**', 'a'],
    // The document's first `<` turns the `**` line elsewhere into a direction.
    ['the first `<` typed into a cue (SRT)', 'doc.srt', '1\n00:00:01,000 --> 00:00:02,000\n**\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,000\nGood morning.\n', 'morning', '<i>'],
    ['the first `<` typed into speech', 'doc.txt', '主持人：歡迎各位。\n王芳：我認為這種擔心是多餘的，\n**\n我們的客戶非常優秀。\n李明：據公司年報，我們去年營收達到420億元。\n', '營收', '<'],
  ];
  for (const [name, file, text, near, typed] of cases) {
    it(`equals a full analyze() after ${name}`, () => {
      const at = text.indexOf(near);
      const change = { rangeOffset: at, rangeLength: typed === 'a' ? 1 : 0, text: typed };
      const edited = text.slice(0, at) + typed + text.slice(at + change.rangeLength);
      // The edit does change the stage directions: a local path that kept them would be wrong.
      assert.notEqual(analyze(edited, {}, file).stageDirections.length, analyze(text, {}, file).stageDirections.length);
      const analyzer = new IncrementalAnalyzer({}, file);
      analyzer.update(text);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, file));
    });
  }
});

/** Cue text: sentences that end, and pieces that go on into the next line or cue, some with figures, some behind a voice tag (one voice per cue, as Omny and Teams write it). */
const CUE_TEXT = ['Hello there.', 'Our revenue grew', 'by 12 percent last year,', 'and it goes on,', 'We agree.', '我們去年營收達到420億元，', '而且', 'in 2019 we had', 'about 30 people.', 'Yes', 'OK?', '<v Ann>Good morning.', '<v Ann>Our revenue grew', '<v Ann>by 12 percent last year,', '<v Bob>in 2019 we had'];
/** Timing lines as written, and with a voice tag after or before the times (`<v Ann>00:00:01.000 --> …`). */
const TIMING = (cue: number, how: number): string => [`00:00:0${cue}.000 --> 00:00:0${cue}.900`, `00:00:0${cue}.000 --> 00:00:0${cue}.900 <v Ann>`, `00:00:0${cue}.000 --> 00:00:0${cue}.900 <v Bob>Hi.`, `<v Ann>00:00:0${cue}.000 --> 00:00:0${cue}.900`][how]!;
const cueFile = fc.record({
  br: fc.constantFrom('\r', '\n', '\r\n'),
  cues: fc.array(fc.record({ numbered: fc.boolean(), timing: fc.integer({ min: 0, max: 3 }), text: fc.array(fc.constantFrom(...CUE_TEXT), { minLength: 1, maxLength: 4 }) }), { minLength: 2, maxLength: 6 }),
}).map(({ br, cues }) => ({ br, text: ['WEBVTT', '', ...cues.flatMap((cue, i) => [...(cue.numbered ? [String(i + 1)] : []), TIMING(i, cue.timing), ...cue.text, ''])].join(br) }));
/** A text line (never the header's) deleted with the line break after or before it, emptied, or its first character deleted. */
const lineDeletion = fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), how: fc.constantFrom('with the break after', 'with the break before', 'emptied', 'first character') });

function deletionIn(text: string, br: string, edit: { at: number; how: string }): TextChange | undefined {
  const lines = text.split(br);
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + br.length;
  }
  const line = 2 + Math.floor(edit.at * (lines.length - 3));
  const start = starts[line]!;
  const length = lines[line]!.length;
  if (length === 0 || line + 1 >= lines.length) return undefined;
  switch (edit.how) {
    case 'with the break after': return { rangeOffset: start, rangeLength: length + br.length, text: '' };
    case 'with the break before': return { rangeOffset: start - br.length, rangeLength: length + br.length, text: '' };
    case 'emptied': return { rangeOffset: start, rangeLength: length, text: '' };
    default: return { rangeOffset: start, rangeLength: 1, text: '' };
  }
}

describe('IncrementalAnalyzer: WebVTT with lone CR line breaks and voice tags on timing lines', function () {
  this.timeout(120_000);
  it('equals a full analyze() after text lines of cues are deleted, one edit after another (LF, CRLF and lone CR)', () => {
    let local = 0;
    fc.assert(
      fc.property(cueFile, fc.array(lineDeletion, { minLength: 1, maxLength: 4 }), fc.constantFrom(1, 3, 256), ({ br, text: initial }, edits, blockSize) => {
        const analyzer = new IncrementalAnalyzer({}, 'doc.vtt', blockSize);
        let text = initial;
        analyzer.update(text);
        for (const edit of edits) {
          const change = deletionIn(text, br, edit);
          if (!change) continue;
          text = text.slice(0, change.rangeOffset) + text.slice(change.rangeOffset + change.rangeLength);
          assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'doc.vtt'));
          if (analyzer.lastMode === 'line') local++;
        }
      }),
      { seed: 20261205, numRuns: searchRuns(400) },
    );
    assert.ok(local > 0, 'no deletion stayed local');
  });

  it('reads a sentence carried over a cue whose timing line holds a voice tag the same with lone CR line breaks as with LF (no timing in its text)', () => {
    const text = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nOur revenue grew\n\n2\n00:00:03.000 --> 00:00:04.000 <v Ann>\nby 12 percent last year.\n';
    const read = (br: string): unknown => analyze(text.replace(/\n/g, br), {}, 'doc.vtt').claims.map((c) => [c.text, c.cues]);
    assert.deepStrictEqual(read('\r'), read('\n'));
    assert.deepStrictEqual(read('\r\n'), read('\n'));
  });

  it('reads no time out of a timing line with a voice tag before it, whatever case the cue\'s text opens in', () => {
    for (const br of ['\n', '\r']) {
      const text = ['WEBVTT', '', '<v Ann>00:00:00.000 --> 00:00:00.900', 'es', '', '00:00:01.000 --> 00:00:01.900', 'about 30 people.', ''].join(br);
      const claims = analyze(text, {}, 'doc.vtt').claims;
      assert.ok(claims.length > 0 && claims.every((c) => !c.text.includes('-->') && !c.cues.some((cue) => cue.startsWith('time:'))), JSON.stringify(claims));
    }
  });
});
