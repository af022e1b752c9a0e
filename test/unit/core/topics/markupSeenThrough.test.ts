import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// Markup that holds no words is seen through when a line is judged as a title: phrasing tags inside a saved page's
// paragraph (`<NOBR>`), emphasis marks around a numbered title (`_** 1. … **_`), Pandoc's attributes after a heading.

/** A council record converted from PDF to HTML: one `<P>` a line, labels in `<SPAN>`, subject titles in capitals. */
const COUNCIL = [
  '<P class="p14 ft1">MINUTES</P>',
  '<P class="p15 ft2">Councillor Reyes moves that the minutes of the meeting held on March 2, 2016, be taken as read and confirmed.</P>',
  '<P class="p16 ft2"><SPAN class="ft1">Mr. Speaker: </SPAN>All those in favour? Opposed? Carried. Finance Committee, <NOBR>by-laws.</NOBR></P>',
  '<P class="p24 ft1">FINANCE COMMITTEE</P>',
  '<P class="p25 ft1">CONSIDERATION OF <NOBR>BY-LAWS</NOBR></P>',
  '<P class="p20 ft2"><SPAN class="ft1">Mayor Lind: </SPAN>I move that <NOBR>By-law</NOBR> No. 12/2016 be read a first time.</P>',
  '<P class="p21 ft2"><SPAN class="ft1">Mr. Speaker: </SPAN>All those in favour? Opposed? Carried.</P>',
  '<P class="p20 ft2"><SPAN class="ft1">Clerk: </SPAN><NOBR>By-law</NOBR> No. 12/2016, a by-law to amend the parking rules.</P>',
  '<P class="p21 ft2"><SPAN class="ft1">Mayor Lind: </SPAN>I move that the rule be suspended and the by-law be read a third time.</P>',
  '<P class="p27 ft2"><SPAN class="ft1">Mr. Speaker: </SPAN>All those in favour? Opposed? Carried. Question period.</P>',
].join('\n');

/** A Markdown article: bold section titles, and numbered sub-titles in underscore-and-star emphasis. */
const ARTICLE = [
  '**初心：2011-2013**',
  '',
  '2011年，我们在肯尼亚的一所学校里做了第一次调研，那时候团队只有三个人，经费全靠自己。',
  '',
  '**新的旅途：2023**',
  '',
  '疫情三年过去了。我们将继续回归海外的可持续发展项目，在这里想跟大家聊聊一些变化：',
  '',
  '_** 1. 国际活动重启 **_',
  '',
  '今年，我们将重启肯尼亚、柬埔寨、泰国等地的国际调研项目，还新增了两个新的项目基地。',
  '',
  '_** 2. 数据库试运营 **_',
  '',
  '过去一年，伙伴们搜集整理了三十余个国家上千个组织的信息，免费提供给有需要的人使用。',
].join('\n');

/** A podcast post converted by Pandoc: headings keep their attribute blocks. */
const PANDOC = [
  '## Show Notes {#show-notes .section}',
  '',
  'Named entities and papers mentioned in the conversation, with links to each of them below.',
  '',
  '## Transcript {#transcript}',
  '',
  'Welcome back to the show. Today we talk about code models and how people use them at work.',
].join('\n');

describe('markup that holds no words, seen through when a line is judged as a title', () => {
  it('reads a paragraph with phrasing tags inside as a title, and a full stop inside a closing tag as a sentence end', () => {
    const titles = topicTitles(analyze(COUNCIL, {}, 'council.htm').topics);
    assert.ok(titles.includes('FINANCE COMMITTEE'), titles.join(' | '));
    assert.ok(titles.includes('CONSIDERATION OF BY-LAWS'), titles.join(' | '));
    // The speech with `<NOBR>` inside stays speech.
    assert.ok(!titles.some((title) => title.includes('parking')));
    // A link inside the paragraph still makes it body text.
    const linked = COUNCIL.replace('CONSIDERATION OF <NOBR>BY-LAWS</NOBR>', 'CONSIDERATION OF <a href="#b">BY-LAWS</a>');
    assert.ok(!topicTitles(analyze(linked, {}, 'council.htm').topics).some((title) => title.includes('CONSIDERATION')));
  });

  it('counts no emphasis mark against a title as a figure or code would be', () => {
    assert.deepEqual(topicTitles(analyze(ARTICLE, {}, 'article.md').topics), ['初心：2011-2013', '新的旅途：2023', '_** 1. 国际活动重启 **_', '_** 2. 数据库试运营 **_']);
  });

  it("leaves a Pandoc heading's attribute block out of its title, its heading span still the line", () => {
    const { topics } = analyze(PANDOC, {}, 'post.md');
    assert.deepEqual(topicTitles(topics), ['Show Notes', 'Transcript']);
    assert.equal(topics[0]!.headingSpan.start, 0);
    assert.equal(topics[0]!.headingSpan.end, PANDOC.indexOf('\n'));
  });

  it('keeps incremental analysis exact around the markup titles', () => {
    const edits = [['x', 0], ['.', 0], ['\n', 0], ['<', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(COUNCIL, 'council.htm', edits, COUNCIL.indexOf('Finance Committee,'), COUNCIL.indexOf('Mayor Lind') + 4);
    assertEditsAcrossOffsetsMatchAnalyze(ARTICLE, 'article.md', [['x', 0], ['*', 0], ['_', 0], ['\n', 0], ['', 1]], ARTICLE.indexOf('变化：'), ARTICLE.indexOf('今年'));
    assertEditsAcrossOffsetsMatchAnalyze(PANDOC, 'post.md', [['x', 0], ['}', 0], ['{', 0], ['', 1]], 0, PANDOC.indexOf('Named'));
  });
});
