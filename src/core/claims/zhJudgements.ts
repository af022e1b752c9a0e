// Judgements a Chinese plain statement makes without a cue word, read from how the sentence is built. Works on the
// matching key (text folded to Simplified), so Traditional and Simplified read alike. Kind rules only: nothing here
// decides whether a sentence is a claim.

import { isInReputationFrame } from './zhKindStructure';

/**
 * Drawing a conclusion from what was seen (`从这事儿就可以看出——…`, `从上述行为可以看出，…`, `也能看出来，这个是…的产品`):
 * what follows is the speaker's inference, as after 这说明. 看出 with nothing after it (`可以看出一个趋势`) is a plain verb.
 */
const SEEN_INFERENCE = /(?:可以|能|就能|才能|不难|便可)看出(?:来)?|看得出(?:来)?/;
/** What may stand between the inference verb and its conclusion: a comma, a colon, a dash, a space. */
const INFERENCE_BREAK = /^[，,：:——\-\s]+/;

/** The inference frame of key[from, to) (`可以看出`), or null: the verb must be followed by a break and then the conclusion. */
export function seenInference(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const match = SEEN_INFERENCE.exec(sentence);
  if (match === null) return null;
  const rest = sentence.slice(match.index + match[0].length);
  const gap = INFERENCE_BREAK.exec(rest);
  return gap !== null && /[\u3400-\u9fffA-Za-z0-9]/.test(rest.slice(gap[0].length)) ? match[0] : null;
}

/**
 * Too much or not enough (`压力太大`, `干活太卖力了`, `已经太客气了`, `效果不够好`): a degree measured against a standard
 * the speaker holds, so a judgement wherever it closes its clause. Plain degree (`很大`, `比较小`) is left out: it
 * describes as often as it judges. Words that only start with 太 (太阳, 太平, 太空…) are not degrees. Not enough may
 * also stand bare at the clause's end (`我們的實力不夠`, `投入不足，就会…`, `存在多方面的不足`): the standard is the one
 * the speaker holds all the same. `不足10%`, `不足以`, `不足之处` go on, and are left alone.
 */
const EXCESS_PREDICATE =
  /(?:太(?![阳平空太极子后监原湖古保公尉])|过于|不够)([\u3400-\u9fff]{1,3}?)[了的啊呀吧滴]?(?=[，,。．.！!？?；;、…”」』）)\s]|$)|(?:不够|不足)[了的啊呀吧滴]?(?=[，,。．.！!？?；;、…”」』）)\s]|$)/;

/**
 * A number written in Chinese numerals (`十四b的参数`, `数千亿资金`), which the figure finder leaves alone: two or more
 * numeral characters, not 千万 (by all means) or 万一 (in case).
 */
const CHINESE_NUMBER = /(?!千万|万一)[零〇一二三四五六七八九十百千万亿两]{2,}/;

/**
 * The predicate of key[from, to) that grades something as too much or not enough (`太大`, `不够好`), or null. A sentence
 * that states a number, even in Chinese numerals, is left to the facts, as a figure outranks an evaluation.
 */
export function excessPredicate(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const match = EXCESS_PREDICATE.exec(sentence);
  if (match === null || CHINESE_NUMBER.test(sentence)) return null;
  return match[0].replace(/[了的啊呀吧滴]$/, '');
}

/**
 * A degree word and a one- or two-character quality closing the clause (`问题也很大`, `食品很便宜`, `入门门槛很低`, `说的东西很“野”`,
 * `也没那么隆重了`): the writer grades the thing, a judgement when nothing else in the sentence is checkable. Read only in
 * plain statements (zhStanceReason): beside a figure (`增长很快，达到8%`) or a report the degree describes what the fact
 * measured. Not before a colon (`架构很简单：…` explains what follows) and not inside a phrase (`很多意见`, `很大的动力`).
 */
const DEGREE_PREDICATE =
  /(?:很|非常|十分|相当|极其|极为|颇为?|挺|蛮|特别|格外|那么|这么)(?:[\u3400-\u9fff]{1,2}|[“"「][\u3400-\u9fff]{1,2}[”"」])[了的啊呀吧嘛滴]?(?=[，,。．.！!？?；;、…”」』）)\s]|$)/;

