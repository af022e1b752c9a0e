import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { portraitCardLines, readPortraitCard } from '../../../../src/core/turns/portraitLines';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';
import { readFixture } from '../transcriptFixtures';

// Parliament pages copied from the web: a member's card (portrait text, the name again, party or office) over each
// speech. Fixtures in our own words: test/fixtures/transcripts/shapes41-minutes.
const PHOTO_CARDS = 'shapes41-minutes/parliament-web-paste.txt';
const PORTRAIT_CARDS = 'shapes41-minutes/parliament-portrait-cards.txt';
const GLUED_CARDS = 'shapes41-minutes/parliament-glued-cards.txt';

describe('member cards over speeches in pasted parliament pages (portraitLines.ts)', () => {
  describe('readPortraitCard', () => {
    it('reads the name written twice, after the alternative text or around the page’s word', () => {
      const photo = readPortraitCard('Photo of Helen Marsh Helen Marsh Labour, Wythall South');
      assert.deepEqual(photo, { name: 'Helen Marsh', nameStart: 9, nameEnd: 20, frame: 'photo of|' });
      assert.equal(readPortraitCard('Anna Whitcombe Portrait Anna Whitcombe (Dunmere and Hale) (LD)')?.name, 'Anna Whitcombe');
      assert.equal(readPortraitCard('Anna Whitcombe Portrait Anna Whitcombe')?.frame, '|portrait');
      assert.equal(readPortraitCard('Priya Castell Portrait The Parliamentary Under-Secretary of State for Transport (Priya Castell)')?.name, 'Priya Castell');
      assert.equal(readPortraitCard("Photo of Seán O'Neill Seán O'Neill Sinn Féin")?.name, "Seán O'Neill");
    });

    it('reads a name whose two writings touch (`Photo of Nora QuillNora Quill (…)`), a page whose alternative text and link meet', () => {
      assert.deepEqual(readPortraitCard('Photo of Nora QuillNora Quill (Riverside, Harbour Party)'), { name: 'Nora Quill', nameStart: 9, nameEnd: 19, frame: 'photo of|+' });
      assert.equal(readPortraitCard('Photo of Maeve de BurcaMaeve de Burca (Northfield, Ceann Comhairle)')?.name, 'Maeve de Burca');
      // The touching words must be the name's last and first, and the rest must follow as written.
      assert.equal(readPortraitCard('Photo of Nora QuillNora Quell (Riverside)'), null);
      assert.equal(readPortraitCard('The McDonald Report McDonald said'), null);
    });

    it('reads no card where no name is written twice', () => {
      assert.equal(readPortraitCard('Helen Marsh Labour, Wythall South'), null);
      assert.equal(readPortraitCard('The minister said the minister would reply.'), null);
      assert.equal(readPortraitCard('Yes yes, I will give way.'), null);
      // One word twice is no full name; a name and an office in brackets with no page word between are no card.
      assert.equal(readPortraitCard('Marsh Marsh'), null);
      assert.equal(readPortraitCard('Helen Marsh (Helen Marsh)'), null);
    });

    it('takes cards only in a frame the document uses twice', () => {
      const lines = ['New York New York is a song.', '', 'Photo of Ann Lee Ann Lee Labour', 'Text.', 'Photo of Bo Tan Bo Tan Green'];
      assert.deepEqual([...portraitCardLines(lines.length, (line) => lines[line]!, 2).keys()], [2, 4]);
      assert.deepEqual([...portraitCardLines(3, (line) => lines[line]!, 2).keys()], []);
    });
  });

  describe('speakers', () => {
    it('gives each speech to the member its `Photo of` card names, the office left out of the name', () => {
      const text = readFixture(PHOTO_CARDS);
      const analysis = analyze(text, {}, 'debate.txt');
      assert.deepEqual(new Set(analysis.turns.map((t) => t.speaker)), new Set(['Helen Marsh', 'Owen Pryce', 'Tom Leigh']));
      assert.equal(speakerAt(text, analysis, 'Passengers in my constituency'), 'Helen Marsh');
      assert.equal(speakerAt(text, analysis, 'Does she accept'), 'Owen Pryce');
      assert.equal(speakerAt(text, analysis, 'New trains are welcome'), 'Helen Marsh');
      assert.equal(speakerAt(text, analysis, 'I congratulate the hon. Member'), 'Tom Leigh');
    });

    it('gives each speech to the member its `Portrait` card names, a minister’s name read from the brackets', () => {
      const text = readFixture(PORTRAIT_CARDS);
      const analysis = analyze(text, {}, 'debate.txt');
      // (`Volume 761: debated on …` above the cards is read as a one-off label, as without them.)
      const cardTurns = analysis.turns.filter((t) => text.slice(t.span.start, t.span.end).includes('Portrait'));
      assert.deepEqual(cardTurns.map((t) => t.speaker), ['Anna Whitcombe', 'Gareth Owusu', 'Anna Whitcombe', 'Gareth Owusu', 'Anna Whitcombe', 'Priya Castell']);
      assert.equal(speakerAt(text, analysis, 'Villages in my constituency'), 'Anna Whitcombe');
      assert.equal(speakerAt(text, analysis, 'Does she agree'), 'Gareth Owusu');
      assert.equal(speakerAt(text, analysis, 'Franchising costs less'), 'Anna Whitcombe');
      assert.equal(speakerAt(text, analysis, 'The Department will publish'), 'Priya Castell');
      // The card is no claim of its own.
      assert.ok(!analysis.claims.some((claim) => text.slice(claim.span.start, claim.span.end).includes('Portrait')));
    });

    it('gives each speech to the member its glued card names, past the page’s link line', () => {
      const text = readFixture(GLUED_CARDS);
      const analysis = analyze(text, {}, 'debate.txt');
      assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Nora Quill', 'Declan Fortune', 'Nora Quill', 'Maeve de Burca']);
      assert.equal(speakerAt(text, analysis, 'The tender will be published'), 'Declan Fortune');
      assert.equal(speakerAt(text, analysis, 'That is the third delay'), 'Nora Quill');
      assert.ok(!analysis.claims.some((claim) => text.slice(claim.span.start, claim.span.end).includes('Photo of')));
      assertEditEqualsAnalyze(text, 'debate.txt', 'Photo of Declan FortuneDeclan Fortune', 'Photo of Declan FortuneDeclan Fortuna');
      assertEditEqualsAnalyze(text, 'debate.txt', 'We move on', 'Photo of Nora QuillNora Quill (Riverside, Harbour Party)\nWe move on');
    });

    it('re-reads an edit of a card as analyze() does', () => {
      const text = readFixture(PORTRAIT_CARDS);
      assertEditEqualsAnalyze(text, 'debate.txt', 'Gareth Owusu Portrait Gareth Owusu\n', 'Gareth Owusu Portrait Gareth Owuso\n');
      assertEditEqualsAnalyze(text, 'debate.txt', 'I will, briefly.', 'Anna Whitcombe Portrait Anna Whitcombe');
      const photo = readFixture(PHOTO_CARDS);
      assertEditEqualsAnalyze(photo, 'debate.txt', 'Photo of Owen Pryce Owen Pryce Conservative, Ashdale\n\n2:38', 'Photo of Owen Pryce Conservative, Ashdale\n\n2:38');
    });
  });
});
