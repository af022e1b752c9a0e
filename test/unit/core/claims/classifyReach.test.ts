import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { classifyRange } from '../../../../src/core/claims/classify';
import { classificationContext, REACH_BEFORE } from '../../../../src/core/claims/classifyReach';
import { sentenceSpansOf } from '../../../../src/core/claims/sentences';
import { findTurns } from '../../../../src/core/turns/findTurns';
import { matchingKey } from '../../../../src/core/text/charFold';
import { LineIndex, type Span } from '../../../../src/core/text/positions';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { windowSentences } from '../../../../src/core/analysis/windowClassifications';
import { devLabelledFiles } from '../../../accuracy/devLabelledFiles';
import { transcriptArbitrary } from '../../property/arbitraries';
import { repoRoot } from '../../repoRoot';

/** The sentences findClaims would classify (turn labels cut off), of a plain-text document. */
function sentencesOf(text: string): Span[] {
  const lines = new LineIndex(text);
  const { turns } = findTurns(lines, 'plain', {});
  return sentenceSpansOf(lines, { labelSpans: turns.flatMap((t) => (t.labelSpan ? [t.labelSpan] : [])), format: 'plain' });
}

/** The classification of text[span] with the whole text's key: every reader free to look anywhere. */
function classifiedInWhole(text: string, key: string, span: Span): ReturnType<typeof classifyRange> {
  return classifyRange(text, key, span.start, span.end, {});
}

/** The same with only the sentence's context given (classifyReach.ts), as findClaims and the editor's window give it. */
function classifiedInContext(text: string, span: Span): ReturnType<typeof classifyRange> {
  const { start, end } = classificationContext(text, span.start, span.end, { start: 0, end: 0 });
  const read = text.slice(start, end);
  return classifyRange(read, matchingKey(read), span.start - start, span.end - start, {});
}