/** `传播速度要快很多`, `高很多`: a quality then 很多/很少 measures a comparison (much faster), which is checkable. */
const MEASURED_COMPARISON = /^[快慢高低大小多少好坏强弱长短远近早晚轻重深浅贵]很[多少]/;

/**
 * The degree predicate of key[from, to) (`很便宜`, `那么隆重`), or null. As with excessPredicate, a sentence stating a
 * number in Chinese numerals is left to the facts; so is a stated rule (`如果…，它就不那么强壮了`, CONDITIONED_RULE), which
 * says how things go, and a regard reported of others (`被舆论认为…十分犀利`).
 */
export function degreePredicate(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const match = DEGREE_PREDICATE.exec(sentence);
  if (match === null || CHINESE_NUMBER.test(sentence) || CONDITIONED_RULE.test(sentence)) return null;
  if (isInReputationFrame(key, from, from + match.index) || MEASURED_COMPARISON.test(sentence.slice(Math.max(0, match.index - 1), match.index + 3))) return null;
  return match[0].replace(/[了的啊呀吧嘛滴]$/, '');
}

/** Enough or not enough to bring something about (`足以成为业界的风向标`, `足以使用户忽略…`, `不足以说明问题`). */
const SUFFICIENCY = /不?足以(?=[\u3400-\u9fff])/;

/**
 * Whether something suffices to bring another thing about, said by the speaker (`他这几年的大规模撤离，足以成为业界的风向标`,
 * `免费使用的事实足以使用户忽略了…安全问题`): an assessment, like too much or not enough. Returns `足以` / `不足以` or null.
 */
export function sufficiency(key: string, from: number, to: number): string | null {
  const match = SUFFICIENCY.exec(key.slice(from, to));
  return match === null ? null : match[0];
}

