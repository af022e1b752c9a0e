import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A block element spread over three lines (its opening tag alone on a line, one line of words, its closing tag alone)
// wraps that line as if it stood on one: a heading element's words are a heading; a paragraph's title-shaped words
// title a section where the page sets two or more so, each over prose or over another such title.

/** A speech page: the title in an `<h1>` over three lines with a line break inside, the speaker's name, the speech. */
const SPEECH = [
  '<div class="text-center mb-5">',
  '    <h1 style="font-weight: bold; font-size: 2.2rem;">',
  '        在纪念抗日战争暨<br>世界反法西斯战争胜利大会上的讲话',
  '    </h1>',
  '    <div class="text-danger font-weight-bold">',
  '        王明',
  '    </div>',
  '</div>',
  '<div class="speech-content">',
  '    <p class="text-center">',
  '        新华社北京9月3日电',
  '    </p>',
  '    <p class="indent-text">',
  '        今天，我们隆重集会，纪念中国人民抗日战争暨世界反法西斯战争胜利，共同铭记历史、缅怀先烈、珍爱和平、开创未来。',
  '    </p>',
  '</div>',
].join('\n');

/** A parliament's XML record: debate and sub-debate titles in paragraphs of their own, metadata between, then a question. */
const RECORD = [
  '<debate>',
  '  <debateinfo>',
  '    <title>QUESTIONS WITHOUT NOTICE</title>',
  '    <page.no>7130</page.no>',
  '  </debateinfo>',
  '  <debate.text>',
  '    <body style="">',
  '      <p class="HPS-Debate" style="direction:ltr;">',
  '        <span class="HPS-Debate">QUESTIONS WITHOUT NOTICE</span>',
  '      </p>',
  '    </body>',
  '  </debate.text>',
  '  <subdebate.1>',
  '    <subdebateinfo>',
  '      <title>Budget Estimates</title>',
  '      <page.no>7130</page.no>',
  '    </subdebateinfo>',
  '    <subdebate.text>',
  '      <body style="">',
  '        <p class="HPS-SubDebate" style="direction:ltr;">',
  '          <span class="HPS-SubDebate">Budget Estimates</span>',
  '        </p>',
  '      </body>',
  '    </subdebate.text>',
  '    <question>',
  '      <talk.text>',
  '        <body style="">',
  '          <p class="HPS-Normal" style="direction:ltr;">',
  '            <span class="HPS-Normal">',
  '              <span class="HPS-MemberQuestion">Mr SMITH</span> (<span class="HPS-Time">14:08</span>):  My question is to the Treasurer. Can the Treasurer tell the House when the budget estimates will be released, and what they will show?</span>',
  '          </p>',
  '        </body>',
  '      </talk.text>',
  '    </question>',
  '  </subdebate.1>',
  '</debate>',
].join('\n');

/** A hearing's cover quoted on a page: one line a paragraph, the committee over the congress over the session over dates. */
const COVER = [
  '<div class="quoteSection">',
  '  <p>',
  '    Hearings before the Special Subcommittee on the Rifle Program of the Committee On Armed Services',
  '  </p>',
  '  <p>',
  '    House of Representatives',
  '  </p>',
  '  <p>',
  '    Ninetieth Congress',
  '  </p>',
  '  <p>',
  '    First Session',
  '  </p>',
  '  <p>',
  '    May 15, 16, 31, June 21, 1967',
  '  </p>',
  '  <p>',
  '    Because of the length of the text of the hearings I am editing them so that only the parts about the rifle remain.',
  '  </p>',
  '</div>',
].join('\n');

describe('block elements spread over three lines', () => {
  it("reads a heading element's line as a heading, its line break as a space", () => {
    assert.deepEqual(topicTitles(analyze(SPEECH, {}, 'speech.htm').topics), ['在纪念抗日战争暨 世界反法西斯战争胜利大会上的讲话']);
  });

  it('reads paragraphs of one shape over the next paragraph as titles, metadata between them skipped', () => {
    assert.deepEqual(topicTitles(analyze(RECORD, {}, 'record.xml').topics), ['QUESTIONS WITHOUT NOTICE', 'Budget Estimates']);
    // One such paragraph is the page's emphasis, not its style of titles.
    const one = RECORD.replace('<span class="HPS-SubDebate">Budget Estimates</span>', '<span class="HPS-SubDebate">Budget estimates and what they show, as the Treasurer said.</span>');
    assert.deepEqual(topicTitles(analyze(one, {}, 'record.xml').topics), []);
  });

  it('reads a stack of short paragraphs over a date as a cover, not titles', () => {
    assert.deepEqual(topicTitles(analyze(COVER, {}, 'cover.htm').topics), []);
  });

  it('keeps incremental analysis exact around the elements', () => {
    const edits = [['x', 0], ['.', 0], ['\n', 0], ['>', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(SPEECH, 'speech.htm', edits, SPEECH.indexOf('<h1') - 2, SPEECH.indexOf('</h1>') + 6);
    // The debate's title, its tags, and the end of the question's first sentence (what the titles stand over).
    assertEditsAcrossOffsetsMatchAnalyze(RECORD, 'record.xml', edits, RECORD.indexOf('<span class="HPS-Debate">') - 2, RECORD.indexOf('<span class="HPS-Debate">') + 70);
    assertEditsAcrossOffsetsMatchAnalyze(RECORD, 'record.xml', edits, RECORD.indexOf('the Treasurer tell') - 12, RECORD.indexOf('the Treasurer tell'));
  });
});
