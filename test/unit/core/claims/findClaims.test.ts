import * as assert from 'node:assert/strict';
import type { Claim, Turn } from '../../../../src/core/analysis/model';
import { classifySentence } from '../../../../src/core/claims/classify';
import { findClaims } from '../../../../src/core/claims/findClaims';
import { LineIndex } from '../../../../src/core/text/positions';

/** A turn from its label to the end of `lastLine` (inclusive), as findTurns would build it. */
function turn(text: string, label: string, from: number, lastLine: string): Turn {
  const start = text.indexOf(label, from);
  const lastStart = text.indexOf(lastLine, start);
  return { speaker: label, span: { start, end: lastStart + lastLine.length }, labelSpan: { start, end: start + label.length }, source: 'label' };
}

function assertSpansSliceBack(text: string, claims: readonly Claim[]): void {
  for (const claim of claims) assert.equal(text.slice(claim.span.start, claim.span.end), claim.text);
}

describe('findClaims', () => {
  const text = [
    '# 晶片與人工智能',
    '',
    '林雅婷：',
    '您好，感謝接受我們的訪問。今年的出貨情況如何？',
    '',
    '陳立文：',
    '謝謝邀請。據公司年報，我們去年營收達到420億元，比前年增長了18%。',
    '我預計下半年的需求會更強。',
    '（笑）',
    '林雅婷：有人擔心產能過剩。',
    '陳立文：我認為這種擔心是多餘的。我們在上個月的會議上已經將其列為首要任務。',
    '',
    '作者後記：本文經過編輯。',
  ].join('\n');
  const turns = [
    turn(text, '林雅婷', 0, '今年的出貨情況如何？'),
    turn(text, '陳立文', 0, '（笑）'),
    turn(text, '林雅婷', text.indexOf('林雅婷：有人'), '有人擔心產能過剩。'),
    turn(text, '陳立文', text.indexOf('陳立文：我認為'), '列為首要任務。'),
  ];

  it('finds check-worthy sentences with their kind, cues and speaker', () => {
    const claims = findClaims(new LineIndex(text), turns, {});
    assertSpansSliceBack(text, claims);
    assert.deepEqual(
      claims.map((c) => [c.speaker, c.kind, c.text]),
      [
        ['陳立文', 'fact', '據公司年報，我們去年營收達到420億元，比前年增長了18%。'],
        ['陳立文', 'forecast', '我預計下半年的需求會更強。'],
        ['林雅婷', 'opinion', '有人擔心產能過剩。'],
        ['陳立文', 'opinion', '我認為這種擔心是多餘的。'],
        ['陳立文', 'fact', '我們在上個月的會議上已經將其列為首要任務。'],
      ],
    );
    assert.deepEqual(claims[1]!.cues, ['first-person prediction: 我预计', 'future time: 下半年', 'future: 会']);
  });

  it('never includes a speaker label in a claim, whatever order the turns come in', () => {
    const claims = findClaims(new LineIndex(text), [...turns].reverse(), {});
    assert.ok(claims.every((c) => !c.text.includes('：') || c.text.includes('作者')));
    assert.equal(claims.find((c) => c.text.includes('擔心是多餘'))?.speaker, '陳立文');
  });

  it('leaves the speaker null outside every turn', () => {
    const plain = '我認為這是一個明智的選擇。';
    const claims = findClaims(new LineIndex(plain), [], {});
    assert.deepEqual(claims.map((c) => [c.speaker, c.kind]), [[null, 'opinion']]);
  });

  it('keeps spans right after emoji and CJK Extension B characters before a label and a length-changing fold', () => {
    const doc = '😀𠀀 Bob: I think this is great. 㗲據報道營收增長了18%。\r\n𠀀Ann: We expect demand to double next year.\r\n';
    const bob = doc.indexOf('Bob');
    const ann = doc.indexOf('Ann');
    const docTurns: Turn[] = [
      { speaker: 'Bob', span: { start: 0, end: doc.indexOf('\r\n') }, labelSpan: { start: bob, end: bob + 3 }, source: 'label' },
      { speaker: 'Ann', span: { start: ann - 2, end: doc.lastIndexOf('\r\n') }, labelSpan: { start: ann, end: ann + 4 }, source: 'label' },
    ];
    const lines = new LineIndex(doc);
    const claims = findClaims(lines, docTurns, {});
    assertSpansSliceBack(doc, claims);
    assert.deepEqual(claims.map((c) => [c.speaker, c.kind, c.text]), [
      ['Bob', 'opinion', 'I think this is great.'],
      ['Bob', 'fact', '㗲據報道營收增長了18%。'],
      ['Ann', 'forecast', 'We expect demand to double next year.'],
    ]);
    assert.deepEqual(lines.rangeOf(claims[2]!.span), { start: { line: 1, character: 7 }, end: { line: 1, character: 44 } });
  });

  it('skips spans from other passes and SRT machinery', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\n主持人：我認為這很好。\n\n2\n00:00:03,000 --> 00:00:05,000\n明年會更好。\n';
    const label = srt.indexOf('主持人');
    const srtTurns: Turn[] = [{ speaker: '主持人', span: { start: label, end: srt.length - 1 }, labelSpan: { start: label, end: label + 4 }, source: 'cue' }];
    const claims = findClaims(new LineIndex(srt), srtTurns, { format: 'srt' });
    assert.deepEqual(claims.map((c) => [c.speaker, c.text]), [['主持人', '我認為這很好。'], ['主持人', '明年會更好。']]);
    const skipped = findClaims(new LineIndex(srt), srtTurns, { format: 'srt' }, { skipSpans: [{ start: srt.indexOf('明年'), end: srt.indexOf('明年') + 6 }] });
    assert.equal(skipped.length, 1);
  });

  it('uses extra cues from the options', () => {
    const doc = '公司正在籌備新工廠的建設工作。';
    assert.deepEqual(findClaims(new LineIndex(doc), [], {}).map((c) => c.cues), [['statement']]);
    const claims = findClaims(new LineIndex(doc), [], { extraCues: { forecast: ['筹备'] } });
    assert.deepEqual(claims.map((c) => [c.kind, c.cues]), [['forecast', ['cue: 筹备 (forecast)']]]);
  });

  it('a sentence over two hard-wrapped lines is one claim whose span covers both and whose text joins them', () => {
    const doc = '陳立文：「海外營收已經占四成，\n明年將在日本設立研發中心。」\n';
    const claims = findClaims(new LineIndex(doc), [turn(doc, '陳立文', 0, '研發中心。」')], {});
    assert.equal(claims.length, 1);
    assert.deepEqual(new LineIndex(doc).rangeOf(claims[0]!.span), { start: { line: 0, character: 4 }, end: { line: 1, character: 14 } });
    assert.equal(claims[0]!.text, '「海外營收已經占四成，明年將在日本設立研發中心。」');
    assert.equal(claims[0]!.kind, 'forecast');
  });

  it('a subtitle sentence over two cues is classified without the cue number and timing between them', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nAnd the company will probably\n\n2\n00:00:03,000 --> 00:00:05,000\nclose the plant.\n';
    const claims = findClaims(new LineIndex(srt), [], { format: 'srt' });
    assert.deepEqual(claims.map((c) => [c.kind, c.text]), [['forecast', 'And the company will probably close the plant.']]);
    assert.ok(claims[0]!.cues.every((cue) => !cue.startsWith('time:') && !cue.startsWith('number:')), claims[0]!.cues.join(', '));
  });

  it('gives claims with the same cues one shared array, holding what classifying each sentence alone gives', () => {
    const repeated = '據公司年報，我們去年營收達到420億元。';
    const doc = [repeated, '我認為這種擔心是多餘的。', repeated, 'I think it will rain.', repeated, '我認為這種擔心是多餘的。'].join('\n');
    const claims = findClaims(new LineIndex(doc), [], {});
    assert.equal(claims.length, 6);
    for (const claim of claims) assert.deepEqual(claim.cues, classifySentence(claim.text)?.cues);
    assert.equal(claims[0]!.cues, claims[2]!.cues);
    assert.equal(claims[2]!.cues, claims[4]!.cues);
    assert.equal(claims[1]!.cues, claims[5]!.cues);
    assert.notEqual(claims[0]!.cues, claims[1]!.cues);
  });
});

