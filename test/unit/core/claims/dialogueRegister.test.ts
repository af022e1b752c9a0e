import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import type { Claim } from '../../../../src/core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { inDialogue } from '../../../../src/core/claims/findClaims';
import { isDialogueSubtitles, registerCounts } from '../../../../src/core/claims/register';
import { LineIndex } from '../../../../src/core/text/positions';

/** An SRT file with one cue per text, timed a few seconds apart. */
function srt(texts: readonly string[]): string {
  return texts.map((text, i) => `${i + 1}\n00:00:${String(i % 60).padStart(2, '0')},000 --> 00:00:${String(i % 60).padStart(2, '0')},900\n${text}\n`).join('\n');
}

const FIGURE = 'The bridge opened in 1937 and cost 35 million dollars to build.';

/** A scene: short replies, calls and questions, with one line that states a figure. */
const sceneLines = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => ['Where were you?', 'Out.', 'Come here!', 'Maybe later.', 'Why not?', 'I saw him at the station.'][i % 6]!);

/** A talk: long explanatory cues, a question now and then. */
const talkLines = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => (i % 12 === 5 ? 'So what does that mean for the rest of us?' : `The second part of the system keeps its records in the regional office number ${i + 2}.`));

function claimOf(text: string, sentence: string): Claim {
  const claim = analyze(text, {}, 'captions.srt').claims.find((c) => c.text === sentence);
  assert.ok(claim, `no claim for ${sentence}`);
  return claim;
}

/**
 * `before` reads as dialogue and `after` (one edit later) does not: the incremental analyzer falls back to a full
 * analysis, equals analyze() on both, and the register changes a claim's confidence. Returns the analyzer.
 */
function assertCrossingFallsBack(before: string, after: string, change: { rangeOffset: number; rangeLength: number; text: string }): IncrementalAnalyzer {
  assert.equal(isDialogueSubtitles(new LineIndex(before), 'srt'), true);
  assert.equal(isDialogueSubtitles(new LineIndex(after), 'srt'), false);
  const analyzer = new IncrementalAnalyzer({}, 'captions.srt');
  assert.deepStrictEqual(analyzer.update(before), analyze(before, {}, 'captions.srt'));
  const updated = analyzer.update(after, [change]);
  assert.equal(analyzer.lastMode, 'full');
  assert.deepStrictEqual(updated, analyze(after, {}, 'captions.srt'));
  assert.notEqual(claimOf(before, FIGURE).confidence, claimOf(after, FIGURE).confidence);
  return analyzer;
}

