// The furniture of a talk written up as an article, none of it speech: the writer's credits, the speaker's titles in
// brackets under a byline, pictures, and the lines that open and close the speech (a salutation, a sign-off).
import { simplified } from './chars';
import { HAS_SPEECH_WORD, SPEECH } from './talkWords';
import { visibleText } from './visibleText';

/** Longer lines are body text (bounded cost per line). */
const MAX_LEAD_LINE = 400;

/** `尊敬的各位老师、亲爱的同学们:`: an address to the audience alone on its line, ending in its only colon. */
const SALUTATION_LINE = /^(?=[^:：]*(?:们|們|各位|诸位|諸位|尊敬|亲爱|親愛|敬爱|敬愛|来宾|來賓))[^:：。！？!?]{2,60}[:：]$/u;

export function isSalutationLine(line: string): boolean {
  return line.length <= MAX_LEAD_LINE && SALUTATION_LINE.test(visibleText(line));
}

/** `（ 哈佛商学院教授， 曾任…副院长）`: a paragraph wholly in brackets (under a byline: the speaker's titles). */
export function isBracketedParagraph(line: string): boolean {
  if (line.length > MAX_LEAD_LINE) return false;
  const words = visibleText(line);
  return /^[（(【[]/.test(words) && /[）)】\]]$/.test(words) && !/[）)】\]]./.test(words.slice(1, -1) + 'x');
}

/** `编辑整理｜戴志敏`, `出品社区｜DataFun`: a credit field under a byline, naming who worked on the write-up. */
const CREDIT_FIELD = /^[^\s|｜丨:：]{2,6}\s*[|｜丨]\s*[^。！？!?]{1,30}$/;

export function isCreditField(line: string): boolean {
  return line.length <= MAX_LEAD_LINE && CREDIT_FIELD.test(visibleText(line));
}

/** Who made the write-up, as its credits name them (`来源：…`, `整理:…`, `责任编辑：…`); folded. Not what it is about. */
const PRODUCTION_ROLES = new Set([
  '作者', '编辑', '责任编辑', '责编', '来源', '摄影', '撰文', '撰稿', '图片', '翻译', '译者', '校对', '审校', '审核', '出品', '策划',
  '监制', '统筹', '整理', '编译', '主编', '美编', '排版',
]);
/** `来源：网易雷火UX用户体验中心`: a role, a colon and who, no sentence. */
const COLON_CREDIT = /^([^\s|｜丨:：]{1,6})\s*[:：]\s*[^。！？!?]{1,40}$/;

/**
 * `编辑丨莫群 林琳`, `来源：网易雷火UX用户体验中心`, `整理:謝宜帆、黃敬哲`: a credit of the write-up (a short role, then
 * `丨`/`｜`, or a production role and a colon, then who), no one's speech wherever it stands.
 */
export function isWriteUpCredit(line: string): boolean {
  if (line.length > MAX_LEAD_LINE) return false;
  const words = visibleText(line);
  // One bar after a Chinese role: `a|b|c` and `---|---` are a table's rows.
  if (CREDIT_FIELD.test(words)) return words.match(/[|｜丨]/g)!.length === 1 && /\p{Script=Han}/u.test(words.slice(0, words.search(/[|｜丨]/)));
  const role = COLON_CREDIT.exec(words)?.[1];
  return role !== undefined && PRODUCTION_ROLES.has(simplified(role));
}

/**
 * `谢谢！`, `謝謝大家。`, `…我的演讲就到这里`, `以上就是本次分享的内容，谢谢大家。`, `这就是我今天的分享，谢谢大家。`:
 * the speaker signs off; the speech ends after this line.
 */
const SIGN_OFF = new RegExp(String.raw`^(?:(?:谢谢|謝謝|感谢|感謝)(?:大家|各位|您|你们|你們)?[！!。.]?|.{0,20}(?:${SPEECH})(?:就)?(?:到此为止|到此為止|到这里|到這裡|就到这|就到這).*|.{0,16}(?:${SPEECH})(?:的内容|的內容)?[，,]\s*(?:谢谢|謝謝|感谢|感謝)(?:大家|各位)[！!。.]?)$`);

export function isSignOff(line: string): boolean {
  return line.length <= MAX_LEAD_LINE && SIGN_OFF.test(visibleText(line));
}

/** A sign-off naming the talk (`今天的分享就到这里，谢谢大家。`), not a bare `谢谢`: only the speaker of the talk says it. */
const TALK_WORD = HAS_SPEECH_WORD;

export function isTalkSignOff(line: string): boolean {
  return isSignOff(line) && TALK_WORD.test(line);
}

/** `<figure …>`, `<figcaption>`: a picture with its caption on a line of its own. */
export function isFigureLine(prefix: string): boolean {
  return prefix.charCodeAt(0) === 60 /* < */ && /^<fig(?:ure|caption)\b/i.test(prefix);
}
