// The speaker's own things in a Chinese plain statement: `这一期我直接拿我的真实项目演示`, `比方说我的宠物饱腹度`,
// `对我的父母来说，这是一个略有不同的权衡`, `大家可以去翻一下我之前的视频`. Like an English I/me inside a sentence, it
// tells the speaker's story (their project, their family, their videos) rather than report. Works on the matching key.

/** 我 (not 我们, 我国, 自我) owning what follows: 我的, 我之前的, 我自己的, 我这个/那个. */
const OWN_THINGS = /(?<![自们])我(?:的|之前的|以前的|自己的|这个|那个)/;

/** True when the sentence speaks of the speaker's own things (OWN_THINGS). */
export function speaksOfOwnThings(sentence: string): boolean {
  return OWN_THINGS.test(sentence);
}
