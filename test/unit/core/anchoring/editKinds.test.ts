import * as assert from 'node:assert/strict';
import { reanchor, Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';
import { foldTypography } from '../../../../src/core/text/typography';

function tagged(text: string, quote: string) {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, quote);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

function placedText(text: string, result: ReturnType<typeof reanchor>): string | null {
  return result.span ? text.slice(result.span.start, result.span.end) : null;
}

describe('foldTypography: emphasis and dashes', () => {
  it('drops Markdown emphasis marks that touch a word, keeping the space between words', () => {
    assert.equal(foldTypography('you and **Matt** Arons would').text, 'you and Matt Arons would');
    assert.equal(foldTypography('**Tim Smith:** Right.').text, foldTypography('Tim Smith: Right.').text);
    assert.equal(foldTypography('a ***bold*** and __strong__ word').text, 'a bold and strong word');
  });

  it('keeps a bullet, a lone asterisk between spaces, a single underscore and a rule of four', () => {
    assert.equal(foldTypography('* first item').text, '*first item');
    assert.equal(foldTypography('2 * 3').text, '2*3');
    assert.equal(foldTypography('snake_case').text, 'snake_case');
    assert.equal(foldTypography('****').text, '****');
  });

  it('folds an em dash as the two hyphens it is typed as', () => {
    assert.equal(foldTypography('well — no').text, foldTypography('well -- no').text);
    assert.equal(foldTypography('角——都').text, foldTypography('角 --  -- 都').text);
  });
});

describe('re-anchoring after edits that keep the words', () => {
  const interview = [
    '[Speaker 1] [04:41] And you and Matt Arons would do you remember these games with Matt Arons?',
    '[Speaker 2] [04:58] Oh, I remember.',
    '[Speaker 1] [05:00] wanna describe your games with Matt Arons, your battlecruiser games with Matt Arons?',
    '',
  ].join('\n');

  it('a name bolded throughout keeps the tag on its own words, anchored, not on the copy without the comma', () => {
    const target = tagged(interview, 'with Matt Arons,');
    const after = interview.replace(/Matt/g, '**Matt**');
    const result = reanchor(after, target);
    assert.equal(result.status, 'anchored');
    assert.equal(result.span!.start, after.indexOf('with **Matt** Arons,'));
    assert.equal(placedText(after, result), 'with **Matt** Arons,');
  });

  it('a sentence with `--` is found anchored after smart punctuation made it an em dash', () => {
    const before = 'ALICE: We shipped it -- finally -- on Friday, after two slips.\nBOB: And the reviews?\n';
    const target = tagged(before, 'We shipped it -- finally -- on Friday, after two slips.');
    const after = before.replace(/ -- /g, '—');
    const result = reanchor(after, target);
    assert.equal(result.status, 'anchored');
    assert.equal(placedText(after, result), 'We shipped it—finally—on Friday, after two slips.');
  });

  it('a tag on dashes alone is not put on half of an em dash pair', () => {
    const before = '我们谈到了第三个视角 --  -- 也就是用户的视角。\n';
    const at = before.indexOf('--  -');
    const target = quoteTarget(before, { start: at, end: at + 5 });
    const after = before.replace(' --  -- ', '——');
    assert.equal(reanchor(after, target).status, 'orphaned');
  });

  const lines = [
    '[Speaker 1] [05:41] A supportive parent, but, like, talking on the sidelines about something else.',
    "[Speaker 4] [05:45] Yeah. Hey. It's you're there. Right? You're there.",
    "[Speaker 1] [05:47] You're there.",
    "[Speaker 3] [05:47] You're there.",
    '[Speaker 4] [05:48] Life is just showing up.',
    '',
  ].join('\n');

  it('a speaker renamed throughout keeps a tag on the renamed line, not the next line one character off', () => {
    const target = tagged(lines, "[Speaker 1] [05:47] You're there.");
    const after = lines.replace(/Speaker 1\b/g, 'Morgan Avery');
    const result = new Reanchorer(after).anchorAll([target])[0]!;
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), "[Morgan Avery] [05:47] You're there.");
  });

  it('a re-timed line keeps its tag where its neighbours still stand around it', () => {
    const before = [
      "[Speaker 1] [01:52] what I assume. Yeah. Absolutely. Yeah.",
      '[Speaker 4] [01:53] Most of the time',
      '[Speaker 3] [01:54] Yeah.',
      "[Speaker 2] [01:54] But I'm trying to narrow. I'm",
      '[Speaker 1] [01:56] Most of',
      "[Speaker 4] [01:56] the time, it's dialing for no. Right? Be like, well, we can do that.",
      '',
    ].join('\n');
    const target = tagged(before, '[Speaker 1] [01:56] Most of');
    // Every timecode 2.5 s later, rounded up as a subtitle tool writes whole seconds.
    const after = before.replace(/\[01:(\d\d)\]/g, (_, s: string) => `[${Number(s) + 4 >= 60 ? '02' : '01'}:${String((Number(s) + 4) % 60).padStart(2, '0')}]`);
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), '[Speaker 1] [02:00] Most of');
  });

  it('a near match in its own place is kept with its own ends, not the stretch between the old context', () => {
    const before = "So apparently apparently, Twitter thought it lost Brian's connectivity and shut down because he was the host. I mean, that's the story.\n";
    const target = tagged(before, "So apparently apparently, Twitter thought it lost Brian's connectivity and shut down because he was the host.");
    const after = before.replace('apparently apparently', 'apparently');
    const result = reanchor(after, target);
    assert.equal(placedText(after, result), "So apparently, Twitter thought it lost Brian's connectivity and shut down because he was the host.");
  });
});
