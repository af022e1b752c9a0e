// What a Chinese sentence does in the talk rather than claim: a host inviting a guest to talk (`讲讲你在人工智能上的一系列
// 探索。`, `…，请你谈谈你的背景故事，你是如何来到美国…`, `哈喽，宇军，先给观众朋友们打个招呼。`), and a speaker announcing, with the
// subject unsaid, what the talk does next (`先跟大家簡單介紹一下我自己`, `今天就来谈谈，这样做是否可能。`). What the guest is asked
// about, or the talk will be about (its beliefs, judgements, likelihoods), is not the speaker's claim. Works on the
// matching key (folded to Simplified).

import { leadingNoiseLength } from './zhNoise';

/**
 * At a clause start: the speaker asks you to talk (`请你谈谈`, `想让您先来讲`), or tells you to (`讲讲你…`, `聊一聊你…`),
 * or to greet the audience (`先给观众朋友们打个招呼`). A verb of talk without 你/您 after it (`今天就来谈谈…`) is the
 * speaker's own agenda, left to isAgendaSentence.
 */
const INVITATION =
  /(?:^|[，,；;：:、\s])(?:那么?|好的?|首先|最后|然后)?[，,\s]*(?:(?:我们?|咱们)?(?:想|先|就|再|也)*(?:请|让)(?:你|您)(?:先|再|来|也|给我们|给大家|跟我们|跟大家|和我们|和大家)*(?:谈|讲|聊|说|介绍)|(?:先|再|那|来)*(?:谈谈|讲讲|聊聊|说说|谈一谈|讲一讲|聊一聊|说一说)(?:你|您)|(?:先|再)?给[^，。,.！!？?]{1,8}打个招呼)/;
/**
 * The characters an invitation needs: most sentences have none and are not copied for the expression. A table by
 * code, read for every character of every Chinese sentence (a Set lookup per character cost 2% of a zh analysis).
 */
const TALK_VERBS = new Uint8Array(0x10000);
for (const verb of '谈讲聊说介招') TALK_VERBS[verb.charCodeAt(0)] = 1;

/** True when key[from, to) invites the listener to talk (INVITATION). */
export function isInvitationToTalk(key: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && !TALK_VERBS[key.charCodeAt(i)]) i++;
  return i < to && INVITATION.test(key.slice(from, to));
}

/**
 * Subject unsaid (isAgendaSentence in zhNoise.ts wants 我/我们/大家): after an optional opener, the speaker comes to tell
 * the audience (`来跟大家分享…`, `先给各位简单介绍一下…`) or comes to talk about something (`今天就来谈谈…`, `再来聊聊…`).
 */
const UNVOICED_AGENDA =
  /^(?:(?:好的?|那么?|接下来|下面|首先|现在|今天|然后|最后|其实|这里|这边|那今天)[呢，,、\s]*)*(?:是|就|先|再|也)*(?:来|一起来)?(?:(?:跟|给|和|向)(?:大家|各位|你们)(?:简单|稍微|快速|好好)*(?:地)?(?:介绍|分享|汇报|报告|聊|讲|谈|说)|来(?:谈谈|聊聊|讲讲|说说|分享|谈一谈|聊一聊|讲一讲))/;

/** True when key[from, to) opens by announcing, with its subject unsaid, what the talk does next (UNVOICED_AGENDA). */
export function isUnvoicedAgenda(key: string, from: number, to: number): boolean {
  const head = key.slice(from, Math.min(to, from + 40));
  return UNVOICED_AGENDA.test(head.slice(leadingNoiseLength(head)));
}
