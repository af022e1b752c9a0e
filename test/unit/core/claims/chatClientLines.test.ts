import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';

/** A WhatsApp group exported on iOS: its system lines carry the group's name or no sender, their text opening with U+200E. */
const WHATSAPP_IOS = [
  '[14/05/2024, 09:12:03] Hiking Club: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
  '[14/05/2024, 09:15:44] Anna: The trail to the ridge is closed until June.',
  '[14/05/2024, 09:16:02] Ben: Then we take the lake route.',
  '[14/05/2024, 09:17:01] \u200eCarla joined using this group\'s invite link',
  '[14/05/2024, 09:18:12] Carla: The lake route has no water on the way.',
].join('\n');

/** An irssi log: the client's own lines open with `-!-` after the time, its session lines with `---`. */
const IRSSI = [
  '--- Log opened Tue Mar 05 10:00:00 2024',
  '10:00 -!- mira [~mira@host.example] has joined #rustfmt',
  '10:02 <mira> the nightly build fails on the macro test',
  '10:03 <tobias> that test was rewritten last week.',
  '10:05 -!- tobias [~t@host.example] has quit [Quit: leaving]',
  '10:06 <@kestrel> I will backport the config tomorrow.',
  '--- Log closed Tue Mar 05 10:30:00 2024',
].join('\n');

describe('a chat client\'s own lines are no claims (issue 9, robust35)', () => {
  it('WhatsApp\'s lines marked with a left-to-right mark give no claim; the members\' messages do', () => {
    const texts = analyze(WHATSAPP_IOS, {}, 'chat.txt').claims.map((c) => c.text);
    assert.deepEqual(texts, ['The trail to the ridge is closed until June.', 'Then we take the lake route.', 'The lake route has no water on the way.']);
  });

  it('irssi\'s `-!-` and `---` lines give no claim; the nicks\' messages do', () => {
    const texts = analyze(IRSSI, {}, 'channel.log').claims.map((c) => c.text);
    assert.deepEqual(texts, ['the nightly build fails on the macro test', 'that test was rewritten last week.', 'I will backport the config tomorrow.']);
  });

  it('speech that opens with dashes or an ellipsis stays speech', () => {
    const text = ['Ann: -- and the bridge reopened in 2019.', 'Bob: ... the council will vote on it next week.', 'Ann: - The budget rose by ten percent last year.'].join('\n');
    assert.equal(analyze(text, {}, 'talk.txt').claims.length, 3);
  });
});