describe('dialogue subtitles (the register read from the cues)', () => {
  it('reads short replies, calls and questions as dialogue, and explanatory cues as not', () => {
    assert.equal(isDialogueSubtitles(new LineIndex(srt(sceneLines(60))), 'srt'), true);
    assert.equal(isDialogueSubtitles(new LineIndex(srt(talkLines(60))), 'srt'), false);
    // A question in italics or quotes still ends in `?`; `don't` is one word.
    const styled = [...Array.from({ length: 36 }, () => "Don't."), '<i>Why?</i>', '"Where?"', '<i>"Who?"</i>', 'Come!</i>', '「走!」'];
    assert.equal(isDialogueSubtitles(new LineIndex(srt(styled)), 'srt'), true);
    assert.equal(isDialogueSubtitles(new LineIndex(srt(styled.map((line) => line.replace(/[?!]/, '')))), 'srt'), false);
  });

  it('reads long lines as dialogue when a quarter of them ask or call, and a talk with questions from the floor as not', () => {
    // Translated subtitles: each cue a few replies on one line, no short lines at all.
    const scene = Array.from({ length: 60 }, (_, i) => ['Mom, I know. I just got off the plane.', 'Why are you here? Who told you?', 'This house is mine. I rented it with him.', 'I have to get my luggage now.'][i % 4]!);
    const counts = registerCounts(new LineIndex(srt(scene)));
    assert.equal(counts.short, 0);
    assert.equal(isDialogueSubtitles(new LineIndex(srt(scene)), 'srt'), true);
    // One question in five long lines: a hearing or a talk answering its audience.
    const hearing = Array.from({ length: 60 }, (_, i) => (i % 5 === 2 ? 'And what did the agency do with that report?' : `We sent the second report to the regional office on day ${i + 2} of the inquiry.`));
    assert.equal(isDialogueSubtitles(new LineIndex(srt(hearing)), 'srt'), false);
  });

  it('judges only subtitle formats, and only files with enough cues', () => {
    const scene = new LineIndex(srt(sceneLines(60)));
    assert.equal(isDialogueSubtitles(scene, 'plain'), false);
    assert.equal(isDialogueSubtitles(new LineIndex(srt(sceneLines(20))), 'srt'), false);
  });

  it('counts Chinese lines by characters: short replies in a scene, long ones in a talk', () => {
    const scene = Array.from({ length: 60 }, (_, i) => ['你去哪了?', '出去了', '过来!', '父亲 母亲出事了', '为什么?'][i % 5]!);
    const talk = Array.from({ length: 60 }, (_, i) => `这个系统的第二部分把记录保存在第${i + 2}个地区办公室里`);
    assert.equal(isDialogueSubtitles(new LineIndex(srt(scene)), 'srt'), true);
    assert.equal(isDialogueSubtitles(new LineIndex(srt(talk)), 'srt'), false);
  });

  it('reads unpunctuated Chinese cues as dialogue by their dialogue dashes, and the same cues without dashes as not', () => {
    // A fansub style: no punctuation, a space for a pause, two speakers' replies in one cue behind dashes.
    const scene = Array.from({ length: 60 }, (_, i) => ['你到底去哪里了 我等了你一个晚上', '-吃饭了没有 -还没', '我不知道他为什么一直不回来', '-走吧 -等一下', '他说明天还会再来找我们'][i % 5]!);
    const counts = registerCounts(new LineIndex(srt(scene)));
    assert.equal(counts.questionsOrExclamations, 0);
    assert.equal(counts.dialogueDashes, 24);
    assert.equal(isDialogueSubtitles(new LineIndex(srt(scene)), 'srt'), true);
    const undashed = scene.map((line) => line.replace(/-/g, ''));
    assert.equal(isDialogueSubtitles(new LineIndex(srt(undashed)), 'srt'), false);
  });

  it('counts a dash that opens a line, past tags, and not a double dash, a minus before a figure or a bare dash', () => {
    const dashes = (texts: readonly string[]): number => registerCounts(new LineIndex(srt(texts))).dialogueDashes;
    assert.equal(dashes(['- Ready? - Yes.', '-我知道', '<i>- Come on.</i>', '{\\an8}－走吧', '– Now.']), 5);
    assert.equal(dashes(['-- and then', '-5 degrees tonight', '-', 'well - maybe', '-->']), 0);
  });

  it('ranks a claim in dialogue under the default threshold, 0.2 lower than in a talk beneath it, and says why', () => {
    const inScene = claimOf(srt([...sceneLines(59), FIGURE]), FIGURE);
    const inTalk = claimOf(srt([...talkLines(59), FIGURE]), FIGURE);
    assert.equal(inScene.kind, inTalk.kind);
    assert.ok(inTalk.confidence >= DEFAULT_MINIMUM_CONFIDENCE, `a figure with a date in a talk: ${inTalk.confidence}`);
    assert.ok(inScene.confidence < DEFAULT_MINIMUM_CONFIDENCE, `the same line in a scene: ${inScene.confidence}`);
    assert.ok(inScene.cues.includes('register: dialogue subtitles'));
    assert.ok(!inTalk.cues.includes('register: dialogue subtitles'));
    // Beneath the ceiling a line keeps its rank, 0.2 lower.
    assert.equal(inDialogue(0.55), 0.35);
    assert.equal(inDialogue(0.6), 0.4);
    assert.equal(inDialogue(0.85), inDialogue(0.95));
    assert.ok(inDialogue(0.95) < DEFAULT_MINIMUM_CONFIDENCE);
  });

  it('stays exact under edits: a subtitle file is re-analysed in full, so an edit that changes the register changes every claim', () => {
    // 41 cue lines of which 5 are questions or calls (over 10 %): removing one question mark crosses the threshold.
    const lines = [...Array.from({ length: 35 }, (_, i) => (i % 2 ? 'Out.' : 'Later.')), 'Why?', 'Where?', 'Who?', 'Come!', 'Now!', FIGURE];
    const before = srt(lines);
    const at = before.indexOf('Why?') + 3;
    const after = before.slice(0, at) + before.slice(at + 1);
    assertCrossingFallsBack(before, after, { rangeOffset: at, rangeLength: 1, text: '' });
  });

  it('stays exact when an edit of a long line crosses the quarter of questions: the incremental analyzer falls back to a full one', () => {
    // 40 long cue lines, 10 of them questions (a quarter) and no short line: one question mark less is a talk.
    const lines = [...Array.from({ length: 29 }, (_, i) => `I rented the house on the corner from the owner ${i + 2} weeks ago.`), ...Array.from({ length: 10 }, () => 'Why are you in my house, and who let you in?'), FIGURE];
    const before = srt(lines);
    const at = before.indexOf('who let you in?') + 'who let you in'.length;
    const after = `${before.slice(0, at)}.${before.slice(at + 1)}`;
    assertCrossingFallsBack(before, after, { rangeOffset: at, rangeLength: 1, text: '.' });
  });

  it('stays exact when an edit removes the dialogue dash that kept a file dialogue: the incremental analyzer falls back to a full one', () => {
    // 40 cue lines, no question: 4 dashed lines (a tenth of the turns) and 6 short ones (with the dashes a quarter of short replies).
    const lines = [
      ...Array.from({ length: 29 }, (_, i) => `I rented the house on the corner from the owner ${i + 2} weeks ago.`),
      ...Array.from({ length: 6 }, () => 'Later.'),
      ...Array.from({ length: 4 }, () => '- Not now. - Then when.'),
      FIGURE,
    ];
    const before = srt(lines);
    const at = before.indexOf('- Not now.');
    const after = before.slice(0, at) + before.slice(at + 1);
    const analyzer = assertCrossingFallsBack(before, after, { rangeOffset: at, rangeLength: 1, text: '' });
    // A dash typed back where it keeps the reading is an edit like any other, and stays exact.
    const again = analyzer.update(before, [{ rangeOffset: at, rangeLength: 0, text: '-' }]);
    assert.deepStrictEqual(again, analyze(before, {}, 'captions.srt'));
  });
});
