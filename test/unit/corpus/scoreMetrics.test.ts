import * as assert from 'node:assert/strict';
import type { Analysis, Claim, ClaimKind, Turn } from '../../../src/core/analysis/model';
import { LineIndex } from '../../../src/core/text/positions';
import { assignUnlisted, regressions, type Baseline } from '../../accuracy/corpus';
import { LabelsError, parseLabels } from '../../accuracy/labels';
import {
  confusionOf, coveringClaim, emptyCounts, figuresOf, headingMistakes, locateSentences, precisionRecallF1, predictedHeadingLines, predictedSpeakers,
  sameSpeaker, scoreClaimList, scoreHeadings, scoreSpeakers, scoreWindowSentences, speakerAt, speakerColumn, windowOutcomes, type Figures,
} from '../../accuracy/score';

function claimAt(text: string, part: string, kind: ClaimKind): Claim {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `fixture: ${part} not in text`);
  return { text: part, span: { start, end: start + part.length }, speaker: null, kind, cues: [], confidence: 1 };
}

function turn(text: string, from: string, to: string, speaker: string): Turn {
  const start = text.indexOf(from);
  const end = text.indexOf(to) + to.length;
  return { speaker, span: { start, end }, labelSpan: null, source: 'label' };
}

function analysisOf(parts: Partial<Analysis>): Analysis {
  return { speakers: [], turns: [], stageDirections: [], topics: [], claims: [], ...parts };
}

function labelsJson(extra: Record<string, unknown>): Record<string, unknown> {
  return { source: 's', url: 'https://example.org', licence: 'CC BY', genre: 'interview', format: 'txt', speakers: {}, headings: [], claims: [], windows: [], ...extra };
}

