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

describe('re-anchoring after edits nobody listed (session 37)', () => {
  it('folds full-width digits and letters as their ASCII selves, spaces between words kept', () => {
    assert.equal(foldTypography('in ２０２４ we sold ３ units').text, foldTypography('in 2024 we sold 3 units').text);
    assert.equal(foldTypography('ＧＰＵ shipments').text, 'GPU shipments');
    // Beside Chinese a space is still layout.
    assert.equal(foldTypography('今年 ２０２４ 年').text, '今年2024年');
  });

  it('keeps a tag on its words when the digits around them turn full-width', () => {
    const before = 'We sold 901 units in March.\nThe board met twice and 15 introductory offers went out.\nNothing else changed.';
    const after = before.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const result = new Reanchorer(after).anchorAll([tagged(before, '15 introductory offers')])[0]!;
    assert.equal(placedText(after, result), '１５ introductory offers');
    assert.equal(result.status, 'anchored');
  });
});

describe('re-anchoring after timestamps are added or removed (session 37)', () => {
  const lines = ['Good evening, everyone.', 'We sold nine hundred units in March.', 'Margo, good night, oh oh.', 'The board met twice since then.', 'Thank you all for coming tonight.'];
  const stamped = lines.map((line, i) => `[00:0${i}:1${i}] ${line}`).join('\n');
  const plain = lines.join('\n');

  it('finds a tag that began with a timestamp on its words once the timestamps are stripped, flagged for review', () => {
    const result = new Reanchorer(plain).anchorAll([tagged(stamped, '[00:01:11] We sold nine hundred units in March.')])[0]!;
    assert.equal(placedText(plain, result), 'We sold nine hundred units in March.');
    assert.equal(result.status, 'fuzzy');
  });

  it('orphans a tag on a timestamp alone once the timestamps are stripped', () => {
    assert.equal(new Reanchorer(plain).anchorAll([tagged(stamped, '[00:02:12] ')])[0]!.status, 'orphaned');
  });

  it('never stretches a short tag over a timestamp added before its line', () => {
    const cues = ['好了 孩子们 该睡觉了', '晚安 小米 喔 喔 喔', '我明天还要上班', '你们乖乖的'];
    const subtitles = cues.map((cue, i) => `${i + 1}\n00:17:4${i},477 --> 00:17:4${i + 1},229\n${cue}\n`).join('\n');
    const timestamped = subtitles.replace(/^[^\d\n][^\n]*$/gm, (line, at: number) => `[00:55:${String(at % 60).padStart(2, '0')}] ${line}`);
    // Before: `55:17] 晚安 小米 喔`, the start pulled back over the new timestamp and the stored prefix's words.
    const result = new Reanchorer(timestamped).anchorAll([tagged(subtitles, '小米 喔')])[0]!;
    const placed = placedText(timestamped, result);
    assert.ok(placed === null || placed === '小米 喔', String(placed));
  });
});

describe('re-anchoring after a hard wrap split a Latin word in Chinese text (session 40)', () => {
  // Chinese text wrapped every N characters breaks inside a Latin word too: the tag's own letters, a line break between.
  const before = '这个程序很轻，可以在很便宜的单板电脑（Orangepi Zero）上运行。\n所以成本很低。\n';
  const after = before.replace('Oran', 'Oran\n');

  it('keeps a tag on part of the word on its own letters across the break, flagged', () => {
    const target = tagged(before, 'ngepi');
    const result = new Reanchorer(after).anchorAll([target])[0]!;
    assert.equal(result.status, 'fuzzy');
    const start = after.indexOf('n\ngepi');
    assert.deepEqual(result.span, { start, end: start + 'n\ngepi'.length });
  });

  it('keeps a tag on the whole word there too, and one on the Chinese after it in place', () => {
    const word = new Reanchorer(after).anchorAll([tagged(before, 'Orangepi Zero')])[0]!;
    assert.deepEqual(word.span, { start: after.indexOf('Oran\n'), end: after.indexOf('）上') });
    const chinese = new Reanchorer(after).anchorAll([tagged(before, '上运行。')])[0]!;
    assert.equal(chinese.status, 'anchored');
    assert.deepEqual(chinese.span, { start: after.indexOf('上运行。'), end: after.indexOf('上运行。') + 4 });
  });
});
