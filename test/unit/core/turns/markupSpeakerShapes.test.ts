import * as assert from 'node:assert/strict';
import { analyseText, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

/**
 * A parliament's record kept as XML: each label's name in a span of its own line inside a link, the link closed on
 * the next line, then the constituency, the office and the time in spans and brackets before the colon; the
 * record's data in elements of their own (`<page.no>`, `<party>`) between the speeches.
 */
const XML_RECORD = [
  '<debate>',
  '  <talker>',
  '    <page.no>7131</page.no>',
  '    <name role="metadata">Smith, Jane, MP</name>',
  '    <party>ALP</party>',
  '  </talker>',
  '  <talk.text>',
  '    <p class="HPS-Normal">',
  '      <span class="HPS-Normal">',
  '        <a href="E3L" type="MemberQuestion">',
  '          <span class="HPS-MemberQuestion">Ms SMITH</span>',
  '        </a>',
  '        (<span class="HPS-Electorate">Lalor</span>—<span class="HPS-MinisterialTitles">Leader</span>) (<span class="HPS-Time">14:08</span>): My question is to the minister. Will the plan go ahead?</span>',
  '    </p>',
  '  </talk.text>',
  '  <talker>',
  '    <page.no>7132</page.no>',
  '    <party>LP</party>',
  '  </talker>',
  '  <talk.text>',
  '    <p class="HPS-Normal">',
  '      <span class="HPS-Normal">',
  '        <a href="83L" type="MemberAnswer">',
  '          <span class="HPS-MemberAnswer">Mr JONES</span>',
  '        </a>',
  '        (<span class="HPS-Electorate">Cook</span>) (<span class="HPS-Time">14:09</span>): The plan goes ahead next year.',
  '      </span>',
  '    </p>',
  '    <p class="HPS-Normal">',
  '      <span class="HPS-Normal">',
  '        <a href="E3L" type="MemberContinuation">',
  '          <span class="HPS-MemberContinuation">Ms SMITH:</span>',
  '        </a>  Then the minister should say so.</span>',
  '    </p>',
  '  </talk.text>',
  '</debate>',
].join('\n');

describe('labels and data in records kept as markup', () => {
  it('reads a name in its own span, with brackets and a colon after the lines of markup below it, as a label', () => {
    const fixture = analyseText(XML_RECORD, 'record.xml');
    assert.deepEqual(fixture.analysis.speakers.map((speaker) => speaker.name).sort(), ['Mr JONES', 'Ms SMITH']);
    const speakers = lineSpeakers(fixture);
    const lines = XML_RECORD.split('\n').filter((line) => line.trim() !== '');
    const speakerOf = (text: string): string => speakers[lines.findIndex((line) => line.includes(text))]!;
    assert.equal(speakerOf('My question is to the minister'), 'Ms SMITH');
    assert.equal(speakerOf('The plan goes ahead next year'), 'Mr JONES');
    assert.equal(speakerOf('Then the minister should say so'), 'Ms SMITH');
  });

  it('gives the record\'s data elements and XML tags no speaker', () => {
    const fixture = analyseText(XML_RECORD, 'record.xml');
    const speakers = lineSpeakers(fixture);
    const lines = XML_RECORD.split('\n').filter((line) => line.trim() !== '');
    for (const data of ['<page.no>7132</page.no>', '<party>LP</party>', '</talk.text>', '<talker>']) {
      assert.equal(speakers[lines.findIndex((line) => line.trim() === data)], '-', data);
    }
  });

  it('reads no label where no bracket and colon follow the name in markup', () => {
    const text = XML_RECORD.replace('(<span class="HPS-Electorate">Cook</span>) (<span class="HPS-Time">14:09</span>): ', '');
    const fixture = analyseText(text, 'record.xml');
    assert.ok(!fixture.analysis.speakers.some((speaker) => speaker.name === 'Mr JONES'));
  });

  it('keeps a voice in WebVTT a cue\'s speech, not data', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '<v Jane Doe>We start at nine.</v>', ''].join('\n');
    const fixture = analyseText(vtt, 'talk.vtt');
    assert.ok(!fixture.analysis.stageDirections.some((direction) => fixture.slice(direction.span).includes('We start')));
  });

  it('equals a full analysis after edits of the label, its tail and the lines between', () => {
    assertReplacementsMatchAnalyze([
      [XML_RECORD, '(<span class="HPS-Electorate">Cook</span>) ', ''],
      [XML_RECORD, 'Mr JONES</span>', 'Mr JONES:</span>'],
      [XML_RECORD, '        </a>\n        (<span class="HPS-Electorate">Cook', '        (<span class="HPS-Electorate">Cook'],
      [XML_RECORD, 'The plan goes ahead', 'The plan goes'],
      [XML_RECORD, '<party>LP</party>', '<party>Labor and more</party>'],
    ], 'record.xml');
  });
});