describe('findClaims, lines of timestamped segments', () => {
  it('reads and classifies a sentence going on over two segments without the timestamps between', () => {
    const text = '[00:19]  The commission has certified agencies in\n[12:23]  four countries since 1979, he said.\n[00:31]  Thank you.\n';
    const claims = findClaims(new LineIndex(text), [], {}, { format: 'plain' });
    const joined = claims.find((c) => c.span.start === text.indexOf('The'));
    assert.ok(joined, 'the joined sentence is a claim');
    assert.equal(joined.span.end, text.indexOf('he said.') + 8);
    assert.equal(joined.text, 'The commission has certified agencies in four countries since 1979, he said.');
    const read = classifySentence(joined.text, {})!;
    assert.deepEqual([joined.kind, joined.cues, joined.confidence], [read.kind, read.cues, read.confidence]);
  });
});

describe('findClaims, Whisper TSV rows', () => {
  it('reads no figure in the start and end columns, and joins a sentence over two rows', () => {
    const text = 'start\tend\ttext\n0\t4200\tToday we are talking about\n4200\t9800\tthe housing market, which fell 4 percent last quarter.\n9800\t15000\tThanks for listening.\n';
    const claims = findClaims(new LineIndex(text), [], {}, { format: 'plain' });
    assert.deepEqual(claims.map((c) => c.text), ['Today we are talking about the housing market, which fell 4 percent last quarter.']);
    assert.ok(!claims[0]!.cues.some((cue) => /4200|9800/.test(cue)), JSON.stringify(claims[0]!.cues));
  });
});

describe('findClaims, web addresses', () => {
  it('reads no figure and no cue word inside a web address, and still reads those around it', () => {
    const text = 'The full video is at https://fairfax.granicus.com/player/clip/4421 for everyone.\nRead www.example.com/2023/05/best-report-2024 today.\nThe report at https://example.org/r.pdf says 40% fell in 2023.\n';
    const claims = findClaims(new LineIndex(text), [], {}, { format: 'plain' });
    const cues = claims.flatMap((c) => c.cues);
    for (const inLink of ['4421', '2023/05', '05', '2024', 'best']) assert.ok(!cues.some((cue) => cue.endsWith(`: ${inLink}`)), `${inLink} in ${JSON.stringify(cues)}`);
    const figures = claims.find((c) => c.text.startsWith('The report'))!.cues;
    assert.ok(figures.includes('percent: 40%') && figures.includes('date: 2023'), JSON.stringify(figures));
  });
});
