import * as assert from 'node:assert/strict';
import { markHeadingShape } from '../../../../src/core/topics/markHeadings';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// Headings in the syntax of markups other than Markdown, read as the document's own: a mark run it repeats
// (AsciiDoc `== Section`, MediaWiki `== Section ==`, org-mode `* Heading`), or an underline it repeats that runs
// longer than its title (reStructuredText). Session 39, topics40.

const titlesOf = (text: string, fileName: string): string[] => topicTitles(analyseText(text, fileName).analysis.topics);

const ASCIIDOC = [
  '= Field Notes: River Survey',
  ':date: 2026-06-02',
  '',
  '== Morning count',
  '',
  'LEAD: We counted 31 herons between the weir and the bridge, up from 24 last June.',
  '',
  'VOLUNTEER: The water was higher than last year, so the banks were harder to reach.',
  '',
  '== Afternoon count',
  '',
  'LEAD: Only 12 in the afternoon. I think the boats scared them off.',
].join('\n');

const MEDIAWIKI = [
  "'''Minutes''' of the allotment society's spring meeting.",
  '',
  '== Water supply ==',
  'Chair: The new tank holds 2,000 litres and was filled in March.',
  'Treasurer: It cost 640 pounds, within the budget.',
  '',
  '== Plot waiting list ==',
  'Chair: Eleven people are waiting for a plot. The longest has waited two years.',
].join('\n');

const ORG = [
  '#+TITLE: Sprint review',
  '',
  '* Demo',
  'Ana: The export button now works on every page.',
  '** Feedback',
  'Ben: Customers asked for a progress bar.',
  '* Retrospective',
  'Ana: We lost two days to the flaky build.',
].join('\n');

const RST = [
  'Tenants meeting',
  '',
  'Heating repairs',
  '----------------------',
  '',
  'CHAIR: The boiler was replaced in January and has not failed since.',
  '',
  'Rent review',
  '------------------',
  '',
  'CHAIR: The landlord proposes a 4 percent rise from October.',
].join('\n');

