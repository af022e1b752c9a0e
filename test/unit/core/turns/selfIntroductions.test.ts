import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { holdsIntroduction } from '../../../../src/core/turns/selfIntroductions';
import { itEqualsAnalyzeAfterRandomEdits } from '../../property/corpusEdits';

// A host's or an interviewer's opening before the first label: they introduce themselves in the first person, and the
// name they give is one the document's labels use again. The opening is theirs; a name said otherwise hands nothing over.

const PODCAST = [
  '### Sponsor Message', '',
  'Are you a lead developer? Visit the site to book a demo.', '',
  '---', '',
  '### Episode Transcription', '',
  'Hello everyone and welcome to the .NET Core podcast - the only podcast which is devoted to:', '',
  '- .NET Core', '- ASP.NET Core', '',
  'I am your host, Jamie "GaProgMan" Taylor, and this is Episode 59 with Pete Gallagher.', '',
  'So lets sit back and let the show begin.', '',
  '{{< paracentre "The following is a machine transcription." >}}', '',
  '#### Jamie', '', 'So the first thing I would like to say is thank you.', '',
  '#### Pete', '', 'No worries at all. Always happy to talk about IoT.', '',
  '#### Jamie', '', 'How did you get into IoT?', '',
  '#### Pete', '', 'Through a hackathon, years ago.', '',
].join('\n');

const INTERVIEW_NOTES = [
  '# 美聯社採訪共筆',
  '大家好 我叫吳慧中 -我是美聯社台北分社的一名記者。 byline name: Huizhong Wu', '',
  '我們這次希望做一個關於開放政府的專題報導。有一些問題希望向大家請教。', '',
  '## 問題', '',
  'Huizhong：開放政府的工作有沒有得到更多的重視？', '',
  'kiang：主要的變化是知名度，許多人因此對社群感興趣。', '',
  'Huizhong：可以給幾個例子嗎？', '',
  'kiang：例如萌典和一些公開資料的專案。', '',
].join('\n');

function speakerOfLine(text: string, lineText: string, name: string): string | null {
  const found = text.indexOf(lineText);
  assert.ok(found >= 0, lineText);
  return analyze(text, {}, name).turns.find((t) => t.span.start <= found && found < t.span.end)?.speaker ?? null;
}

describe('a host introducing themselves before the first label', () => {
  it('reads first-person introductions, and no name said otherwise', () => {
    assert.ok(holdsIntroduction('I am your host, Jamie Taylor, and this is Episode 59'));
    assert.ok(holdsIntroduction('Hi, my name is Sam and I run the show.'));
    assert.ok(holdsIntroduction('大家好 我叫吳慧中'));
    assert.ok(!holdsIntroduction("I'm sure we will get to that."));
    assert.ok(!holdsIntroduction('This is Episode 59 with Pete Gallagher.'));
  });

  it("gives a podcast's opening under its heading to the host the headings label, not the sponsor's section or the markup", () => {
    assert.equal(speakerOfLine(PODCAST, 'Hello everyone and welcome', 'episode.md'), 'Jamie');
    assert.equal(speakerOfLine(PODCAST, '- ASP.NET Core', 'episode.md'), 'Jamie');
    assert.equal(speakerOfLine(PODCAST, 'So lets sit back', 'episode.md'), 'Jamie');
    assert.equal(speakerOfLine(PODCAST, 'Are you a lead developer?', 'episode.md'), null);
    assert.equal(speakerOfLine(PODCAST, '{{< paracentre', 'episode.md'), null);
    assert.equal(speakerOfLine(PODCAST, 'No worries at all.', 'episode.md'), 'Pete');
  });

  it('compares the name with labels written in capitals', () => {
    const shouted = PODCAST.replace(/#### Jamie/g, 'JAMIE:').replace(/#### Pete/g, 'PETE:').replace(/(JAMIE|PETE):\n\n/g, '$1: ');
    assert.equal(speakerOfLine(shouted, 'Hello everyone and welcome', 'episode.md'), 'JAMIE');
    assert.equal(speakerOfLine(shouted, 'PETE: No worries', 'episode.md'), 'PETE');
  });

  it("gives an interviewer's unlabelled greeting to the label that matches the name she gives", () => {
    assert.equal(speakerOfLine(INTERVIEW_NOTES, '大家好 我叫吳慧中', 'notes.md'), 'Huizhong');
    assert.equal(speakerOfLine(INTERVIEW_NOTES, '我們這次希望', 'notes.md'), 'Huizhong');
    assert.equal(speakerOfLine(INTERVIEW_NOTES, '# 美聯社採訪共筆', 'notes.md'), null);
  });

  it('hands nothing over without the first-person words, for a name the labels do not repeat, or after the first label', () => {
    const announced = PODCAST.replace('I am your host, Jamie "GaProgMan" Taylor, and this', 'This');
    assert.equal(speakerOfLine(announced, 'Hello everyone and welcome', 'episode.md'), null);
    const stranger = PODCAST.replace('Jamie "GaProgMan" Taylor', 'Morgan Lee');
    assert.equal(speakerOfLine(stranger, 'Hello everyone and welcome', 'episode.md'), null);
    const once = INTERVIEW_NOTES.replace('Huizhong：可以給幾個例子嗎？', '可以給幾個例子嗎？');
    assert.equal(speakerOfLine(once, '大家好 我叫吳慧中', 'notes.md'), null, 'one labelled turn is no name the labels use again');
  });

  it('re-reads the opening when an edit types or removes the introduction, or renames the host', () => {
    const edits: [string, string, string][] = [
      [PODCAST, 'I am your host, ', ''],
      [PODCAST.replace('I am your host, ', ''), 'Jamie "GaProgMan"', 'I am your host, Jamie "GaProgMan"'],
      [PODCAST, '#### Jamie\n\nSo the first', '#### Jaime\n\nSo the first'],
      [PODCAST, '{{< paracentre "The following is a machine transcription." >}}\n\n#### Jamie', '#### Jamie'],
      [INTERVIEW_NOTES, '我叫', '我是'],
      [INTERVIEW_NOTES, 'Huizhong：可以', 'Huizhong 可以'],
    ];
    for (const [text, before, after] of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'notes.md');
      analyzer.update(text);
      const at = text.indexOf(before);
      assert.ok(at >= 0, before);
      const edited = text.slice(0, at) + after + text.slice(at + before.length);
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: before.length, text: after }]), analyze(edited, {}, 'notes.md'), `${before} → ${after}`);
    }
  });

  describe('random edits of openings a host introduces', () => {
    const typed = ['I am your host, Jamie ', 'my name is ', '我叫', '\n', '\n\n', '#### ', 'Pete', ':', '：', 'x', ' ', '{{< '];
    // Below the head, typing in speech keeps the opening: some edits stay local (each still equals a full analysis).
    itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['dotnetcore-podcast-059-iot-pete-gallagher.md'], typed, removedBelow: 5, editsPerFile: 150 });
    itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ['g0v-ap-interview-2020.md'], typed, removedBelow: 5, editsPerFile: 60, allFallBack: true });
  });
});