/** A podcast page: a sponsor block and the host's introduction, then each turn under a heading holding only a name. */
const NAME_HEADINGS = [
  '### Sponsor Message',
  '',
  'Visit our sponsor to learn more about their courses.',
  '',
  '### Episode Transcription',
  '',
  '#### Jamie',
  '',
  'Thank you for coming on the show today.',
  '',
  '#### Pete',
  '',
  'No worries at all. Always happy to talk about it.',
  '',
  '#### Jamie',
  '',
  'So what do you do all day?',
  '',
  '#### Pete',
  '',
  'I build machines that take coins.',
].join('\n');

describe('name headings taking turns', () => {
  it('reads headings holding only names that recur in turn as labels, with no header naming them', () => {
    const fixture = analyseText(NAME_HEADINGS, 'episode.md');
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', 'Jamie', 'Jamie', 'Pete', 'Pete', 'Jamie', 'Jamie', 'Pete', 'Pete']);
  });

  it('reads sections about people that do not take turns as sections', () => {
    const sections = ['## Ada', '', 'Ada wrote the first program.', '', '## Ada', '', 'She worked with Babbage.', '', '## Grace', '', 'Grace wrote a compiler.', '', '## Grace', '', 'She found a moth.'].join('\n');
    const fixture = analyseText(sections, 'people.md');
    assert.deepEqual(fixture.analysis.speakers, []);
  });

  it('equals a full analysis after a name heading is renamed or removed', () => {
    assertReplacementsMatchAnalyze([
      [NAME_HEADINGS, '#### Pete\n\nNo worries', '#### Peter\n\nNo worries'],
      [NAME_HEADINGS, '#### Jamie\n\nSo what', 'So what'],
      [NAME_HEADINGS, 'I build machines', '#### Jamie\n\nI build machines'],
    ], 'episode.md');
  });
});

/** A speech page saved as HTML: the title in `<h1>` naming no one, the byline a name alone, a date, styles over lines. */
const BYLINE_PAGE = [
  '<div class="text-center">',
  '  <h1 style="font-weight: bold;">',
  '    在北方大学建校百年大会上的<br>讲话',
  '  </h1>',
  '  <div class="byline">',
  '    李明远',
  '  </div>',
  '  <span class="date">（2025年9月3日，上午）</span>',
  '</div>',
  '<div class="speech" style="',
  '  font-size: 18px;',
  '  text-align: justify;',
  '">',
  '  <p>',
  '    各位老师，各位同学：',
  '  </p>',
  '  <p>',
  '    今天，我们隆重集会，庆祝建校一百周年。',
  '  </p>',
  '</div>',
].join('\n');

describe('a speech page naming its speaker only in a byline', () => {
  it('gives the speech under a title naming no one to the name alone in the byline, the page\'s lines to no one', () => {
    const fixture = analyseText(BYLINE_PAGE, 'speech.htm');
    const speakers = lineSpeakers(fixture);
    const lines = BYLINE_PAGE.split('\n').filter((line) => line.trim() !== '');
    const speakerOf = (text: string): string => speakers[lines.findIndex((line) => line.includes(text))]!;
    assert.equal(speakerOf('各位老师'), '李明远');
    assert.equal(speakerOf('今天，我们隆重集会'), '李明远');
    for (const page of ['李明远', '2025年9月3日', 'font-size', '讲话']) assert.equal(speakerOf(page), '-', page);
  });

  it('gives nothing to a name under a title that is no speech', () => {
    const fixture = analyseText(BYLINE_PAGE.replace('在北方大学建校百年大会上的<br>讲话', '北方大学的百年'), 'speech.htm');
    assert.deepEqual(fixture.analysis.speakers, []);
  });
});
