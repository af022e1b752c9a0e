import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer, type TextChange } from '../../../src/core/analysis/incremental';
import { repoRoot } from '../repoRoot';
import { generator, blockStarts } from './arbitraries';
import { searchRuns } from '../searchBudget';

/**
 * Whole cues holding a speaker label or voice tag deleted (issue 13), among plain cues deleted and pasted: each
 * result equals analyze(), and in files whose labels name their own cue some labelled deletions stay local.
 */
const EN = ['citizen-hearing-2013-truth-embargo-whisper.srt', 'mariners-sermon-2026-06-21-captions.srt', 'parseeng-deadpool-film-subtitles.srt', 'polyu-comp5521-cryptography-lecture-whisper.srt', 'preprocessing-srt-inglourious-basterds-sdh.srt', 'virtualcoffee-podcast-s6e3-captions.srt', '3b1b-medical-test-paradox-captions.srt', 'icfp2020-session1-opening-captions.srt', 'medford-city-council-2013-06-05-whisperx.srt'];
/**
 * Files whose labels name their own cue (SDH, film dialogue): some deletions stay local. Not the captions that
 * name a speaker only where the speaker changes (Virtual Coffee, ICFP): their labels run on over the cues after
 * them, so deleting one changes the turns of the cues below it.
 */
const LOCAL_EN = ['parseeng-deadpool-film-subtitles.srt', 'preprocessing-srt-inglourious-basterds-sdh.srt'];
const ZH_HANS = ['gdsub-robot-grasping-sim2real.srt', 'montagesubs-frankenstein-2025-film-subtitles.srt', 'pie-podcast-ep45-whisper.srt', 'ted-immune-healing-zh-cn.vtt'];
const ZH_HANT = ['ted-immune-healing-zh-tw.vtt', 'tonghao-nutritionist-keto-talk-subtitles.vtt'];

/** A label, voice tag, dash or bracket opening a line of the cue's text (what the edit aims at; the analyzer decides). */
const LABEL_LIKE = /<v[ .]|^[ \t]*[-([>]|^[^\r\n:：]{1,30}[:：]/m;

type Kind = 'labelled deleted' | 'labelled deleted from the text above' | 'cue deleted' | 'cue pasted';

/** A labelled cue deleted (from its first line to the next cue's, or from the end of the text above), or any cue deleted or pasted. */
function edit(text: string, random: (below: number) => number): { kind: Kind; change: TextChange } | undefined {
  const starts = blockStarts(text);
  if (starts.length < 4) return undefined;
  const pick = random(4);
  const cueAt = (i: number): string => text.slice(starts[i]!, starts[i + 1]!);
  let i = 1 + random(starts.length - 2);
  if (pick < 2) {
    const labelled: number[] = [];
    for (let j = 1; j < starts.length - 1; j++) if (LABEL_LIKE.test(cueAt(j).split(/\r?\n|\r/).slice(2).join('\n'))) labelled.push(j);
    if (labelled.length === 0) return undefined;
    i = labelled[random(labelled.length)]!;
  }
  const start = starts[i]!;
  const next = starts[i + 1]!;
  if (pick === 1) {
    const above = text.slice(0, start).replace(/\s+$/, '').length;
    const end = text.slice(0, next).replace(/\s+$/, '').length;
    return { kind: 'labelled deleted from the text above', change: { rangeOffset: above, rangeLength: end - above, text: '' } };
  }
  if (pick === 3) return { kind: 'cue pasted', change: { rangeOffset: start, rangeLength: 0, text: cueAt(1 + random(starts.length - 2)) } };
  return { kind: pick === 0 ? 'labelled deleted' : 'cue deleted', change: { rangeOffset: start, rangeLength: next - start, text: '' } };
}

function itEqualsAnalyzeAfterLabelledCueDeletions(folder: string, files: readonly string[], options: { chained?: boolean; edits?: number; someLocal?: boolean } = {}): void {
  const { chained = false, edits = 40, someLocal = false } = options;
  for (const file of files) {
    it(`equals a full analyze() after ${chained ? 'a chain of ' : ''}labelled cues deleted among other whole-cue edits in ${file}${someLocal ? ', some labelled ones local' : ''}`, () => {
      let text = readFileSync(join(repoRoot(), 'test/corpus', folder, file), 'utf8');
      const random = generator(20261205);
      let labelledLocal = 0;
      const chain = new IncrementalAnalyzer({}, file);
      chain.update(text);
      for (let n = 0; n < searchRuns(edits); n++) {
        const picked = edit(text, random);
        if (!picked) continue;
        const { kind, change } = picked;
        const analyzer = chained ? chain : new IncrementalAnalyzer({}, file);
        if (!chained) analyzer.update(text);
        const edited = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
        const result = analyzer.update(edited, [change]);
        if (kind.startsWith('labelled') && analyzer.lastMode === 'line') labelledLocal++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, file)), `edit ${n}: ${kind} at ${change.rangeOffset} (${change.rangeLength} removed, ${JSON.stringify(change.text.slice(0, 80))})`);
        if (chained) text = edited;
      }
      if (someLocal) assert.ok(labelledLocal > 0, 'no labelled cue deletion stayed local');
    });
  }
}