describe('headings in another markup\'s syntax (session 39, topics40)', () => {
  it('reads AsciiDoc, MediaWiki and org-mode headings the document repeats, marks left out of the title', () => {
    assert.deepEqual(titlesOf(ASCIIDOC, 'notes.adoc'), ['Field Notes: River Survey', 'Morning count', 'Afternoon count']);
    assert.deepEqual(titlesOf(MEDIAWIKI, 'minutes.txt'), ['Water supply', 'Plot waiting list']);
    assert.deepEqual(titlesOf(ORG, 'review.org'), ['Demo', 'Feedback', 'Retrospective']);
  });

  it('nests a deeper mark run under the one above it', () => {
    const demo = analyseText(ORG, 'review.org').analysis.topics.find((t) => t.title === 'Demo')!;
    assert.deepEqual(demo.children.map((t) => t.title), ['Feedback']);
  });

  it('reads underlines longer than their titles when the document repeats them, and an overlined title', () => {
    assert.deepEqual(titlesOf(RST, 'tenants.rst'), ['Heating repairs', 'Rent review']);
    const overlined = ['==========================', 'Tenants meeting', '==========================', '', RST.split('\n').slice(2).join('\n')].join('\n');
    assert.deepEqual(titlesOf(overlined, 'tenants.rst'), ['Tenants meeting', 'Heating repairs', 'Rent review']);
  });

  it('reads no heading from one mark line alone, a list of them, a sentence behind a mark, or a lone long rule', () => {
    assert.deepEqual(titlesOf(MEDIAWIKI.replace('== Plot waiting list ==', 'Plot waiting list:'), 'minutes.txt'), []);
    const bullets = ['We agreed three things.', '', '* Paint the shed', '* Fix the gate', '* Order compost', '', 'Chair: Thank you all.'].join('\n');
    assert.deepEqual(titlesOf(bullets, 'notes.txt'), []);
    const sentences = ['* We will paint the shed.', 'Chair: In May.', '', '* The gate is fixed.', 'Chair: Good.'].join('\n');
    assert.deepEqual(titlesOf(sentences, 'notes.txt'), []);
    const oneRule = RST.replace('Rent review\n------------------', 'Rent review');
    assert.ok(!titlesOf(oneRule, 'tenants.txt').includes('Heating repairs'));
  });

  it('leaves Markdown bullets (`* item`) alone while reading `==` headings there', () => {
    const markdown = ['* Paint the shed', 'Chair: In May.', '', '* Fix the gate', 'Chair: Next week.'].join('\n');
    assert.deepEqual(titlesOf(markdown, 'notes.md'), []);
    assert.deepEqual(titlesOf(markdown, 'notes.txt'), ['Paint the shed', 'Fix the gate']);
  });

  it('reads the mark run and the closing run of a line', () => {
    assert.equal(markHeadingShape('== Water supply ==', false)?.title, 'Water supply');
    assert.equal(markHeadingShape('=== Level three ===', false)?.level, 3);
    assert.equal(markHeadingShape('== Unbalanced ===', false), null);
    assert.equal(markHeadingShape('==No space', false), null);
    assert.equal(markHeadingShape('** bold **', false), null);
    assert.equal(markHeadingShape('* Heading', true), null);
    assert.equal(markHeadingShape('* Heading', false)?.level, 1);
  });

  it('keeps incremental analysis exact around mark headings and long underlines', () => {
    const edits = [['x', 0], [' ', 0], ['\n', 0], ['', 1], ['=', 0], ['*', 0], ['-', 0]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(ASCIIDOC, 'notes.adoc', edits);
    assertEditsAcrossOffsetsMatchAnalyze(ORG, 'review.org', edits);
    assertEditsAcrossOffsetsMatchAnalyze(MEDIAWIKI, 'minutes.txt', edits, 0, MEDIAWIKI.indexOf('Treasurer'));
    assertEditsAcrossOffsetsMatchAnalyze(RST, 'tenants.rst', edits);
  });
});

// Short texts written for this round in the layouts of real exports (test/fixtures/transcripts/shapes41), each with
// the headings a reader expects. Measured before the rules above: the AsciiDoc briefing, the org notes and the reST
// hearing read no heading, the Wikisource speech read two of three with their `==` marks in the titles.
describe('shapes41: headings in exports nobody tuned on (session 39, topics40)', () => {
  const cases: readonly (readonly [string, readonly string[]])[] = [
    ['shapes41/asciidoc-briefing.adoc', ['Weekly Press Briefing: Port Authority', 'Opening statement', 'Dredging works', 'Questions and answers']],
    ['shapes41/org-meeting-summary.org', ['TL;DR', 'Action items', 'Decisions', 'Transcript']],
    ['shapes41/rst-hearing.rst', ['Standing Committee on Transport: Public Hearing', 'Opening of the hearing', 'Evidence from the bus operators', 'Close of the hearing']],
    ['shapes41/wikisource-speech-zh-Hant.txt', ['一、過去一年的颱風經驗', '二、社區防災的下一步', '三、結語']],
    ['shapes41/hackmd-notes-zh-Hant.md', ['開放資料小聚 第 12 次會議記錄', '議程', '一、上次待辦追蹤', '二、工作坊規劃', '待辦事項']],
  ];
  for (const [name, expected] of cases) {
    it(`reads the headings of ${name}`, () => {
      assert.deepEqual(topicTitles(analyseFixture(name).analysis.topics), expected);
    });
  }

  it('keeps the speakers of the org notes and the reST hearing under their headings', () => {
    const org = analyseFixture('shapes41/org-meeting-summary.org').analysis;
    assert.deepEqual([...new Set(org.turns.map((t) => t.speaker))], ['Dana', 'Priya', 'Marco']);
    const rst = analyseFixture('shapes41/rst-hearing.rst').analysis;
    assert.deepEqual([...new Set(rst.turns.map((t) => t.speaker))], ['CHAIR', 'Mr GRANT']);
  });
});
