// A host inviting a guest to talk: `讲讲你在人工智能上的一系列探索。`, `…，请你谈谈你的背景故事，你是如何来到美国…`,
// `哈喽，宇军，先给观众朋友们打个招呼。` The sentence asks; what the guest is asked about (its beliefs, judgements and
// counts) is the question's, not the speaker's claim. Works on the matching key (folded to Simplified).

/**
 * At a clause start: the speaker asks you to talk (`请你谈谈`, `想让您先来讲`), or tells you to (`讲讲你…`, `聊一聊你…`),
 * or to greet the audience (`先给观众朋友们打个招呼`). A verb of talk without 你/您 after it (`今天就来谈谈…`) is the
 * speaker's own agenda, left to isAgendaSentence.
 */
const INVITATION =
  /(?:^|[，,；;：:、\s])(?:那么?|好的?|首先|最后|然后)?[，,\s]*(?:(?:我们?|咱们)?(?:想|先|就|再|也)*(?:请|让)(?:你|您)(?:先|再|来|也|给我们|给大家|跟我们|跟大家|和我们|和大家)*(?:谈|讲|聊|说|介绍)|(?:先|再|那|来)*(?:谈谈|讲讲|聊聊|说说|谈一谈|讲一讲|聊一聊|说一说)(?:你|您)|(?:先|再)?给[^，。,.！!？?]{1,8}打个招呼)/;
/** The characters an invitation needs: most sentences have none and skip the expression. */
const TALK_VERB = /[谈讲聊说介招]/;

/** True when key[from, to) invites the listener to talk (INVITATION). */
export function isInvitationToTalk(key: string, from: number, to: number): boolean {
  const sentence = key.slice(from, to);
  return TALK_VERB.test(sentence) && INVITATION.test(sentence);
}