describe('IncrementalAnalyzer on subtitle files: labelled cues deleted (issue 13)', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterLabelledCueDeletions('en', EN.filter((f) => !LOCAL_EN.includes(f)));
  itEqualsAnalyzeAfterLabelledCueDeletions('en', LOCAL_EN, { someLocal: true });
  itEqualsAnalyzeAfterLabelledCueDeletions('zh-Hans', ZH_HANS);
  itEqualsAnalyzeAfterLabelledCueDeletions('zh-Hant', ZH_HANT);
  itEqualsAnalyzeAfterLabelledCueDeletions('en', ['preprocessing-srt-inglourious-basterds-sdh.srt', 'parseeng-deadpool-film-subtitles.srt'], { chained: true, edits: 150, someLocal: true });
});

/** Speaker heads a generated cue may open with: labels of few names (near the scheme's repeat threshold), voice tags, dashes. */
const HEADS = ['JOHN: ', 'MARY: ', 'DR. LEE: ', 'Ann: ', '<v Ann>', '<v Bob>', '- ', '- JOHN: ', '主持人：', '王芳：', '(Ann) ', '[JOHN] ', '追问：', 'A. ', 'Q. '];
const TEXTS = ['We started in the spring.', 'It took a year', 'and then another.', 'Why?', 'Go on.', 'among the soldiers is simple.', '我们开始了。', '然后呢？', 'well, maybe', 'No.'];

/** An SRT (or WebVTT) file of `count` cues, about a fifth of them opening with a speaker head. */
function generatedSubtitles(random: (below: number) => number, count: number, vtt: boolean): string {
  const cues: string[] = [];
  for (let i = 0; i < count; i++) {
    const head = random(5) === 0 ? HEADS[random(HEADS.length)]! : '';
    const lines = [`${head}${TEXTS[random(TEXTS.length)]!}`, ...(random(3) === 0 ? [TEXTS[random(TEXTS.length)]!] : [])];
    const time = `00:00:${String(10 + i).padStart(2, '0')}${vtt ? '.' : ','}000 --> 00:00:${String(10 + i).padStart(2, '0')}${vtt ? '.' : ','}900`;
    cues.push(`${vtt ? '' : `${i + 1}\n`}${time}\n${lines.join('\n')}\n`);
  }
  return `${vtt ? 'WEBVTT\n\n' : ''}${cues.join('\n')}`;
}

