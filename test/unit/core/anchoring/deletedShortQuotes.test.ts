import * as assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import type { AnchorResult } from '../../../../src/core/anchoring/model';
import { reanchor, Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';
import type { AnnotationTarget } from '../../../../src/core/sidecar/model';

function tagged(text: string, quote: string, occurrence = 0): AnnotationTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, quote);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

/** `text` with the `occurrence`-th `quote` cut out, as an editor's deletion leaves it. */
function deleted(text: string, quote: string, occurrence = 0): string {
  const target = tagged(text, quote, occurrence);
  return text.slice(0, target.start) + text.slice(target.end);
}

function placedText(text: string, result: AnchorResult): string | null {
  return result.span ? text.slice(result.span.start, result.span.end) : null;
}

/** Tags on the first and last lines too, so anchorAll has neighbours to learn the drift from. */
function withNeighbours(text: string, target: AnnotationTarget, first: string, last: string): AnnotationTarget[] {
  return [tagged(text, first), target, tagged(text, last)];
}

describe('re-anchoring a short quote whose own word was deleted', () => {
  it('orphans a deleted name whose copy elsewhere shares only the context before it', () => {
    // At the text's start, its stored prefix is `**Tim ` alone, which every other line Tim speaks fits.
    const before =
      '**Tim Smith:** So what did you do with your first company?\n\n' +
      '**Ann Lee:** I sold it to my business partner.\n\n**Tim Smith:** Was that a difficult decision?\n';
    const target = tagged(before, 'Smith');
    const after = deleted(before, 'Smith');
    assert.equal(reanchor(after, target).status, 'orphaned');
    const results = new Reanchorer(after).anchorAll(withNeighbours(before, target, 'your first company', 'a difficult decision'));
    assert.deepEqual(results.map((r) => r.status), ['anchored', 'orphaned', 'anchored']);
  });

  it('orphans a deleted word whose copy follows the same speaker label and timestamp', () => {
    const before =
      '[Speaker 2] [00:01:02] Okay. I would like to say that many of us agree.\n[Speaker 1] [00:01:10] Right, we do.\n' +
      '[Speaker 2] [00:01:12] Okay. So you were both there that night?\n';
    const target = tagged(before, 'Okay');
    const after = deleted(before, 'Okay');
    assert.equal(reanchor(after, target).status, 'orphaned');
    const results = new Reanchorer(after).anchorAll(withNeighbours(before, target, 'many of us agree', 'both there that night'));
    assert.deepEqual(results.map((r) => r.status), ['anchored', 'orphaned', 'anchored']);
  });

  it('orphans a deleted Chinese name whose copy follows the same label, also after a Traditional→Simplified conversion', () => {
    const before = '[講者 2] [00:01:02] 台積電今年的資本支出會增加。\n[講者 1] [00:01:10] 為什麼？\n[講者 2] [00:01:12] 台積電明年還要再蓋兩座廠。\n';
    const target = tagged(before, '台積電');
    const after = deleted(before, '台積電');
    assert.equal(reanchor(after, target).status, 'orphaned');
    const converted = OpenCC.Converter({ from: 'tw', to: 'cn' })(after);
    assert.equal(reanchor(converted, target).status, 'orphaned');
  });

  it('orphans a deleted Chinese figure whose copy shares only the context after it', () => {
    const before =
      '陳立文：第一季營收增長 3.2%，主要來自車用晶片的需求。\n林雅婷：第二季呢？\n' +
      '陳立文：我們預計第二季再增長 3.2%，主要來自車用晶片的需求。\n林雅婷：第二季呢？\n';
    const target = tagged(before, '增長 3.2%');
    const after = deleted(before, '增長 3.2%');
    assert.equal(reanchor(after, target).status, 'orphaned');
  });

  it('orphans a deleted word with two copies left whose context fits about as well', () => {
    const before =
      'Q: Where did the three of you meet?\nAnn: we all met in Geneva at the station.\nBo: we all met in Geneva at the station!\n' +
      'Cy: we all met in Geneva at the station?\nQ: And then?\n';
    const target = tagged(before, 'Geneva', 1);
    const after = deleted(before, 'Geneva', 1);
    assert.equal(reanchor(after, target).status, 'orphaned');
  });

  it('still places a short quote whose neighbouring words were reworded, where it stood, not on a copy with its old context', () => {
    const before =
      '[Speaker 1] [00:40] And who told you?\n[Speaker 2] [00:42] Our man on the inside.\n[Speaker 1] [00:43] Our man on the inside, yes.\n';
    const target = tagged(before, 'Our');
    const after = before.replace('[00:42] Our man on', '[00:42] Well, Our guy on');
    const result = reanchor(after, target);
    assert.equal(result.span?.start, after.indexOf('Our'));
  });
});

describe('re-anchoring short quotes in rolling captions', () => {
  const cues = (lines: string[]): string => lines.map((line, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i + 1},000\n${line}\n`).join('\n');
  const rolling = [
    'Welcome to Mariners Church. I am so glad',
    'Welcome to Mariners Church. I am so glad\nthat you are with us today. I want to',
    'that you are with us today. I want to\nwelcome those watching online.',
  ];

  it('places a word deleted from one cue on the next cue only when that copy fits both sides of its context', () => {
    const before = cues(rolling);
    // Mid-line, the next cue's copy has the same words on both sides: the same speech, shown again.
    const midLine = tagged(before, 'Mariners');
    const withoutName = deleted(before, 'Mariners');
    const placed = reanchor(withoutName, midLine);
    assert.equal(placed.span?.start, withoutName.indexOf('Mariners'));
    // At a line's end, the copy is followed by another line than the deleted word was: orphaned.
    const lineEnd = tagged(before, 'today');
    assert.equal(reanchor(deleted(before, 'today'), lineEnd).status, 'orphaned');
  });

  it('places a word whose line two cues repeat on the nearer copy, rather than orphan it as ambiguous', () => {
    const before = cues(rolling);
    const target = tagged(before, 'today', 1);
    const after = `Captions by the media team, corrected after the service by volunteers.\n\n${before}`;
    const result = new Reanchorer(after).anchor(target, target.start + 40);
    assert.equal(placedText(after, result), 'today');
  });
});
