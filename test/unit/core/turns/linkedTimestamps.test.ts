import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import type { Topic } from '../../../../src/core/analysis/model';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { analyseText, turnSummary } from '../transcriptFixtures';

const VIDEO = 'https://www.youtube.com/watch?v=abc123XYZ_0';

/** Meeting notes that head each speaker's paragraphs with `##### **Name** [[time](link)]`. */
const MEETING_MD = [
  '# 2025-01-06 Meeting', '', '### Agenda', '- company update', '- bounties', '', '### Transcript',
  `##### **Ana** [[00:00:00](${VIDEO}&t=0)]`, 'Let us start with the company update.', '',
  `##### **Ben** [[00:00:12](${VIDEO}&t=12)]`, 'We shipped two boxes last week.', 'Both went to Europe.', '',
  `##### **Ana** [[00:00:31](${VIDEO}&t=31)]`, 'Great. Anything on the bounties?', '',
  `##### **Ben** [[00:00:40](${VIDEO}&t=40)]`, 'Two were claimed.', '',
].join('\n');

function allTitles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...allTitles(t.children)]);
}

describe('timestamps written as links to the recording', () => {
  const read = (line: string) => {
    const found = labelCandidate(line, line.length);
    return found && `${found.name}|${found.shape}|${found.timestamp ?? ''}|${line.slice(found.textStart)}`;
  };

  it('are read as timestamps beside the name, bracketed or not', () => {
    assert.equal(read(`##### **Chenyu** [[00:01:03](${VIDEO}&t=63)]`), 'Chenyu|#|*|N|*|T|00:01:03|');
    assert.equal(read(`**Pooja Ranjan** [2:03](${VIDEO}&t=123s): I can take a look.`), 'Pooja Ranjan|*|N|*|T|:|2:03|I can take a look.');
    assert.equal(read(`[01:02](${VIDEO}&t=62) Jane Smith: Hi.`), 'Jane Smith|T|N|:|01:02|Hi.');
  });

  it('leave links that hold no time, or whose brackets do not balance, unread', () => {
    assert.equal(read(`[see the video](${VIDEO}) for more`), null);
    assert.equal(read(`[[00:01](${VIDEO}) Jane: Hi.`), null, 'an outer bracket that never closes');
    assert.doesNotMatch(read(`**Jane** [12](${VIDEO}): Hi.`) ?? '', /\|T\|/, 'a linked number is no time');
  });

  it('make a repeated `##### **Name** [[time](link)]` heading a turn over its paragraphs, never a topic', () => {
    const fixture = analyseText(MEETING_MD, 'meeting.md');
    const turns = fixture.analysis.turns.map((t) => turnSummary(fixture, t));
    assert.deepStrictEqual(fixture.analysis.turns.map((t) => t.speaker), ['Ana', 'Ben', 'Ana', 'Ben']);
    assert.match(turns[1] ?? '', /Both went to Europe/);
    assert.equal(fixture.analysis.turns[0]?.timestamp, '00:00:00');
    assert.deepStrictEqual(allTitles(fixture.analysis.topics), ['2025-01-06 Meeting', 'Agenda', 'Transcript']);
  });

  it('an edit that breaks a heading label\'s link falls back to a full analysis and equals analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'meeting.md');
    analyzer.update(MEETING_MD);
    // Deleting the `]` after the time leaves `[[00:00:12(…)]`: no timestamp, so the heading may become a topic.
    const at = MEETING_MD.indexOf('00:00:12]') + '00:00:12'.length;
    const edited = `${MEETING_MD.slice(0, at)}${MEETING_MD.slice(at + 1)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'meeting.md'));
  });
});
