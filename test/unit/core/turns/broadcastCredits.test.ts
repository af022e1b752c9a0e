import * as assert from 'node:assert/strict';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// `STEVE INSKEEP, HOST:`: a radio transcript credits a person's first turn with their part in the programme, and may
// never label them again (session 45, lead; a text of our own in test/fixtures/transcripts/shapes45).
const FILE = 'shapes45/broadcast-credits.txt';

describe('a broadcast credit once (`STEVE INSKEEP, HOST:`)', () => {
  it('gives the host the paragraph under the credit alone on its line, and a correspondent the speech after hers', () => {
    const { text, analysis } = analyseFixture(FILE);
    const at = (needle: string): string | null => speakerAt(text, analysis, needle);
    assert.equal(at('Egg prices rose 8 percent'), 'STEVE INSKEEP, HOST');
    assert.equal(at('At a farm outside'), 'AILSA CHANG, BYLINE');
    assert.equal(at('We lost about 40,000'), 'TOM REYES');
    assert.equal(at('insurance covered'), 'CHANG');
  });

  it('takes no part after a comma for a credit when the name is one word, the part no programme role, or the words a clause', () => {
    for (const line of ['Priya, Host: Welcome back.', 'STEVE INSKEEP, FARMER: We lost birds.', 'In the end, Host: nothing moved.']) {
      const { analysis } = analyseText(`${line}\n\nThe show went on.\n`, 'once.txt');
      assert.equal(analysis.speakers.length, 0, line);
    }
  });

  it('re-analyses edits of the credit and the text after it as a full analysis does', () => {
    const { text } = analyseFixture(FILE);
    const creditEnd = text.indexOf('\n\nAILSA');
    assertEditsAcrossOffsetsMatchAnalyze(text, 'broadcast.txt', [['x', 0], [' ', 0], ['\n', 0], ['', 1], [', HOST', 0]], 0, creditEnd);
  });
});
