import * as assert from 'node:assert/strict';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// `Priya, Host:`: a podcast's first name and capitalised role, as a label, a table cell or a tab-separated field
// (session 43, lead; texts of our own in test/fixtures/transcripts/shapes47-formats).

describe('a first name before a comma and a role (`Priya, Host:`)', () => {
  it('reads each label the document repeats, with its role as written, and no sentence opener before a comma', () => {
    const { text, analysis } = analyseFixture('shapes47-formats/first-name-roles.txt');
    const at = (needle: string): string | null => speakerAt(text, analysis, needle);
    assert.equal(at('Today we look at'), 'Priya, Host');
    assert.equal(at('The fare went up'), 'Tomas, Guest');
    assert.equal(at('burns about a third'), 'Tomas, Guest');
    // `However, the Board:` opens a sentence: the guest's turn does not end there and no speaker `However` exists.
    assert.ok(!analysis.speakers.some((s) => s.name.startsWith('However')));
    assert.equal(at('Thanks, Tomas'), 'Priya, Host');
  });

  it('a first name with a role once, or a sentence opener with a capitalised role, is no label', () => {
    const once = analyseText('Priya, Host: Welcome back to the show.\n\nWe talk about ferries today.\n', 'once.txt');
    assert.equal(once.analysis.speakers.length, 0);
    const opener = 'Meanwhile, Congress: nothing moved.\n\nMeanwhile, Congress: still nothing.\n';
    const twice = analyseText(opener, 'opener.txt');
    assert.ok(!twice.analysis.speakers.some((s) => s.name.startsWith('Meanwhile')));
  });

  it('reads the role in a Markdown table cell and in a tab-separated field', () => {
    for (const file of ['shapes47-formats/first-name-roles-table.md', 'shapes47-formats/first-name-roles-tabs.txt']) {
      const { text, analysis } = analyseFixture(file);
      assert.equal(speakerAt(text, analysis, 'Welcome back to the harbour'), 'Priya, Host', file);
      assert.equal(speakerAt(text, analysis, 'The ferry carried'), 'Tomas, Guest', file);
      assert.equal(speakerAt(text, analysis, 'About the same'), 'Tomas, Guest', file);
    }
  });

  it('edits across the labels equal a full analysis', () => {
    assertEditsAcrossOffsetsMatchAnalyze(readFixture('shapes47-formats/first-name-roles.txt'), 'roles.txt', [['x', 0], ['', 1], [',', 0], [':', 0], ['\n', 0]]);
  });
});