/** Pieces the readers that look outside a sentence react to: figures after naming nouns, web addresses, field names over lists, spaces. */
const READER_PIECES = [
  'part ', 'Part', 'section ', 'Season 6, episode ', 'exhibit', '2', '12 ', '40 percent', '3.5', '20', '世纪', '第6届', ' ', '   ', '\t', '\n', '\n\n', '\r\n',
  '. ', '。', '，', ':', '：', '关键词:', '## 关键词', '参会人：', '产品路线图、用户增长、季度预算', '李娜、王强、说话人3', 'Visit example.com', '.com', '.io to apply',
  'We expect revenue to grow 12 percent next year.', 'I think curiosity is the most important skill.', '据估计，去年全行业的人才缺口约为3万人。',
  '我認為這種擔心是多餘的。', '2024年3月5日 下午 2:03', 'and it rose by', 'Q:', '李明：', '&#39;', '&amp;', '#x27;', '😀',
];
const readerShapedText = fc.array(fc.constantFrom(...READER_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('classifyReach: what a sentence\'s classification reads around it', function () {
  this.timeout(600_000);

  it('gives every sentence of the dev corpus the classification it has with the whole document readable (a reader looking past the declared reach fails here)', () => {
    let sentences = 0;
    for (const file of devLabelledFiles(repoRoot())) {
      if (/\.(?:srt|vtt)$/i.test(file.transcriptName)) continue;
      const key = matchingKey(file.text);
      for (const span of sentencesOf(file.text)) {
        sentences++;
        const whole = classifiedInWhole(file.text, key, span);
        const inContext = classifiedInContext(file.text, span);
        if (!isDeepStrictEqual(whole, inContext)) assert.fail(`${file.file}: the sentence at ${span.start}-${span.end} reads past its context: ${JSON.stringify(whole)} against ${JSON.stringify(inContext)} in context`);
      }
    }
    assert.ok(sentences > 10_000, `${sentences} sentences`);
  });

  it('never changes a sentence\'s classification when the text outside its context changes (generated transcripts)', () => {
    fc.assert(
      fc.property(fc.oneof(transcriptArbitrary(12), readerShapedText), transcriptArbitrary(4), fc.oneof(transcriptArbitrary(4), readerShapedText), (text, before, after) => {
        const key = matchingKey(text);
        for (const span of sentencesOf(text)) {
          const { start, end } = classificationContext(text, span.start, span.end, { start: 0, end: 0 });
          // Text replaced only where there was some: at the document's edge a reader may see that nothing is there.
          const outsideBefore = start > 0 && before.length > 0 ? before : text.slice(0, start);
          const outsideAfter = end < text.length && after.length > 0 ? after : text.slice(end);
          const other = outsideBefore + text.slice(start, end) + outsideAfter;
          const shift = outsideBefore.length - start;
          const moved = { start: span.start + shift, end: span.end + shift };
          assert.deepEqual(classifiedInWhole(other, matchingKey(other), moved), classifiedInWhole(text, key, span), `sentence ${JSON.stringify(text.slice(span.start, span.end))} of ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: Number(process.env.TA_THOROUGH) ? 3000 : 300, seed: 20261207 },
    );
  });

  it('reaches a naming noun before a figure and the line above a line that is a list of names', () => {
    // `Part 2` names a part: the word before the figure is read, although it is another sentence's.
    const text = 'See the part. 2 of them rose by 40 percent last year.';
    const [, second] = sentencesOf(text);
    assert.ok(second !== undefined);
    const context = classificationContext(text, second.start, second.end, { start: 0, end: 0 });
    assert.ok(context.start <= second.start - 'part. '.length && context.start >= second.start - REACH_BEFORE - 2, `context from ${context.start}`);
    // A list alone on its line under a field name alone on the line above (blank lines between) claims nothing, where
    // the same list under a blank line reads as a statement: the line above is read, and is in the context.
    for (const listed of ['## \t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t关键词\n\n\n产品路线图、用户增长、季度预算\n', '关键词:\n产品路线图、用户增长、季度预算\n']) {
      const list = listed.indexOf('产品');
      const span = { start: list, end: listed.indexOf('\n', list) };
      assert.equal(classifiedInWhole(listed, matchingKey(listed), span), null);
      assert.notEqual(classifiedInWhole(listed.slice(listed.indexOf('\n')), matchingKey(listed.slice(listed.indexOf('\n'))), { start: span.start - listed.indexOf('\n'), end: span.end - listed.indexOf('\n') }), null);
      assert.equal(classificationContext(listed, span.start, span.end, { start: 0, end: 0 }).start, 0);
      assert.equal(classifiedInContext(listed, span), null);
    }
  });
});

describe('the editor\'s claim window keeps the classifications an edit cannot change', function () {
  this.timeout(600_000);

  it('classifies again only the sentences around a keystroke, and still equals a full analysis after each', () => {
    const sentences = Array.from({ length: 24 }, (_, i) => `We expect revenue to grow ${i + 3} percent next year, and I think the market will follow us.`);
    let text = `Dr. Amy Chen: ${sentences.join(' ')}\n\nBob Lee: Thank you.\n`;
    const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
    analyzer.update(text);
    let at = text.indexOf('grow 14') + 'grow 1'.length;
    let classified = 0;
    let taken = 0;
    for (const typed of ['2', '5', ' ', 'o', 'r']) {
      const before = { ...windowSentences };
      text = text.slice(0, at) + typed + text.slice(at);
      const result = analyzer.update(text, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
      at++;
      assert.equal(analyzer.lastMode, 'line');
      assert.ok(isDeepStrictEqual(result, analyze(text, {}, 'talk.txt')), `after typing ${JSON.stringify(typed)}`);
      classified += windowSentences.classified - before.classified;
      taken += windowSentences.taken - before.taken;
    }
    // The first keystroke after the full analysis classifies the window; each later one only the edited sentence.
    assert.ok(taken >= 4 * 20, `${taken} taken`);
    assert.ok(classified <= 24 + 4 * 2, `${classified} classified`);
  });

  it('keeps the last window\'s classifications across a full analysis, so the next keystroke classifies only its sentence', () => {
    const sentences = Array.from({ length: 24 }, (_, i) => `Prices rose ${i + 2} percent last month, and we believe they will fall in spring.`);
    let text = `Ms. Ada Park: ${sentences.join(' ')}\n\nTom Reyes: Go on.\n`;
    const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
    analyzer.update(text);
    let at = text.indexOf('rose 9') + 'rose 9'.length;
    const type = (typed: string): number => {
      const before = windowSentences.classified;
      text = text.slice(0, at) + typed + text.slice(at);
      const result = analyzer.update(text, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
      at += typed.length;
      assert.equal(analyzer.lastMode, 'line');
      assert.ok(isDeepStrictEqual(result, analyze(text, {}, 'talk.txt')), `after typing ${JSON.stringify(typed)}`);
      return windowSentences.classified - before;
    };
    type('0');
    // A worker's result for the text as it is now, adopted; then the full analysis of the same text run here.
    analyzer.adopt(text, analyze(text, {}, 'talk.txt'));
    const afterAdopt = type('5');
    analyzer.update(text);
    const afterFull = type(' ');
    assert.ok(afterAdopt <= 2, `${afterAdopt} classified after an adopted analysis`);
    assert.ok(afterFull <= 2, `${afterFull} classified after a full analysis`);
  });
});
