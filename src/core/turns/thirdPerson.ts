import { simplified } from './chars';

/** The reading of a byline or caption; a subject never holds a colon. */
const BYLINE_READING = ':byline';

/** How much of a paragraph's first line is read for narration. */
export const NARRATION_SCAN = 200;

/** `本报记者…`, `（记者 李华）`, `新华社北京…电`, `Reporting by …`: the writer's byline or dateline. */
const BYLINE = /本[报報][记記]者|[（(][记記]者[ \u3000]?[^）)]{1,12}[）)]|新[华華]社|中新社|央[视視][新网網]|(?:^|\()(?:Additional )?(?:Reporting|Editing|Writing) by\b|^By [A-Z][a-z]+ [A-Z]/;
/** Photo captions: `图为…`, `圖為…`, `Photo: …`, `Pictured: …`. */
const CAPTION = /^(?:[▲△]|图为|圖為|图片来源|圖片來源|(?:Photo|Pictured|Caption|Image)(?: credit)?[:：])/;
/** `王大明表示，…` at the start of a paragraph: a name (or 他/她) and a reporting verb of the press. */
const ZH_REPORTED = /^([\p{Script=Han}A-Za-z·]{1,10}?)(?:也|还|還|则|則|随后|隨後|进一步|進一步)?(?:表示|指出|强调|強調|认为|認為|坦言|透露|回应|回應|介绍|介紹|称|稱)[，,]/u;
/** `Jones said the agency…`, `"We will act," Jones said.`: a capitalised word before a reporting verb. */
const EN_REPORTED = /\b([A-Z][A-Za-z'’-]+) (?:said|says|told|added|explained|noted|recalled|continued|stressed)\b/g;
/** Pronouns that put a paragraph in the first or second person: the speaker talking, not narration. */
const FIRST_PERSON = new Set(['我', '我们', '我們', '咱们', '咱們', '你', '您', '大家', '各位']);

/**
 * What a paragraph's first line says about narration, as a key: empty when nothing, `:byline` for a byline or
 * caption, otherwise the subjects of reporting verbs (`王大明`, `Jones`) joined by `|`. Depends on the
 * line alone, so the incremental analyzer can compare it before and after an edit.
 */
export function narrationReading(line: string): string {
  const text = line.trimStart();
  if (BYLINE.test(text) || CAPTION.test(text)) return BYLINE_READING;
  const subjects: string[] = [];
  const zh = ZH_REPORTED.exec(text);
  if (zh && !FIRST_PERSON.has(zh[1]!)) subjects.push(zh[1]!);
  if (text.includes(' ')) for (const match of text.matchAll(EN_REPORTED)) subjects.push(match[1]!);
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
    const foldedSubject = simplified(subject);
    if (foldedSubject === '他' || foldedSubject === '她') return true;
    if (foldedSubject === folded || (folded.length >= 2 && foldedSubject.endsWith(folded))) return true;
    if (subject.toLowerCase() === surname && /[A-Za-z]/.test(subject)) return true;
  }
  return false;
}
