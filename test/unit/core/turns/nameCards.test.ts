import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { cardNamedElsewhere, nameCardEdited, nameCardLines, nameLinesEdited, readNameCard } from '../../../../src/core/turns/nameCards';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';
import { readFixture } from '../transcriptFixtures';

// Debates pages copied without the portrait: `Name (Constituency, Party)` alone over each speech. Fixtures in our own
// words: test/fixtures/transcripts/shapes47-records.
const LINK_LINES = 'shapes47-records/cards-over-link-lines.txt';
const BARE_NAMES = 'shapes47-records/card-then-bare-names.txt';
const STAFF_PAGE = 'shapes47-records/staff-page-brackets.txt';

describe('member cards without a portrait (nameCards.ts)', () => {
  describe('readNameCard', () => {
    it('reads a written name followed by one or two brackets of capitalised words', () => {
      assert.equal(readNameCard('Orla Brennan (Riverside, Harbour Party)'), 'Orla Brennan');
      assert.equal(readNameCard('    Anna Whitcombe (Dunmere and Hale) (LD)'), 'Anna Whitcombe');
      assert.equal(readNameCard('Mr Tom Leigh (Ashdale) (Con)'), 'Mr Tom Leigh');
      assert.equal(readNameCard('Tom de Vries (North Bay, Independent)'), 'Tom de Vries');
    });

    it('refuses prose, a stage direction, a year, three brackets and a one-word name', () => {
      assert.equal(readNameCard('The ferry was late again (twice this week)'), null);
      assert.equal(readNameCard('Anna Whitcombe (laughs)'), null);
      assert.equal(readNameCard('Anna Whitcombe (2019)'), null);
      assert.equal(readNameCard('Anna Whitcombe (Hale) (LD) (Whip)'), null);
      assert.equal(readNameCard('Minister (Housing)'), null);
      assert.equal(readNameCard('Anna Whitcombe (Hale) said so'), null);
    });
  });

  describe('in a document', () => {
    it('gives each speech to the member whose card stands over it, past the page’s link line', () => {
      const text = readFixture(LINK_LINES);
      const analysis = analyze(text, {}, 'debate.txt');
      assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Orla Brennan', 'Declan Fortune', 'Tom de Vries']);
      assert.equal(speakerAt(text, analysis, 'The Bill will be published'), 'Declan Fortune');
      assert.equal(speakerAt(text, analysis, 'I welcome that'), 'Tom de Vries');
    });

    it('reads a card whose name comes back alone over later speech as the same member', () => {
      const text = readFixture(BARE_NAMES);
      const analysis = analyze(text, {}, 'debate.txt');
      assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Anna Whitcombe', 'Gareth Owusu', 'Anna Whitcombe', 'Gareth Owusu']);
      assert.equal(speakerAt(text, analysis, 'Will the Minister give way?'), 'Anna Whitcombe');
      // The card is a speaker's line, no topic of its own.
      assert.ok(!analysis.topics.some((topic) => topic.title.includes('Dunmere')));
    });

    it('reads no card where names in brackets neither repeat nor share the line under them (a staff page)', () => {
      const text = readFixture(STAFF_PAGE);
      const analysis = analyze(text, {}, 'team.txt');
      assert.deepEqual(analysis.turns, []);
      const lines = text.split('\n');
      assert.deepEqual(nameCardLines(lines.length, (line) => lines[line]!, () => true, new Map()), []);
    });

    it('says which edits may change the cards’ reading', () => {
      const lines = readFixture(LINK_LINES).split('\n');
      const lineText = (line: number): string => lines[line]!;
      assert.equal(nameCardEdited(lines.length, lineText, 4, 4), true, 'the card itself');
      assert.equal(nameCardEdited(lines.length, lineText, 5, 5), true, 'the link line under a card');
      assert.equal(nameCardEdited(lines.length, lineText, 1, 1), false, 'the date above the first card');
      const bare = readFixture(BARE_NAMES);
      const bareLines = bare.split('\n');
      const bareText = (line: number): string => bareLines[line]!;
      const gareth = bareLines.indexOf('    Gareth Owusu');
      // A name alone is checked where lines are added or removed, and where a typed line becomes title-shaped.
      assert.equal(nameCardEdited(bareLines.length, bareText, gareth, gareth), false);
      assert.equal(nameLinesEdited(bareLines.length, bareText, gareth, gareth), true);
      const lineAt = (offset: number): number => bare.slice(0, offset).split('\n').length - 1;
      assert.equal(cardNamedElsewhere(bare, lineAt, bareText, 'Anna Whitcombe', -1), true);
      assert.equal(cardNamedElsewhere(bare, lineAt, bareText, 'Gareth Owusu', -1), false);
    });

    it('re-reads an edit of a card, of the line under it or of a bare name as analyze() does', () => {
      const links = readFixture(LINK_LINES);
      assertEditEqualsAnalyze(links, 'debate.txt', 'Declan Fortune (Upper Vale', 'Declan Fortuna (Upper Vale');
      assertEditEqualsAnalyze(links, 'debate.txt', 'Link to this: Individually | In context\nI welcome', 'Link to these: Individually | In context\nI welcome');
      assertEditEqualsAnalyze(links, 'debate.txt', 'Tom de Vries (North Bay, Independent)', 'Tom de Vries (North Bay, independent)');
      const bare = readFixture(BARE_NAMES);
      assertEditEqualsAnalyze(bare, 'debate.txt', '    Anna Whitcombe\n', '    Anna Whitcomb\n');
      assertEditEqualsAnalyze(bare, 'debate.txt', '    Anna Whitcombe\n', '    Anna Whitcombe\n\n    Gareth Owusu\n');
      assertEditEqualsAnalyze(bare, 'debate.txt', '(Dunmere and Hale) (LD)', '(Dunmere and Hale)');
      // A label typed from a card's bare name, and the name typed alone right under speech.
      assertEditEqualsAnalyze(bare, 'debate.txt', '    Anna Whitcombe\n', '    Anna Whitcombe:\n');
      assertEditEqualsAnalyze(bare, 'debate.txt', 'I will, briefly.\n', 'I will, briefly.\nAnna Whitcombe\n');
    });
  });
});
