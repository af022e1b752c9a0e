// fast-check arbitraries shared by the property tests: transcript-shaped documents and edits of them.
import fc from 'fast-check';

/** Names that are members of every plain object: a name-keyed table must not find them in its prototype. */
export const OBJECT_MEMBER_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** A speaker name: often one of OBJECT_MEMBER_NAMES. */
export const speakerNameArbitrary = fc.oneof(fc.constantFrom(...OBJECT_MEMBER_NAMES), fc.constantFrom('Jane', '李明', 'Q'), fc.string({ minLength: 1, maxLength: 6 }));

/** Line pieces in the conventions the analysis recognises, and the traps it must step around. */
const LINE_PIECES = [
  '李明：', '黃仁勳:', 'MS. JONES:  ', 'Q    ', 'Q:', 'A:', '問：', '答：', '记者：', '人民日报记者：', '[00:01:23] 王芳：', '00:01:23 Tom Baker',
  '黃仁勳回答:', '針對這個問題，老黃回答道:', 'Asked about it, Dr. Amy Chen said:', '他說：「', '」', '「', '“', '”', '"',
  '據公司年報，我們去年營收達到420億元，比前年增長了18%。', '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。',
  '我認為這種擔心是多餘的，我們的客戶非常優秀。', '我們在上個月的會議上已經將其列為首要任務。', '据估计，去年全行业的人才缺口约为3万人。',
  'According to the ministry, 42 percent of graduates chose engineering in 2024.', 'We expect revenue to grow 12 percent next year.',
  'I think curiosity is the most important skill.', 'and it carries on in lower case', 'The meeting started at 2:05 P.M. EDT.',
  '答案是:還要再觀察一季。', '我要告訴它的第一件事就是:多看看。', '(Laughter.)', '（笑）', '[applause]', '# 供應鏈的壓力', '## Market Outlook',
  '供應鏈的壓力', '人才與教育', 'Market Outlook', '- 供應鏈的壓力', '- 人才與教育', '1. Market Outlook', '本期重點:', '---', '```', '===',
  '𠀀𠀁', '😀 ', '🎤 李明：', '\u3000', '  ', '\t', '，', '。', '！', '？', ':', '：', 'WEBVTT', '00:00:01,000 --> 00:00:02,000', '<v Jane>',
  ...OBJECT_MEMBER_NAMES.flatMap((name) => [`<v ${name}>`, `${name}: `, `${name}：`]),
  '### 主持人：', '**Jane Smith** [00:01:02] ', '**Bob Lee**  0:12', '[Bob Lee] 11:02:09', '[SPEAKER_00]: ', 'Jane&nbsp;Doe: ', '&#39;',
  '王大明表示，', 'Jones said the agency would meet.', '本报记者', '有幾個數據跟各位報告：', '12  MR. SMITH: ',
  '將', '會', '会议', '2024年5月', '$4.2 billion', '百分之三十', 'https://example.com', '作者:王小明', '\uFEFF',
];

/** One line: a few pieces, sometimes with random characters. */
const lineArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom(...LINE_PIECES), { minLength: 0, maxLength: 4 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** A transcript of up to `maxLines` lines with mixed line breaks (mostly `\n`). */
export function transcriptArbitrary(maxLines = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(lineArbitrary, fc.constantFrom('\n', '\n', '\n', '\n', '\n\n', '\r\n', '\r')), { maxLength: maxLines, size: 'max' })
    .map((lines) => lines.map(([line, br]) => line + br).join(''));
}

/** Any string, including lone surrogates, control characters and line breaks. */
// `size: 'medium'`: fast-check's default ('small') keeps most strings under a dozen characters.
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400, size: 'medium' }), fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }), transcriptArbitrary(30));

/** An edit described independently of the text: positions are fractions of its length. */
export interface EditSpec {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

const INSERTS = ['a', 'A', '我', '。', '，', ':', '：', ' ', '「', '」', '"', '(', ')', '（笑）', '會', '3', '%', '𠀀', '\n', 'x y', '李明：', '# ', '- ', '.', '**', '[', ']', '&amp;'];

export const editArbitrary: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 40 }) }),
  text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }),
});

/** The edit as a VS Code change on `text`. */
export function changeFor(text: string, edit: EditSpec): { rangeOffset: number; rangeLength: number; text: string } {
  const rangeOffset = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const rangeLength = Math.min(edit.length, text.length - rangeOffset);
  return { rangeOffset, rangeLength, text: edit.text };
}

export function applyChange(text: string, change: { rangeOffset: number; rangeLength: number; text: string }): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}

/** Each line's start and end (before its break `br`). */
function linesOf(text: string, br: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; ; ) {
    const end = text.indexOf(br, start);
    lines.push({ start, end: end < 0 ? text.length : end });
    if (end < 0) return lines;
    start = end + br.length;
  }
}

/** `first` typed on the first blank line (empty or of spaces) from offset `at` on, or the first one before it, or at the end. */
export function fillBlankChange(text: string, br: string, at: number, first: string): { rangeOffset: number; rangeLength: number; text: string } {
  const blank = (l: { start: number; end: number }): boolean => text.slice(l.start, l.end).trim() === '';
  const lines = linesOf(text, br);
  const line = lines.find((l) => l.start >= at && blank(l)) ?? lines.find(blank);
  return { rangeOffset: line ? line.end : text.length, rangeLength: 0, text: first };
}

/** A line's text deleted, leaving it empty: a one-character line from offset `at` on (as fillBlankChange types), else any line of text. */
export function emptyLineChange(text: string, br: string, at: number): { rangeOffset: number; rangeLength: number; text: string } {
  const lines = linesOf(text, br).filter((l) => text.slice(l.start, l.end).trim() !== '');
  const line = lines.find((l) => l.end - l.start === 1 && l.start >= at) ?? lines.find((l) => l.start >= at) ?? lines[0];
  return line ? { rangeOffset: line.start, rangeLength: line.end - line.start, text: '' } : { rangeOffset: at, rangeLength: 0, text: '' };
}

/** A small linear congruential generator: the same edits on every run. */
export function generator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % below;
  };
}

/** Offsets where a cue block starts (a non-blank line after a blank one). */
export function blockStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)(?=[^\r\n])/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** A change of the kinds the edit arbitraries draw (`enter`, `enterAtEnd`, `dropBreak`, `fillBlank`, `emptyLine`, or typing `typed`) at the share `at` of the text. */
export function typedChange(text: string, br: string, e: { at: number; kind: string; count: number; typed: string }): { rangeOffset: number; rangeLength: number; text: string } {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const nextBreak = text.indexOf(br, at);
  switch (e.kind) {
    case 'enterAtEnd':
      return { rangeOffset: nextBreak < 0 ? text.length : nextBreak, rangeLength: 0, text: br.repeat(e.count) };
    case 'enter':
      return { rangeOffset: at, rangeLength: 0, text: br };
    case 'dropBreak':
      // Backspace on an empty line or at a line's start: one or two breaks removed.
      return nextBreak < 0 ? { rangeOffset: at, rangeLength: 0, text: '' } : { rangeOffset: nextBreak, rangeLength: Math.min(text.length - nextBreak, br.length * e.count), text: '' };
    case 'fillBlank':
      return fillBlankChange(text, br, at, e.typed);
    case 'emptyLine':
      return emptyLineChange(text, br, at);
    default:
      return { rangeOffset: at, rangeLength: 0, text: e.typed };
  }
}
