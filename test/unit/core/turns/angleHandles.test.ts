import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';

/** A chat client's log: each message opens with its time and the sender's handle in angle brackets. */
const CHAT_LOG = [
  '--- Log opened Tue Mar 03 12:00:01 2026',
  '12:00 -!- mira [~mira@host.example] has joined #builds',
  '12:00 <mira> morning all',
  '12:01 <tobias> morning. the nightly failed again',
  '12:01 < jun> which step?',
  '12:02 <tobias> the linker ran out of memory',
  '12:03 <@mira> we doubled the swap last week',
  '12:04 <jun> I will move the job tomorrow',
].join('\n');

describe('a handle in angle brackets before the speech', () => {
  it('names the sender of each message in a chat log, without its channel mode sign', () => {
    const analysis = analyze(CHAT_LOG, {}, 'builds.log');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['mira', 'tobias', 'jun', 'tobias', 'mira', 'jun']);
    for (const claim of analysis.claims) assert.doesNotMatch(claim.text, /<|>/, claim.text);
  });

  it('names the voices of a script written for a speech model', () => {
    const text = ['<Guest1> "Welcome back to the show!"', '<Guest2> "Thanks. The survey closes on Friday."', '<Guest1> "Then we will read the results next week."'].join('\n\n');
    assert.deepEqual(analyze(text, {}, 'script.md').turns.map((t) => t.speaker), ['Guest1', 'Guest2', 'Guest1']);
  });

  it('leaves markup alone: an HTML element, or an element the line closes', () => {
    const html = ['<p> The first paragraph.', '<p> The second paragraph.', '<b> Bold words.', '<b> More bold words.'].join('\n');
    assert.deepEqual(analyze(html, {}, 'page.html').turns, []);
    const xml = ['<ref> Smith 2001, p. 4. </ref>', '<ref> Jones 2003. </ref>', '<ref> Lee 2010. </ref>'].join('\n');
    assert.deepEqual(analyze(xml, {}, 'notes.txt').turns, []);
  });

  it('stays exact under edits to a handle', () => {
    const analyzer = new IncrementalAnalyzer({}, 'builds.log');
    let text = CHAT_LOG;
    analyzer.update(text);
    const at = text.indexOf('<tobias>');
    for (const [offset, length, inserted] of [[at + 1, 1, ''], [at, 1, ''], [at, 0, '<'], [at + 7, 1, ''], [at + 3, 0, ' '], [at + 4, 1, '']] as const) {
      text = text.slice(0, offset) + inserted + text.slice(offset + length);
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: length, text: inserted }]), analyze(text, {}, 'builds.log'));
    }
  });
});
