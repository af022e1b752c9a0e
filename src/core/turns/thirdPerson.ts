import { simplified } from './chars';

/** The reading of a byline or caption; a subject never holds a colon. */
const BYLINE_READING = ':byline';

/** How much of a paragraph's first line is read for narration. */
export const NARRATION_SCAN = 200;

/** `本报记者…`, `（记者 李华）`, `新华社北京…电`, `Reporting by …`: the writer's byline or dateline. */
const BYLINE = /本[报報][记記]者|[（(][记記]者[ \u3000]?[^）)]{1,12}[）)]|新[华華]社|中新社|央[视視][新网網]|(?:^|\()(?:Additional )?(?:Reporting|Editing|Writing) by\b|^By [A-Z][a-z]+ [A-Z]/;
/** A weekday after a Chinese date: `(星期二)`, `星期四`, `（週一）`. */
const ZH_WEEKDAY = '(?:[（(]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)]?)?';
/**
 * A line that is nothing but a date or a clock time: `2012年7月3日(星期二)`, `香港時間20時46分`, `December 5, 2025`.
 * A publisher's dateline, under the speech as often as over it; no one says a bare date as a paragraph.
 */
const DATELINE = new RegExp(
  '^(?:\\d{2,4} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日 ?' + ZH_WEEKDAY +
    '|\\p{Script=Han}{0,4}(?:時間|时间) ?\\d{1,2} ?[時时:：] ?\\d{1,2} ?分?' +
    '|(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4})\\s*$',
  'u',
);
/** Photo captions: `图为…`, `圖為…`, `Photo: …`, `Pictured: …`. */
const CAPTION = /^(?:[▲△]|图为|圖為|图片来源|圖片來源|(?:Photo|Pictured|Caption|Image)(?: credit)?[:：])/;
/** `王大明表示，…` at the start of a paragraph: a name (or 他/她) and a reporting verb of the press. */
const ZH_REPORTED = /^([\p{Script=Han}A-Za-z·]{1,10}?)(?:也|还|還|则|則|随后|隨後|进一步|進一步)?(?:表示|指出|强调|強調|认为|認為|坦言|透露|回应|回應|介绍|介紹|称|稱)[，,]/u;
/** `Jones said the agency…`, `"We will act," Jones said.`: a capitalised word before a reporting verb. */
const EN_REPORTED = /\b([A-Z][A-Za-z'’-]+) (?:said|says|told|added|explained|noted|recalled|continued|stressed)\b/g;
/** Pronouns that put a paragraph in the first or second person: the speaker talking, not narration. */
const FIRST_PERSON = new Set(['我', '我们', '我們', '咱们', '咱們', '你', '您', '大家', '各位']);
/** The same, anywhere in a sentence. */
const FIRST_PERSON_IN = /[我你您咱]|大家|各位/;
/** The first sentence of a Chinese paragraph: up to its first full stop, `!` or `?`. */
const FIRST_SENTENCE = /^[^。！？!?]*/;
/**
 * The common surnames (Simplified and Traditional forms) a writer's familiar nickname is made from:
 * `老黃`, `小王` is the person surnamed 黃 or 王. Limited to common surnames so that ordinary words
 * (`老师`, `小时`, `老家`) are not read as nicknames.
 */
const NICKNAME_SURNAMES = new Set([...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許邓鄧韩韓冯馮曹彭曾萧蕭蔡潘袁于董余苏蘇叶葉吕呂魏蒋蔣田杜丁沈姜范程傅钟鍾卢盧汪任陆陸姚廖金邱夏谭譚韦韋贾賈邹鄒石熊孟秦阎閻薛侯雷白龙龍段郝孔邵史毛常万萬顾顧赖賴武康贺賀严嚴尹钱錢施牛洪龚龔']);
/** `老黃`, `小王`: a familiar nickname, the surname after 老 or 小. */
const NICKNAME = /[老小](\p{Script=Han})/gu;
/** `小于 1%`: less than, not 小 + the surname 于. */
const COMPARATIVES = new Set(['小于', '小於']);
/** A nickname subject in a reading: the surname after this mark. */
const NICKNAME_MARK = '~';

/**
 * What a paragraph's first line says about narration, as a key: empty when nothing, `:byline` for a byline or
 * caption, otherwise the subjects of reporting verbs (`王大明`, `Jones`) joined by `|`. Depends on the
 * line alone, so the incremental analyzer can compare it before and after an edit.
 */
export function narrationReading(line: string): string {
  const text = line.trimStart();
  if (BYLINE.test(text) || CAPTION.test(text) || DATELINE.test(text)) return BYLINE_READING;
  const subjects: string[] = [];
  const zh = ZH_REPORTED.exec(text);
  if (zh && !FIRST_PERSON.has(zh[1]!)) subjects.push(zh[1]!);
  if (text.includes(' ')) for (const match of text.matchAll(EN_REPORTED)) subjects.push(match[1]!);
  // `…，老黃後來還是把外套脫掉了。`: the writer calls the speaker by a nickname, in the third person.
  const sentence = FIRST_SENTENCE.exec(text)![0];
  if (!FIRST_PERSON_IN.test(sentence)) {
    for (const match of sentence.matchAll(NICKNAME)) {
      const subject = NICKNAME_MARK + simplified(match[1]!);
      if (NICKNAME_SURNAMES.has(match[1]!) && !COMPARATIVES.has(match[0]) && !subjects.includes(subject)) subjects.push(subject);
    }
  }
  return subjects.join('|');
}

/**
 * True when a paragraph read as `reading` is the writer's narration about `speaker` (or a byline or
 * caption), so the speaker's turn ends before it. Third-person pronouns count in Chinese reporting
 * (`他表示，`); in English `he said` inside a quoted anecdote is too common to end a turn on.
 */
export function endsTurnAsNarration(reading: string, speaker: string): boolean {
  if (!reading) return false;
  if (reading === BYLINE_READING) return true;
  const folded = simplified(speaker);
  const surname = speaker.split(/\s+/).pop()!.toLowerCase();
  for (const subject of reading.split('|')) {
    // A nickname names a speaker whose name is two or three Han characters, the first the surname.
    if (subject.startsWith(NICKNAME_MARK)) {
      if (/^\p{Script=Han}{2,3}$/u.test(folded) && folded[0] === subject[1]) return true;
      continue;
    }
    const foldedSubject = simplified(subject);
    if (foldedSubject === '他' || foldedSubject === '她') return true;
    if (foldedSubject === folded || (folded.length >= 2 && foldedSubject.endsWith(folded))) return true;
    if (subject.toLowerCase() === surname && /[A-Za-z]/.test(subject)) return true;
  }
  return false;
}