describe('IncrementalAnalyzer on generated subtitles: labelled cues deleted, one edit after another (issue 13)', function () {
  this.timeout(300_000);
  it('equals a full analyze() after every deletion or paste, labels few or many, some labelled deletions local', () => {
    const random = generator(21);
    let labelledLocal = 0;
    for (let file = 0; file < 150; file++) {
      const vtt = random(2) === 0;
      const name = vtt ? 'doc.vtt' : 'doc.srt';
      let text = generatedSubtitles(random, 20 + random(30), vtt);
      const analyzer = new IncrementalAnalyzer({}, name);
      analyzer.update(text);
      for (let n = 0; n < 20; n++) {
        const picked = edit(text, random);
        if (!picked) break;
        const { kind, change } = picked;
        const edited = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
        const result = analyzer.update(edited, [change]);
        if (kind.startsWith('labelled') && analyzer.lastMode === 'line') labelledLocal++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, name)), `file ${file}, edit ${n}: ${kind} at ${change.rangeOffset} of\n${text}`);
        text = edited;
      }
    }
    assert.ok(labelledLocal > 0, 'no labelled cue deletion stayed local');
  });
});

/** An SRT file of cues, each `[head, text]` (an empty head: a plain cue). */
function srtOf(cues: readonly (readonly [string, string])[]): string {
  return cues.map(([head, line], i) => `${i + 1}\n00:00:${String(i + 10)},000 --> 00:00:${String(i + 10)},900\n${head}${line}\n`).join('\n');
}

describe('IncrementalAnalyzer: a labelled cue deleted where labels name their own cue (issue 13)', () => {
  const cue = (text: string, n: number): string => text.slice(text.indexOf(`\n${n}\n`) + 1, text.indexOf(`\n${n + 1}\n`) + 1);
  const plain = (line: string): [string, string] => ['', line];
  const fill = [plain('It rained.'), plain('We waited.'), plain('Nobody came.'), plain('Then the bus.')];
  const cases: [string, string, number, boolean][] = [
    ['a label whose name labels two other cues', srtOf([['JOHN: ', 'Hello.'], ...fill, ['JOHN: ', 'Again.'], ...fill, ['JOHN: ', 'Bye.'], plain('The end.')]), 6, true],
    ['a voice tag', srtOf([['<v Ann>', 'Hello.'], ...fill, ['<v Ann>', 'Again.'], ...fill, ['<v Bob>', 'Bye.'], plain('The end.')]), 6, true],
    ['a speaker\'s first turn, who speaks again', srtOf([['JOHN: ', 'Hello.'], ...fill, ['MARY: ', 'Again.'], ...fill, ['MARY: ', 'Bye.'], plain('The end.'), ['JOHN: ', 'Yes.']]), 6, false],
    ['a label whose name then labels one line only (the other `(Ann)` is no label then)', srtOf([...fill, ['(Ann) ', 'Go on.'], ...fill, ['<v Bob>', 'Hello.'], ...fill, ['(Ann) ', 'No.'], ...fill, ['[JOHN] ', 'It took a year'], plain('The end.')]), 15, false],
    ['the last labelled cue (labels no longer name their own cue)', srtOf([...fill, ['<v Ann>', 'Hello.'], ...fill]), 5, false],
    ['a label before a follow-up label, which takes the speaker before last', srtOf([['主持人：', '第一个问题。'], ...fill, ['王芳：', '我的回答。'], ...fill, ['李明：', '补充一下。'], ...fill, ['王芳：', '再补充。'], ...fill, ['追问：', '为什么？'], ...fill, ['主持人：', '谢谢。'], ['王芳：', '好。'], ['李明：', '好。']]), 16, false],
  ];
  for (const [name, text, n, local] of cases) {
    it(`equals a full analyze() after deleting the cue of ${name}, ${local ? 'locally' : 'in full'}`, () => {
      const change = { rangeOffset: text.indexOf(`\n${n}\n`) + 1, rangeLength: cue(text, n).length, text: '' };
      const edited = text.slice(0, change.rangeOffset) + text.slice(change.rangeOffset + change.rangeLength);
      const analyzer = new IncrementalAnalyzer({}, 'doc.srt');
      analyzer.update(text);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'doc.srt'));
      assert.equal(analyzer.lastMode, local ? 'line' : 'full');
    });
  }
});
