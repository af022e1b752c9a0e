// `记者：曹然`, `質詢對象:郝市長龍斌`, `Presenter: Nicolo Ribaudo (NRO)`, `**演讲嘉宾：** 张家驹｜红帽大中华区 CTO`: a
// name-and-colon line whose words after the colon are only a person's name (a bracketed alias or an affiliation
// after a bar allowed) says who holds a role or a field; nobody speaks there. A speaker who answers with a name is
// labelled on other lines too, so only a name that labels no other line is read this way (as datedFields.ts reads
// a date). The line ends the turn before it, and what follows it up to the next label is nobody's: the lines a
// field heads (the slides' links under `Presenter:`) are the writer's.
import type { LabelLines } from '../turns/scheme';
import type { LineIndex } from '../text/positions';
import { labelCandidate } from '../turns/candidates';
import { oneOffLabelLines } from './datedFields';
import { LABEL_SCAN_LIMIT, simplified } from '../turns/chars';
import { recognizeLabel } from '../turns/labels';
import { isPlausibleName } from '../turns/speakerName';

const BOLD_MARKS = /^[*_\s]+|[*_\s]+$/g;
/** An alias or office in brackets after the name: `(NRO)`, `（記者）`. */
const BRACKETED_AFTER = /[ \t]*[(（][^()（）]{1,40}[)）]$/;
/** An affiliation after a bar: `｜红帽大中华区 CTO`. */
const AFFILIATION_AFTER = /[ \t]*[｜|][^｜|]{1,40}$/;
/** Two to five ideographs (a `·` between names allowed): a Chinese name, possibly with a title inside (`郝市長龍斌`). */
const HAN_NAME = /^\p{Script=Han}(?:\p{Script=Han}|·){1,4}$/u;
/** Two to four capitalised words and nothing else: `Nicolo Ribaudo`. */
const LATIN_NAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;
/**
 * The most common Chinese surnames (Simplified; the text is folded before the test). A two-character reply
 * (`同意`, `可以`, `收到`) opens with none of them; surnames that are also common words (明, 和, 时) are left out.
 */
const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞左柳祝舒阮柯纪梅童凌毕裴霍涂苗谷盛翁冉骆蓝游辛靳柴鲍喻祁蒲滕饶艾尤穆卓缪褚娄窦戚岑宫冷晏瞿佟臧闵邬卞栾隋刁巫寇甄虞敖巩佘邝')
    .split(''),
);

/** The name a label's words are, alone, or null: `张家驹｜红帽大中华区 CTO` → 张家驹. */
export function nameAlone(words: string): string | null {
  const value = words.replace(BOLD_MARKS, '').replace(AFFILIATION_AFTER, '').replace(BRACKETED_AFTER, '').trim();
  if (!isPlausibleName(value)) return null;
  if (HAN_NAME.test(value)) {
    const folded = simplified(value);
    // `谢谢`, `嗯嗯`: a doubled character is a reply, not a name.
    return SURNAMES.has(folded.charAt(0)) && folded.charAt(0) !== folded.charAt(1) ? value : null;
  }
  return LATIN_NAME.test(value) ? value : null;
}

/** A question's or an answer's side: `Q: Your name` / `A: John Smith` is an exchange, and a name there is an answer. */
const QA_SIDES = new Set(['q', 'a', '问', '答', 'question', 'answer']);

/** The label lines whose words are a person's name alone, under a name that labels no other line. */
export function nameFieldLines(lines: LineIndex, labels: LabelLines): number[] {
  return oneOffLabelLines(lines, labels, (speaker, words) => !QA_SIDES.has(simplified(speaker).toLowerCase()) && nameAlone(words) !== null);
}

/**
 * Whether `lineText`, read as a label line (a known label or a label candidate), gives a name alone as its words:
 * an edit of such a line may make it a field or a speaker's label again, which depends on how often its name labels
 * other lines, so the incremental analyzer reads it in full.
 */
export function mayReadAsNameField(lineText: string): boolean {
  const prefix = lineText.slice(0, LABEL_SCAN_LIMIT);
  const label = recognizeLabel(prefix, lineText.length) ?? labelCandidate(prefix, lineText.length);
  return label !== null && nameAlone(lineText.slice(label.textStart)) !== null;
}