/** Closing marks, Markdown emphasis and spaces that may follow a sentence's last mark (`…就成为问题！**】`). */
const AFTER_LAST_MARK = /[\s*_”"’'」』）)】\]]*$/;

/**
 * A plain statement that ends in an exclamation mark (`…肯定是不正常滴！`, `…邪恶变态到令人作恶 !`): the writer exclaims, which
 * is a stance taken, not a report. Returns `！` or null. Only for statements with no cue word: a cue decides first.
 */
export function exclamation(key: string, from: number, to: number): string | null {
  const end = from + key.slice(from, to).replace(AFTER_LAST_MARK, '').length;
  if (end === from) return null;
  const last = key.charAt(end - 1);
  return last === '！' || last === '!' ? '！' : null;
}

/**
 * A negation that leaves nothing at all (`一点关系都没有`, `毫无办法`, `丝毫不`, `完全没有效果`, `根本不想`, `什么都不`,
 * `没什么实质用途`): the speaker rules something out entirely, a judgement of degree as too much or not enough is.
 * Not after 有 (`有没有什么方法`, a question), and not inside a phrase that goes on to modify a noun (`什么都没有的屋子`).
 */
const TOTAL_NEGATION = /一点[^，,。．！!？?；;：:]{0,8}?都(?:没|不)|毫无|丝毫(?:不|没)|完全(?:没|不)|根本(?:没|不)|什么都(?:没|不)|(?<!有)没有?(?:什么|啥)/;
/** The rest of the clause after a negation: a 的 followed by more of it marks a modifier (`…都没有的屋子`). */
const MODIFIER_AFTER = /^[^，,。．！!？?；;：:]*?的[\u3400-\u9fff]/;
/**
 * No one at all (`没有哪个国家的发展是靠加征关税实现`, `不是哪个国家的专利`): 哪 under a negation means any, so the sentence
 * sweeps over every case. Not after 有 or 是 (`有没有哪个`, `是不是哪里`: questions).
 */
const NO_ONE_AT_ALL = /(?<!有)没有?哪|(?<!是)不是哪/;

/** The words of key[from, to) that negate entirely (`一点…都没`, `毫无`, `没什么`, `没有哪`), or null. */
export function totalNegation(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const noOne = NO_ONE_AT_ALL.exec(sentence);
  if (noOne !== null) return noOne[0];
  const match = TOTAL_NEGATION.exec(sentence);
  if (match === null || MODIFIER_AFTER.test(sentence.slice(match.index + match[0].length))) return null;
  return match[0].startsWith('一点') ? '一点…都' + match[0].slice(-1) : match[0];
}

/**
 * What something does to anyone who meets it (`令人驚嘆`, `令人望而生畏的“巨无霸”`, `邪恶变态到令人作恶`): 令人 names no one
 * in particular, so the feeling it causes is the speaker's measure of the thing, an evaluation. 令 with a named object
 * (`令他头痛`, `令「對沖」的數字屢創新高`) reports an effect and is left alone, as is 令人们 (people, counted).
 */
const CAUSED_FEELING = /令人(?![们])(?=[\u3400-\u9fff]{2})/;

/** `令人` when key[from, to) says what something makes anyone feel (`令人驚嘆`), or null. */
export function causedFeeling(key: string, from: number, to: number): string | null {
  return CAUSED_FEELING.test(key.slice(from, to)) ? '令人' : null;
}

/**
 * Likening one thing to another (`他们有点像红颜薄命的林黛玉`, `这有点像半导体行业：…`, `看起来像是会咬人的狼狗`) or setting what
 * is plain against what is done (`明明是能够载舟的大江大水，时评家只学会了用它来煮粥`): the speaker's reading of the
 * thing, not a report of it. Only the hedged likenings (有点像, 看起来像): a bare 像 also gives an example (`像力学中…一样`)
 * or compares plainly (`看起来就像未受伤时一样`). 明明白白 (plainly, openly) is not the contrast.
 */
const LIKENING = /有点像|看起来像|明明(?!白)/;

/** The likening or contrast words of key[from, to) (`有点像`, `明明`), or null. */
export function likening(key: string, from: number, to: number): string | null {
  const match = LIKENING.exec(key.slice(from, to));
  return match === null ? null : match[0];
}

/**
 * A generalisation over many cases (`意见领袖也往往提出一些大而不当的靶子`, `话题总是围绕地缘政治竞争`, `一般來說,綠營…持極度否定的看法`):
 * more often than not, always, as a rule. The writer sums up what they have seen, which is their reading of how things go,
 * not a report of one event. `通常`, `常常` are left out: they narrate a habit or a procedure as often (`因為通常都是糖尿病…`);
 * so is `历来` (`屬歷來新高`, a record). A speaker's own habit (`我总是…`) is no generalisation.
 */
const GENERALISATION = /(?<!我)(?:往往|总是)|一般来说|一般而言|向来|动辄|每每/;
/**
 * A condition and its consequence (`一般而言，市民如…收到偽鈔，只要沒有犯罪意圖，便不屬於犯法`): the sentence states a rule, how
 * things go whenever the condition holds, checkable like a fact.
 */
const CONDITIONED_RULE = /(?:如果|假如|倘若|若是|只要|一旦)[^。！!？?]{1,40}?[便就]/;

/** The generalising words of key[from, to) (`往往`, `一般来说`), or null; none in a stated rule (CONDITIONED_RULE). */
export function generalisation(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const match = GENERALISATION.exec(sentence);
  return match === null || CONDITIONED_RULE.test(sentence) ? null : match[0];
}

/**
 * Words by which the writer weighs what they state, each a judgement without a verb of thinking: what ought to have been
 * (`调薪本该是美事`, `本应`, `理应`); emphasis on what is the real or very thing (`这种本能正是推动…的动力`, `真正竞争的是…`);
 * what was to be expected (`是意料中事`, `不出所料`, `难怪`); and surprise (`竟然`, `居然`). Read only in plain statements
 * (zhStanceReason): beside a figure or a report they colour a fact. 毕竟 and 究竟 are not 竟然. Figurative equating
 * (`等于…`, `形同…`, `不过是…`) was tried with them and left out: it lowered a check figure.
 */
const WEIGHING_WORD = /本该|本应|理应|正是|真正|意料之?中|不出所料|难怪|竟然|居然/;

/** The weighing word of key[from, to) (`本该`, `正是`, `竟然`), or null; none in a sentence with a number in Chinese numerals. */
export function weighingWord(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const match = WEIGHING_WORD.exec(sentence);
  return match === null || CHINESE_NUMBER.test(sentence) ? null : match[0];
}
