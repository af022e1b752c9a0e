import * as assert from 'node:assert/strict';
import type { Topic } from '../../../src/core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../../src/core/claims/classify';
import { analyseFixture, type AnalysedFixture } from './transcriptFixtures';

// End-to-end expectations on the realistic fixtures (test/fixtures/transcripts/realistic): who speaks how
// often, where some turns start and end, the outline, and the kind of a few claims. Not a snapshot: each
// assertion names something a reader of the transcript would check.

function load(name: string): AnalysedFixture {
  return analyseFixture(`realistic/${name}`);
}

function speakers(fixture: AnalysedFixture): string[] {
  return fixture.analysis.speakers.map((s) => `${s.name}×${s.turns}`);
}

function titles(topics: readonly Topic[], depth = 0): string[] {
  return topics.flatMap((t) => [`${'  '.repeat(depth)}${t.title}`, ...titles(t.children, depth + 1)]);
}

/** The kind of the claim whose text contains `words` as the editor shows it (default minimumConfidence), or `none`. */
function kindOf(fixture: AnalysedFixture, words: string): string {
  const claim = fixture.analysis.claims.find((c) => c.text.includes(words));
  return claim && claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE ? claim.kind : 'none';
}

function speakerOf(fixture: AnalysedFixture, words: string): string | null | undefined {
  return fixture.analysis.claims.find((c) => c.text.includes(words))?.speaker;
}

/** Lines (0-based) the n-th turn of `speaker` covers. */
function lines(fixture: AnalysedFixture, speaker: string, n = 0): [number, number] {
  const turn = fixture.analysis.turns.filter((t) => t.speaker === speaker)[n]!;
  const range = fixture.range(turn.span);
  return [range.start.line, range.end.line];
}

