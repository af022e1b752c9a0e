import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isNameAndRoleLine, rosterLineName } from '../../../../src/core/topics/participantRoster';

const speakersOf = (lines: readonly string[]): string[] => analyze(lines.join('\n'), {}, 'call.txt').speakers.map((s) => s.name);
const topicsOf = (lines: readonly string[]): string[] => analyze(lines.join('\n'), {}, 'call.txt').topics.map((t) => t.title);
/** The speaker of the turn covering the line that starts with `start`. */
function speakerAt(lines: readonly string[], start: string): string | undefined {
  const text = lines.join('\n');
  const at = text.indexOf(start);
  const analysis = analyze(text, {}, 'call.txt');
  return analysis.turns.find((t) => t.span.start <= at && at < t.span.end)?.speaker;
}

// Seeking Alpha's layout (as in the corpus's Harley-Davidson and Rocky Mountain Chocolate calls): each name once.
const SEEKING_ALPHA = [
  'Example Corp (NYSE:EXC) Q2 2018 Earnings Conference Call July 24, 2018 9:00 AM ET',
  'Executives',
  'Amy Chen – Director of Investor Relations',
  'John Doe – Chief Financial Officer',
  'Analysts',
  'Jane Roe – Barclays',
  'Tom Baker – Morgan Stanley',
  'Operator',
  'Good morning. My name is Heidi, and I will be your conference operator today.',
  'Amy Chen, you may begin your conference.',
  'Amy Chen',
  'Thank you, Heidi, and good morning, everyone.',
  'John Doe',
  'Thanks, Amy. Our second quarter results are in line with our plans.',
];

describe('participants lists and the name lines they name', () => {
  it('reads the name of a list line: a name, a dash between spaces, a role or a firm', () => {
    assert.equal(rosterLineName('Amy Chen – Director of Investor Relations'), 'Amy Chen');
    assert.equal(rosterLineName(' Colette Kress - EVP & CFO'), 'Colette Kress');
    assert.equal(rosterLineName('Rebecca Shen -- Director of Investor Relations'), 'Rebecca Shen');
    assert.equal(rosterLineName('Jerry Faulkner - RJ Faulkner and Company'), 'Jerry Faulkner');
    // A sentence with a dash in it, a range and a hyphenated word are no list lines.
    assert.equal(rosterLineName('We grew revenue - and margins - this quarter.'), null);
    assert.equal(rosterLineName('2019 - 2020'), null);
    assert.equal(rosterLineName('Year-over-year growth'), null);
  });

  it('makes a name line a speaker when a list above names it, and Operator the operator', () => {
    assert.deepEqual(speakersOf(SEEKING_ALPHA), ['Operator', 'Amy Chen', 'John Doe']);
    assert.equal(speakerAt(SEEKING_ALPHA, 'Thanks, Amy.'), 'John Doe');
    assert.equal(speakerAt(SEEKING_ALPHA, 'Amy Chen, you may'), 'Operator');
    // The list itself is nobody's speech, and its names are no topics.
    assert.equal(speakerAt(SEEKING_ALPHA, 'Jane Roe –'), undefined);
    assert.deepEqual(topicsOf(SEEKING_ALPHA), []);
  });

  it('leaves a name line alone when no list names it, or the list names it only below', () => {
    const unlisted = SEEKING_ALPHA.filter((line) => !line.includes(' – '));
    assert.deepEqual(speakersOf(unlisted), [], 'no list: single name lines stay titles');
    const listBelow = [...SEEKING_ALPHA.slice(7), 'Call participants', ...SEEKING_ALPHA.slice(1, 7)];
    assert.ok(!speakersOf(listBelow).includes('John Doe'), 'a list after the speech names no one before it');
    // One `Name – Title` line is a byline or a credit, not a list.
    const oneLine = [SEEKING_ALPHA[0]!, 'Amy Chen – Director of Investor Relations', ...SEEKING_ALPHA.slice(7)];
    assert.deepEqual(speakersOf(oneLine), []);
  });

  it('reads a line of a name and its office: a comma or a dash, then a word naming an office', () => {
    assert.ok(isNameAndRoleLine('Mark Zuckerberg, CEO'));
    assert.ok(isNameAndRoleLine('Deborah Crawford, VP, Investor Relations'));
    assert.ok(isNameAndRoleLine('Rebecca Shen -- Director of Investor Relations'));
    assert.ok(isNameAndRoleLine('Benno O. Dorer - The Clorox Company - Chairman & CEO'));
    assert.ok(!isNameAndRoleLine('Jane Roe - Barclays'), 'a firm names no office');
    assert.ok(!isNameAndRoleLine('Mr. Bejar. Chairman Durbin, Ranking Member Graham, Chairman'), 'a label then hard-wrapped speech');
    assert.ok(!isNameAndRoleLine('Paris, the city where the President lives.'));
  });

  it('makes lines of a name and its office over speech labels where two of them, or one and the operator, stand so', () => {
    // Meta's transcript PDF and the Motley Fool's layout, as in the corpus.
    const meta = ['Example Corp', 'Q3 2022 Results Conference Call', '', 'Jane Doe, VP, Investor Relations', '', 'Thank you. Good afternoon and welcome.', '', 'Mark Lee, CEO', '', 'Hey everyone, thanks for joining today.', ''];
    assert.deepEqual(speakersOf(meta), ['Jane Doe, VP, Investor Relations', 'Mark Lee, CEO']);
    const fool = ['Example Corp Q2 2020 Earnings Call', '', 'Operator', '', 'Good day, and welcome to the call.', '', 'Rebecca Shen -- Director of Investor Relations', '', 'Thank you, operator.', ''];
    assert.deepEqual(speakersOf(fool), ['Operator', 'Rebecca Shen -- Director of Investor Relations']);
    // One such line and nothing else from a call: a byline or a caption, left alone.
    assert.deepEqual(speakersOf(meta.slice(0, 7)), []);
    // A list of them, one under another, is no speech.
    assert.deepEqual(speakersOf(['Jane Doe, VP, Investor Relations', 'Mark Lee, CEO', 'Tom Baker, CFO', '', 'The call began at nine.']), []);
  });
});