describe('corpus scorer metrics', function () {
  it('computes precision, recall and F1, treating nothing predicted and nothing to find as perfect', function () {
    const { precision, recall, f1 } = precisionRecallF1(2, 2, 0);
    assert.equal(precision, 0.5);
    assert.equal(recall, 1);
    assert.ok(Math.abs(f1 - 2 / 3) < 1e-12);
    assert.deepEqual(precisionRecallF1(0, 0, 0), { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(precisionRecallF1(0, 3, 0), { precision: 0, recall: 1, f1: 0 });
    assert.deepEqual(precisionRecallF1(0, 0, 3), { precision: 1, recall: 0, f1: 0 });
  });

  it('compares speaker names after NFKC, case folding and dropping spaces and punctuation; null only matches null', function () {
    assert.ok(sameSpeaker('MS. JEAN-PIERRE', 'Ms Jean Pierre'));
    assert.ok(sameSpeaker('ＳＰＥＡＫＥＲ＿００', 'speaker_00'));
    assert.ok(sameSpeaker('黃仁勳', ' 黃仁勳 '));
    assert.ok(!sameSpeaker('Q', 'A'));
    assert.ok(!sameSpeaker(null, 'Q'));
    assert.ok(!sameSpeaker('Q', null));
    assert.ok(sameSpeaker(null, null));
  });

  it('gives each line the speaker of the turn covering its first character, null outside turns and on stage-direction lines', function () {
    const text = 'Title\n\nQ: How?\nA: Like this.\n(Laughter.)\nsaid he.';
    const lines = new LineIndex(text);
    const direction = text.indexOf('(Laughter.)');
    const analysis = analysisOf({
      turns: [turn(text, 'Q:', 'How?', 'Q'), turn(text, 'A:', '(Laughter.)', 'A')],
      stageDirections: [{ span: { start: direction, end: direction + '(Laughter.)'.length } }],
    });
    const predicted = predictedSpeakers(analysis, lines);
    assert.deepEqual(predicted, [null, null, 'Q', 'A', null, null]);
    const gold = new Map<number, string | null>([[1, null], [3, 'q'], [4, 'B'], [5, null]]);
    assert.deepEqual(scoreSpeakers(gold, predicted), { correct: 3, total: 4 });
  });

  it('gives a subtitle file\'s cue numbers and timing lines no speaker, even inside a turn running over two cues', function () {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nANN: Hello,\n\n2\n00:00:02,000 --> 00:00:03,000\nand welcome.';
    const lines = new LineIndex(text);
    const analysis = analysisOf({ turns: [turn(text, 'ANN:', 'welcome.', 'ANN')] });
    assert.deepEqual(predictedSpeakers(analysis, lines, 'srt'), [null, null, 'ANN', null, null, null, 'ANN']);
    // Read as plain text, the turn covers the lines between.
    assert.deepEqual(predictedSpeakers(analysis, lines, 'text'), [null, null, 'ANN', null, 'ANN', 'ANN', 'ANN']);
  });

  it('scores headings as sets of line numbers, nested topics included', function () {
    const text = '# One\ntext\n## Two\ntext';
    const lines = new LineIndex(text);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const child = { title: 'Two', span: span('## Two'), headingSpan: span('## Two'), level: 2, children: [], summaryLinks: [] };
    const topics = [{ title: 'One', span: span('# One'), headingSpan: span('# One'), level: 1, children: [child], summaryLinks: [] }];
    assert.deepEqual(predictedHeadingLines(topics, lines), [1, 3]);
    assert.deepEqual(scoreHeadings([1, 5], [1, 3]), { tp: 1, fp: 1, fn: 1 });
  });

  it('lists the headings scored as missed and as false, in line order, with their text', function () {
    const lines = new LineIndex('# Title\nBody.\n  Found by mistake  \n## Missed');
    assert.deepEqual(headingMistakes([1, 4], [1, 3], lines), [
      { line: 3, outcome: 'false', text: 'Found by mistake' },
      { line: 4, outcome: 'missed', text: '## Missed' },
    ]);
    assert.deepEqual(headingMistakes([2], [2], lines), []);
  });

  it('finds window sentences across a line break with white space normalised, in order', function () {
    const text = 'A: Sales rose 5%\n  last year. Thanks.\nB: Thanks.';
    const lines = new LineIndex(text);
    const window = { startLine: 1, endLine: 3, sentences: [
      { text: 'Sales rose 5% last year.', label: 'fact' as const },
      { text: 'Thanks.', label: 'none' as const },
      { text: 'Thanks.', label: 'none' as const },
    ] };
    const located = locateSentences(window, lines, 'x.labels.json');
    assert.equal(located.length, 3);
    assert.equal(located[0]!.offsets[0], text.indexOf('Sales'));
    assert.equal(located[1]!.offsets[0], text.indexOf('Thanks.'));
    assert.equal(located[2]!.offsets[0], text.lastIndexOf('Thanks.'));
  });

  it('reports a window sentence that is not in the window as an error naming the labels file', function () {
    const lines = new LineIndex('A: one.\nB: two.');
    const window = { startLine: 1, endLine: 1, sentences: [{ text: 'two.', label: 'none' as const }] };
    assert.throws(() => locateSentences(window, lines, 'en/x.labels.json'), (e: unknown) => e instanceof LabelsError && e.message.startsWith('en/x.labels.json:') && e.message.includes('not found'));
  });

  it('finds a sentence going on over timestamped segment lines, the continuation line read without its timestamp', function () {
    const text = '[01:20]  No meeting until January.\n[01:26]  A moment of silence\n[01:32]  to acknowledge the loss.\n[00:55.000 --> 01:16.000]  root files';
    const lines = new LineIndex(text);
    const window = { startLine: 1, endLine: 3, sentences: [
      { text: 'No meeting until January.', label: 'forecast' as const },
      { text: 'A moment of silence to acknowledge the loss.', label: 'none' as const },
    ] };
    const located = locateSentences(window, lines, 'x');
    assert.equal(located[1]!.offsets[0], text.indexOf('A moment'));
    assert.equal(located[1]!.offsets.length, 'Amomentofsilencetoacknowledgetheloss.'.length);
    assert.ok(!located[1]!.offsets.includes(text.indexOf('[01:32]')), 'the continuation timestamp is no part of the sentence');
    // A window opening on a continuation line reads it without its timestamp too, Whisper's ranges included.
    const ranged = locateSentences({ startLine: 4, endLine: 4, sentences: [{ text: 'root files', label: 'none' }] }, lines, 'x');
    assert.equal(ranged[0]!.offsets[0], text.indexOf('root'));
    // A timestamp on a line after an unstamped one stays part of the text, so a sentence written without it still matches.
    const single = new LineIndex('Title\n[00:10]  Good evening.');
    assert.equal(locateSentences({ startLine: 2, endLine: 2, sentences: [{ text: 'Good evening.', label: 'none' }] }, single, 'x')[0]!.offsets[0], 'Title\n[00:10]  '.length);
  });

  it('counts a sentence as predicted when one claim covers at least half of its characters, kind from that claim', function () {
    const text = 'Sales rose. We will grow. I think it is great. Hello there.';
    const lines = new LineIndex(text);
    const window = { startLine: 1, endLine: 1, sentences: [
      { text: 'Sales rose.', label: 'fact' as const },
      { text: 'We will grow.', label: 'forecast' as const },
      { text: 'I think it is great.', label: 'opinion' as const },
      { text: 'Hello there.', label: 'none' as const },
    ] };
    const located = locateSentences(window, lines, 'x');
    // "Sale" alone is under half of "Sales rose."; "We will grow." fully covered but wrong kind.
    const claims = [claimAt(text, 'Sale', 'fact'), claimAt(text, 'We will grow.', 'fact'), claimAt(text, 'I think it is great.', 'opinion'), claimAt(text, 'Hello there', 'fact')];
    assert.equal(coveringClaim(located[0]!.offsets, claims), null);
    assert.deepEqual(scoreWindowSentences(located, claims), { tp: 2, fp: 1, fn: 1, tn: 0, kindCorrect: 1 });
    const figures = figuresOf({ ...emptyCounts(), windows: scoreWindowSentences(located, claims) });
    assert.equal(figures.claimPrecision, 2 / 3);
    assert.equal(figures.claimRecall, 2 / 3);
    assert.equal(figures.kindAccuracy, 0.5);
    assert.equal(figures.speakerAccuracy, null);
    const confusion = confusionOf(located, claims);
    assert.equal(confusion['fact>none'], 1);
    assert.equal(confusion['forecast>fact'], 1);
    assert.equal(confusion['opinion>opinion'], 1);
    assert.equal(confusion['none>fact'], 1);
    assert.equal(Object.values(confusion).reduce((a, b) => a + b, 0), 4);
  });

  it('names for each window sentence the speaker of the turn it starts in, and the labelled speaker where they differ', function () {
    const text = 'Host: Welcome back. Rates rose.\nGuest: They did.\nNarration here.';
    const lineTexts = text.split('\n');
    const lines = new LineIndex(text);
    const labels = parseLabels(labelsJson({
      speakers: { 1: 'Host', 2: 'Ann  Lee', 3: null },
      windows: [{ startLine: 1, endLine: 3, sentences: [
        { text: 'Welcome back.', label: 'none' }, { text: 'Rates rose.', label: 'fact' }, { text: 'They did.', label: 'none' }, { text: 'Narration here.', label: 'none' },
      ] }],
    }), lineTexts, 'en/x.labels.json');
    const turns = [turn(text, 'Host:', 'rose.', 'host'), turn(text, 'Guest:', 'did.', 'Guest')];
    assert.equal(speakerAt(turns, text.indexOf('Rates')), 'host');
    assert.equal(speakerAt(turns, text.indexOf('\nGuest')), null);
    assert.equal(speakerAt([], 0), null);
    const outcomes = windowOutcomes(labels, analysisOf({ turns: [...turns].reverse(), claims: [claimAt(text, 'Rates rose.', 'fact')] }), lines, 'x');
    assert.deepEqual(outcomes.map((o) => [o.speaker, o.goldSpeaker, o.predicted]), [['host', 'Host', 'none'], ['host', 'Host', 'fact'], ['Guest', 'Ann  Lee', 'none'], [null, null, 'none']]);
    // Same name after case folding: one name; a different one: both, white space runs folded so a column stays one line.
    assert.deepEqual(outcomes.map(speakerColumn), ['host', 'host', 'Guest ≠ Ann Lee', '—']);
  });

  it('scores the claims list by quote coverage and kind', function () {
    const text = 'line one\nUnemployment fell to 3.5% in May, he said.';
    const lines = new LineIndex(text);
    const claims = [claimAt(text, 'Unemployment fell to 3.5% in May, he said.', 'opinion')];
    const counts = scoreClaimList([{ line: 2, quote: 'fell to 3.5% in May', kind: 'fact' }, { line: 1, quote: 'one', kind: 'fact' }], claims, lines);
    assert.deepEqual(counts, { found: 1, total: 2, kindCorrect: 0 });
  });

  it('rejects labels with out-of-range lines, unlabelled non-blank lines, labelled blank lines, blank heading lines and quotes not in their line', function () {
    const lines = ['Q: Hi.', '', 'A: Hello.'];
    const problems = (extra: Record<string, unknown>): string => {
      try {
        parseLabels(labelsJson(extra), lines, 'en/x.labels.json');
      } catch (error) {
        assert.ok(error instanceof LabelsError);
        assert.ok(error.message.startsWith('en/x.labels.json: '));
        return error.message;
      }
      return '';
    };
    const complete = { 1: 'Q', 3: 'A' };
    assert.equal(problems({ speakers: complete }), '');
    assert.match(problems({ speakers: { ...complete, 4: 'A' } }), /line 4 is out of range 1\.\.3/);
    assert.match(problems({ speakers: { 1: 'Q' } }), /non-blank line 3 not labelled/);
    assert.match(problems({ speakers: { ...complete, 2: 'Q' } }), /line 2 is blank/);
    assert.match(problems({ speakers: complete, claims: [{ line: 1, quote: 'Hello', kind: 'fact' }] }), /quote "Hello" is not in line 1/);
    assert.match(problems({ speakers: complete, headings: [0] }), /headings: line 0 is out of range/);
    assert.match(problems({ speakers: complete, headings: [2] }), /headings: line 2 is blank/);
    assert.equal(problems({ speakers: complete, headings: [1] }), '');
    assert.match(problems({ speakers: complete, genre: 'novel' }), /"genre" "novel"/);
    assert.match(problems({ speakers: complete, windows: [{ startLine: 3, endLine: 1, sentences: [] }] }), /startLine 3 is after endLine 1/);
  });

  it('flags figures that fell by more than the tolerance, files gone from the corpus and files missing from the baseline', function () {
    const figures = (speakerAccuracy: number | null): Figures => ({ ...figuresOf(emptyCounts()), speakerAccuracy });
    const baseline: Baseline = { tolerance: 0.01, groups: {}, files: { a: figures(0.9), b: figures(0.9), gone: figures(0.5) } };
    const current: Baseline = { tolerance: 0.01, groups: {}, files: { a: figures(0.895), b: figures(0.85), added: figures(0.1) } };
    const found = regressions(baseline, current);
    assert.equal(found.length, 3);
    assert.ok(found.some((r) => r.includes('file b: speakerAccuracy fell from 0.9 to 0.85')));
    assert.ok(found.some((r) => r.includes('file gone: in the baseline but no longer scored')));
    assert.ok(found.some((r) => r.includes('file added: not in the baseline')));
  });

  it('assigns sources missing from split.json to the smaller half, in sorted order, leaving listed ones alone', function () {
    const listed = new Map([['a', 'dev' as const], ['b', 'dev' as const], ['c', 'check' as const]]);
    const halves = assignUnlisted(listed, ['z', 'a', 'y', 'x', 'z']);
    assert.deepEqual([...halves], [['a', 'dev'], ['b', 'dev'], ['c', 'check'], ['x', 'check'], ['y', 'dev'], ['z', 'check']]);
  });
});