describe('realistic transcripts end to end', () => {
  it('White House briefing: two-space labels, spaced Q, header and END lines are nobody\'s', () => {
    const f = load('briefing-whitehouse-en.txt');
    assert.deepEqual(speakers(f), ['MS. LEAVITT×8', 'Q×8', 'SECRETARY BESSENT×2']);
    assert.deepEqual(titles(f.analysis.topics), []);
    assert.deepEqual(lines(f, 'MS. LEAVITT'), [10, 18]); // announcements, (Laughter.) inside
    assert.deepEqual(lines(f, 'MS. LEAVITT', 7), [56, 56]); // not into `END  2:47 P.M. EDT`
    assert.deepEqual(lines(f, 'SECRETARY BESSENT'), [46, 48]);
    assert.ok(f.analysis.stageDirections.length >= 2);
    assert.equal(kindOf(f, 'Inflation was 2.4 percent'), 'fact');
    assert.equal(kindOf(f, 'I expect the deficit to shrink'), 'forecast');
    assert.equal(kindOf(f, "That's a great deal"), 'opinion');
    assert.equal(kindOf(f, 'The Commerce Department reported'), 'fact');
    assert.equal(kindOf(f, "I'll open it up"), 'none');
    assert.equal(speakerOf(f, '$195 billion'), 'SECRETARY BESSENT');
  });

  it('Simplified TV interview: mixed colon widths, 记者, （笑）, metadata lines are no speakers', () => {
    const f = load('tv-interview-zh-Hans.txt');
    assert.deepEqual(speakers(f), ['主持人×7', '嘉宾×6', '记者×1']);
    assert.deepEqual(lines(f, '嘉宾', 2), [13, 15]);
    assert.deepEqual(lines(f, '主持人', 6), [29, 29]); // not into the editor's bracketed note
    assert.equal(kindOf(f, '560.8万辆'), 'fact');
    assert.equal(kindOf(f, '我估计到明年年底'), 'forecast');
    assert.equal(kindOf(f, '这是一个非常伟大的时代'), 'opinion');
    assert.notEqual(kindOf(f, '超出了很多人的预期'), 'forecast');
    assert.equal(kindOf(f, '播出时间'), 'none');
    assert.ok(f.analysis.claims.some((c) => c.text === '说实话，我觉得这种打法是不可持续的。'));
  });

  it('Traditional magazine Q&A (BOM, CRLF): 問/答 blocks under plain section titles; the headline is nobody\'s', () => {
    const f = load('magazine-qa-zh-Hant.txt');
    assert.ok(f.text.startsWith('\uFEFF') && f.text.includes('\r\n'));
    assert.deepEqual(speakers(f), ['問×6', '答×6']);
    // The headline over its byline and date (`2025-03-18 更新`), its words repeated in the lead, titles the piece.
    assert.deepEqual(titles(f.analysis.topics), ['專訪｜台積電前研發副總：半導體人才荒，台灣還有十年優勢', '人才從哪裡來', '地緣政治的壓力', '退休之後']);
    assert.deepEqual(lines(f, '答'), [10, 11]);
    assert.deepEqual(lines(f, '答', 5), [34, 34]);
    assert.equal(kindOf(f, '根據經濟部的統計'), 'fact');
    assert.equal(kindOf(f, '我預計未來五年'), 'forecast');
    assert.equal(kindOf(f, '我認為問題不只在數量'), 'opinion');
    assert.equal(kindOf(f, '650億美元'), 'fact');
  });

  it('Xinhua article: the headline is no speaker, narration hands over and quotes end turns, 他 follows the last named speaker', () => {
    const f = load('news-xinhua-zh-Hans.txt');
    assert.deepEqual(speakers(f), ['付某某×2', '张某×2']);
    assert.deepEqual(titles(f.analysis.topics), ['工业生产较快增长', '消费市场有所回暖']);
    assert.deepEqual(lines(f, '付某某'), [4, 5]);
    assert.deepEqual(lines(f, '付某某', 1), [11, 11]); // the quote closes on its line
    assert.deepEqual(lines(f, '张某', 1), [21, 22]); // 他同时指出：
    assert.match(f.slice(f.analysis.turns.filter((t) => t.speaker === '张某')[1]!.span), /房地产市场仍处于调整之中/);
    assert.equal(speakerOf(f, '我认为下半年消费有望'), '张某');
    assert.equal(kindOf(f, '据商务部报道'), 'fact');
    assert.equal(kindOf(f, '专家预计'), 'forecast');
    assert.notEqual(kindOf(f, '稳定预期的政策'), 'forecast');
  });

  it('Otter export: `Name  0:03` lines, header sections are not topics, the service credit ends the last turn', () => {
    const f = load('zoom-otter-en.txt');
    assert.deepEqual(speakers(f), ['Priya Raman×4', 'Daniel Okafor×3', 'Mei Lin×2']);
    assert.deepEqual(titles(f.analysis.topics), []);
    assert.deepEqual(lines(f, 'Daniel Okafor'), [12, 14]);
    assert.deepEqual(lines(f, 'Priya Raman', 3), [35, 36]);
    assert.equal(kindOf(f, 'monthly churn was 3.1% in May'), 'fact');
    assert.equal(kindOf(f, 'churn numbers from May'), 'none');
    assert.equal(kindOf(f, 'I expect it to creep back up'), 'forecast');
    assert.equal(kindOf(f, 'We plan to ship'), 'forecast');
  });

  it('`[00:00:05] Name:` lines: one turn per stamped line, timestamps kept', () => {
    const f = load('standup-timestamps-en.txt');
    assert.deepEqual(speakers(f), ['Sarah Chen×4', 'Tom Becker×2', 'Aisha Mohammed×3', 'Unknown Speaker×1']);
    assert.equal(f.analysis.turns[2]!.timestamp, '[00:00:16]');
    assert.equal(kindOf(f, 'down for 47 minutes'), 'fact');
    assert.equal(kindOf(f, 'the rest will be done by March 20th'), 'forecast');
  });

  it('SRT: names inside cues carry over cues; an unnamed dialogue dash is someone else', () => {
    const f = load('documentary.srt');
    assert.deepEqual(speakers(f), ['NARRATOR×2', 'MAYOR DIAZ×2', 'ELENA PARK×1']);
    assert.deepEqual(lines(f, 'NARRATOR'), [2, 8]); // cues 1 and 2
    assert.deepEqual(lines(f, 'MAYOR DIAZ'), [12, 12]); // `- It just happened.` is not his
    assert.deepEqual(lines(f, 'ELENA PARK'), [26, 27]); // the interviewer's dashed question is not hers
    assert.equal(kindOf(f, 'The factory is expected'), 'forecast');
    assert.equal(kindOf(f, 'fewer than 800 residents'), 'fact');
    assert.equal(speakerOf(f, 'best decision'), 'ELENA PARK');
  });

  it('WebVTT: <v> and <v.loud> voices, NOTE and STYLE blocks, two voices on one line', () => {
    const f = load('webinar.vtt');
    assert.deepEqual(speakers(f), ['Moderator×2', 'Dr. Amara Osei×3', 'Audience Member×1']);
    const [moderator, osei] = f.analysis.turns.slice(-2);
    assert.ok(moderator!.span.end <= osei!.span.start, 'the two voices on the last line do not overlap');
    assert.deepEqual(lines(f, 'Dr. Amara Osei'), [20, 24]);
    assert.equal(kindOf(f, '113 days above 100 degrees'), 'fact');
    assert.equal(kindOf(f, 'we will plant twice as many'), 'forecast');
    assert.equal(kindOf(f, 'I believe shade'), 'opinion');
    assert.ok(!f.analysis.claims.some((c) => /Auto-generated|color/.test(c.text)));
  });

  it('Markdown show notes: bold labels under ## chapters, the chapter list is no topic, front matter holds no claims', () => {
    const f = load('podcast-shownotes.md');
    assert.deepEqual(speakers(f), ['Marcus×6', 'Hannah×5']);
    assert.deepEqual(titles(f.analysis.topics), ['Episode 142: The Lithium Question', '  Why lithium prices crashed', '  Recycling at scale', '  What comes next']);
    assert.deepEqual(lines(f, 'Hannah', 1), [24, 26]);
    assert.ok(!f.analysis.claims.some((c) => c.text.includes('title:') || c.text.includes('2025-05-21')));
    assert.equal(kindOf(f, 'according to the International Energy Agency'), 'fact');
    assert.notEqual(kindOf(f, 'faster than anyone expected'), 'forecast');
    assert.ok(f.analysis.claims.some((c) => c.text.startsWith("But I'd expect them") && c.kind === 'forecast'));
  });

  it('Earnings call: name lines, an analyst introduced by the operator, section titles over name lines', () => {
    const f = load('earnings-call-en.txt');
    assert.deepEqual(speakers(f), ['Operator×4', 'Jane Smith×2', 'Robert Chen×2', 'John Doe×1', 'Maria Garcia×1']);
    assert.deepEqual(titles(f.analysis.topics), ['Presentation', 'Question-and-Answer Session']);
    assert.deepEqual(lines(f, 'Robert Chen'), [14, 16]); // not into `Question-and-Answer Session`
    assert.deepEqual(lines(f, 'John Doe'), [24, 26]);
    assert.equal(kindOf(f, 'Revenue for the quarter was $4.2 billion'), 'fact');
    assert.equal(kindOf(f, 'We expect full-year revenue growth'), 'forecast');
    assert.equal(kindOf(f, 'You may now disconnect'), 'none');
    assert.equal(speakerOf(f, 'margins compress'), 'Robert Chen');
  });

  it('Foreign-ministry briefing: reporters by outlet, 追问 is the last reporter asking again, （完） ends it', () => {
    const f = load('mfa-briefing-zh-Hans.txt');
    assert.deepEqual(speakers(f), ['林剑×4', '法新社记者×2', '总台央视记者×1']);
    assert.deepEqual(lines(f, '法新社记者', 1), [8, 8]);
    assert.deepEqual(lines(f, '林剑', 3), [14, 14]);
    assert.equal(kindOf(f, '2024年双边贸易额'), 'fact');
    assert.equal(kindOf(f, '中方将采取必要措施'), 'forecast');
    assert.ok(f.analysis.claims.find((c) => c.text.includes('34周年'))?.cues.includes('ordinal: 34周年'));
  });
});
