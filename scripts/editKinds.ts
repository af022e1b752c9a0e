// Edit kinds that keep a transcript's words where they were, for `reanchor-real.js --kinds`: each turns a real text into
// the text a user gets after re-wrapping it, changing its punctuation width, quote style, spacing or line ends, bolding
// names, re-timing subtitles, renaming a speaker, moving or duplicating a paragraph, or converting it with opencc. A tag
// must keep its place after every one of them, unless its own text is gone (a renamed speaker's old name, a timecode).
import * as OpenCC from 'opencc-js';

/** The edited text; `map` when the words moved in a way a word diff cannot follow (a paragraph moved): old → new offset. */
export interface Edited {
  readonly text: string;
  readonly map?: (offset: number) => number;
}

export interface EditKind {
  readonly name: string;
  /** Undefined when the edit changes nothing in this text. */
  readonly apply: (text: string) => Edited | undefined;
  /** The text as it stood before the edit, when the edit undoes another (CRLF → LF on a text given CRLF first). */
  readonly from?: (text: string) => Edited | undefined;
}

const CJK = /[\u3400-\u9fff]/;
const chinese = (text: string): boolean => CJK.test(text);

/** Lines that are layout a re-wrap must not touch: headings, tables, timing lines, cue numbers, fences, list items. */
const structural = (line: string): boolean => /^\s*(?:#|\||```|:::|[-*+] |\d+[.)] |\d+\s*$|>)/.test(line) || line.includes('-->');

/**
 * Lines longer than `width` broken at the last space before it (in Chinese, every `width` characters, inside a Latin
 * word too). `map` says where each character went: a Chinese line's breaks are inserted, so a word diff of the folded
 * texts would take `Raspb` + `erry` for other words than `Raspberry`.
 */
function wrapNarrower(text: string): Edited | undefined {
  const width = chinese(text) ? 24 : 56;
  /** Old offsets before which a line break was inserted (a space replaced by one moves nothing). */
  const inserted: number[] = [];
  let lineStart = 0;
  const lines = text.split('\n').map((line) => {
    const start = lineStart;
    lineStart += line.length + 1;
    if (structural(line) || line.length <= width) return line;
    const pieces: string[] = [];
    let rest = line;
    let restStart = start;
    while (rest.length > width) {
      if (CJK.test(rest.slice(0, width))) {
        pieces.push(rest.slice(0, width));
        rest = rest.slice(width);
        restStart += width;
        inserted.push(restStart);
        continue;
      }
      const at = rest.lastIndexOf(' ', width);
      if (at <= 0) break;
      pieces.push(rest.slice(0, at));
      rest = rest.slice(at + 1);
      restStart += at + 1;
    }
    return [...pieces, rest].join('\n');
  });
  const edited = changed(text, lines.join('\n'));
  const shift = (offset: number): number => {
    let count = 0;
    while (count < inserted.length && inserted[count]! <= offset) count++;
    return offset + count;
  };
  return edited && { text: edited.text, map: shift };
}

/** Each paragraph's lines joined into one (a space between Latin words, nothing between Chinese characters). */
function unwrap(text: string): Edited | undefined {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    // A speaker's label starts a new line (`Name:`, `[Speaker 1]`, `**Name:**`).
    const label = /^\s*(?:\*\*|\[)?[\p{L}][\p{L}\d .'-]{0,30}(?:\]|:|：|\*\*)/u.test(line);
    if (last && last.trim() && line.trim() && !structural(last) && !structural(line) && !label) {
      const glue = CJK.test(last.slice(-1)) || CJK.test(line.trimStart()[0] ?? '') ? '' : ' ';
      out[out.length - 1] = last.replace(/\s+$/, '') + glue + line.trimStart();
    } else out.push(line);
  }
  return changed(text, out.join('\n'));
}

const FULL: Record<string, string> = { ',': '，', ':': '：', '?': '？', '!': '！', ';': '；', '(': '（', ')': '）' };
const HALF: Record<string, string> = Object.fromEntries([...Object.entries(FULL).map(([h, f]): [string, string] => [f, h]), ['。', '.'], ['、', ',']]);

/** Half-width `, : ? ! ; ( )` as full-width (not between digits: `00:01`, `1,000`), the space after them dropped. */
function toFullWidth(text: string): Edited | undefined {
  return changed(text, text.replace(/([,:?!;()])( ?)/g, (all, mark: string, space: string, at: number) => {
    if (/\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) return all;
    // Not in a link or a URL.
    if (mark === ':' && text[at + 1] === '/') return all;
    return FULL[mark]! + (space && /\s/.test(text[at + 2] ?? '') ? space : '');
  }));
}

/** Full-width punctuation as half-width, a space after it before Latin text. */
function toHalfWidth(text: string): Edited | undefined {
  return changed(text, text.replace(/[，：？！；（）。、]/g, (mark, at: number) => {
    const next = text[at + 1] ?? '';
    return HALF[mark]! + (/[A-Za-z0-9]/.test(next) && mark !== '（' ? ' ' : '');
  }));
}

/** Straight quotes curled as a word processor does: opening after a space or a line's start, apostrophes as `’`. */
function curlQuotes(text: string): Edited | undefined {
  return changed(text, text.replace(/["']/g, (mark, at: number) => {
    const opening = at === 0 || /[\s([{—-]/.test(text[at - 1]!);
    if (mark === '"') return opening ? '“' : '”';
    return opening ? '‘' : '’';
  }));
}

function straightenQuotes(text: string): Edited | undefined {
  return changed(text, text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"));
}

/** `--` as an em dash (a space around it dropped, as smart punctuation does), and back. */
function toEmDash(text: string): Edited | undefined {
  return changed(text, text.replace(/ ?--(?!>) ?/g, (all, at: number) => (text[at + all.length] === '-' || text[at - 1] === '-' ? all : '—')));
}

function toDoubleHyphen(text: string): Edited | undefined {
  return changed(text, text.replace(/—/g, ' -- '));
}

/** Runs of spaces and tabs as one space, trailing ones and indentation dropped. */
function collapseSpaces(text: string): Edited | undefined {
  return changed(text, text.replace(/[ \t]+/g, ' ').replace(/^ | $/gm, ''));
}

/** Two trailing spaces on every line (Markdown's hard break), tabs for double spaces and indentation. */
function tabsAndTrailing(text: string): Edited | undefined {
  return changed(text, text.replace(/ {2,}/g, '\t').replace(/([^\n])$/gm, '$1  '));
}

function toCrlf(text: string): Edited | undefined {
  return changed(text, text.replace(/\r?\n/g, '\r\n'));
}

function toLf(text: string): Edited | undefined {
  return changed(text, text.replace(/\r\n/g, '\n'));
}

/**
 * `**Name:**` for plain speaker labels, `**Name**` around every second name (a capitalised word inside a sentence),
 * wherever it stands inside a sentence, as a user bolds a name throughout; in Chinese, every third 「term」 or the two
 * characters before every fifth `，`.
 */
function emphasis(text: string): Edited | undefined {
  let count = 0;
  let out = text.replace(/^([\p{Lu}][\p{L}.' -]{0,30}?):(?= )/gmu, '**$1:**');
  const names = new Map<string, boolean>();
  out = out.replace(/(?<=[\p{Ll},] )(\p{Lu}\p{Ll}{2,})(?=[\s,.])/gu, (name: string) => {
    if (!names.has(name)) names.set(name, names.size % 2 === 0);
    return names.get(name) ? `**${name}**` : name;
  });
  if (chinese(text)) {
    out = out.replace(/「([^」\n]{1,12})」/g, (all, term: string) => (count++ % 3 ? all : `「**${term}**」`));
    out = out.replace(/([\u3400-\u9fff]{2})(?=[，,])/g, (pair: string) => (count++ % 5 ? pair : `**${pair}**`));
  }
  return changed(text, out);
}

/** Every timecode shifted by 2.5 s (as written: `00:01:02,500`, `[05:47]`, `(1:02:03)`), every cue number plus one. */
function retime(text: string): Edited | undefined {
  const shifted = text.replace(/\b(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:([,.])(\d{3}))?\b/g, (_match, h: string | undefined, m: string, s: string, sep: string | undefined, ms: string | undefined) => {
    let total = ((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms ?? 0) + 2500;
    if (!ms) total = Math.round(total / 1000) * 1000 + 1000;
    const hours = Math.floor(total / 3_600_000);
    const minutes = Math.floor(total / 60_000) % 60;
    const seconds = Math.floor(total / 1000) % 60;
    const two = (n: number): string => String(n).padStart(2, '0');
    const head = h !== undefined ? `${h.length === 1 ? hours : two(hours)}:${two(minutes)}` : hours ? `${hours}:${two(minutes)}` : m.length === 1 ? String(minutes) : two(minutes);
    return `${head}:${two(seconds)}${sep && ms ? sep + String(total % 1000).padStart(3, '0') : ''}`;
  });
  const renumbered = shifted.replace(/^(\d+)(\r?\n[^\n]*-->)/gm, (_, n: string, rest: string) => `${Number(n) + 1}${rest}`);
  return changed(text, renumbered);
}

/** The speaker named most often at a line's start renamed everywhere. */
function renameSpeaker(text: string): Edited | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/^(?:\*\*|\[)?([\p{Lu}\p{Lo}][\p{L}\d.' ]{0,30}?)(?:\*\*)?(?:[:：\]]|\*\*:)/gmu)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  // An Advanced SubStation file's `Dialogue:` and `Format:` lines name no speaker.
  for (const key of ['Dialogue', 'Comment', 'Format', 'Style']) counts.delete(key);
  const [name, times] = [...counts].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  if (times < 3) return undefined;
  const other = CJK.test(name) ? '司徒敏' : 'Morgan Avery';
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return changed(text, text.replace(new RegExp(CJK.test(name) ? escaped : `\\b${escaped}\\b`, 'g'), other));
}

/** Paragraphs (blocks between blank lines, or lines when there are few blocks), with their offsets. */
function paragraphs(text: string): { start: number; end: number }[] {
  const blocks = [...text.matchAll(/[^\n]+(?:\n[^\n]+)*\n*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (blocks.length >= 8) return blocks;
  return [...text.matchAll(/[^\n]*\n|[^\n]+$/g)].filter((m) => m[0].trim()).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The paragraph a third of the way in moved to two thirds of the way (whole paragraphs, their line ends with them). */
function moveParagraph(text: string): Edited | undefined {
  const list = paragraphs(text);
  if (list.length < 6) return undefined;
  const moved = list[Math.floor(list.length / 3)]!;
  const before = list[Math.floor((2 * list.length) / 3)]!;
  const size = moved.end - moved.start;
  const over = before.start - moved.end;
  const edited = text.slice(0, moved.start) + text.slice(moved.end, before.start) + text.slice(moved.start, moved.end) + text.slice(before.start);
  const map = (o: number): number => (o < moved.start || o >= before.start ? o : o < moved.end ? o + over : o - size);
  return { text: edited, map };
}

/** The paragraph two fifths of the way in pasted again four fifths of the way in. */
function duplicateParagraph(text: string): Edited | undefined {
  const list = paragraphs(text);
  if (list.length < 6) return undefined;
  const copied = list[Math.floor((2 * list.length) / 5)]!;
  const at = list[Math.floor((4 * list.length) / 5)]!.start;
  return changed(text, text.slice(0, at) + text.slice(copied.start, copied.end) + text.slice(at));
}


// ------------------------------------------------------------------------------------------ session 37's kinds

const TIMING = /^(\d{1,2}:\d{2}:\d{2})[,.](\d{3})( --> )(\d{1,2}:\d{2}:\d{2})[,.](\d{3})/;

/** An `.srt` as `.vtt`, as converters write it: a `WEBVTT` header, `.` before milliseconds, cue numbers kept. */
function srtToVtt(text: string): Edited | undefined {
  if (/^WEBVTT/.test(text) || !/^\d{1,2}:\d{2}:\d{2},\d{3} --> /m.test(text)) return undefined;
  const body = text.split('\n').map((line) => line.replace(TIMING, '$1.$2$3$4.$5')).join('\n');
  return changed(text, `WEBVTT\n\n${body}`);
}

/** A `.vtt` as `.srt`: header and NOTE blocks dropped, `,` before milliseconds, every cue numbered. */
function vttToSrt(text: string): Edited | undefined {
  if (!/^WEBVTT/.test(text)) return undefined;
  const blocks = text.split(/\n\s*\n/);
  let cue = 0;
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => line.includes('-->'));
    if (timing < 0) continue;
    const cueLines = lines.slice(timing).map((line, k) => (k === 0 ? line.replace(/(\d{2}:\d{2})\.(\d{3})/g, '$1,$2').replace(/^(\d{2}:\d{2}[,.]\d{3})/, '00:$1').replace(/(--> )(\d{2}:\d{2},\d{3})/, '$100:$2').replace(/ (?:align|line|position|size|region):\S+/g, '') : line));
    out.push(`${++cue}\n${cueLines.join('\n')}`);
  }
  return changed(text, `${out.join('\n\n')}\n`);
}

/** Whether a line is speech a user would edit: not blank, not layout, not a subtitle's header or number. */
const speechLine = (line: string): boolean => line.trim() !== '' && !structural(line) && !/^(?:WEBVTT|NOTE|Kind:|Language:|\[Script Info\]|Dialogue:|Format:|Style:)/.test(line);

/** Every fourth paragraph of several sentences split in two after its middle sentence (a blank line between). */
function splitParagraphs(text: string): Edited | undefined {
  let count = 0;
  return changed(text, text.replace(/^[^\n]+$/gm, (line) => {
    if (!speechLine(line)) return line;
    const ends = [...line.matchAll(/[.!?。！？](?:["'”’」』)])* ?(?=\S)/g)];
    if (ends.length < 2 || count++ % 4) return line;
    const cut = ends[Math.floor(ends.length / 2)]!;
    const at = cut.index + cut[0].length;
    return `${line.slice(0, at).trimEnd()}\n\n${line.slice(at)}`;
  }));
}

/** Every fourth pair of neighbouring paragraphs (speech, a blank line between) joined into one. */
function joinParagraphs(text: string): Edited | undefined {
  let count = 0;
  return changed(text, text.replace(/([^\n]+)\n[ \t]*\n([^\n]+)/g, (all, first: string, second: string) => {
    if (!speechLine(first) || !speechLine(second) || /-->/.test(first + second) || count++ % 4) return all;
    const glue = CJK.test(first.slice(-1)) || CJK.test(second[0] ?? '') ? '' : ' ';
    return first.trimEnd() + glue + second.trimStart();
  }));
}

/** `[hh:mm:ss] ` before every line of speech, a minute apart, as a transcription tool exports it. */
function addTimestamps(text: string): Edited | undefined {
  let seconds = 0;
  return changed(text, text.replace(/^[^\n]+$/gm, (line) => {
    if (!speechLine(line) || line.includes('-->')) return line;
    seconds += 37;
    const two = (n: number): string => String(n).padStart(2, '0');
    return `[${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}] ${line}`;
  }));
}

function removeTimestamps(text: string): Edited | undefined {
  return changed(text, text.replace(/^\[\d{2}:\d{2}:\d{2}\] /gm, ''));
}

/** `Name:` at a line's start wrapped as `**Name:**` (labels only). */
function wrapLabels(text: string): Edited | undefined {
  return changed(text, text.replace(/^([\p{Lu}\p{Lo}][\p{L}\d.' -]{0,30}?)([:：])(?=[ \p{Lo}])/gmu, '**$1$2**'));
}

/** A speaker's label added before every paragraph of speech that has none, two speakers taking turns. */
function addLabels(text: string): Edited | undefined {
  let count = 0;
  const hasLabel = /^\s*(?:\*\*|\[)?[\p{L}][\p{L}\d .'-]{0,30}(?:\]|:|：|\*\*)/u;
  return changed(text, text.replace(/(^|\n[ \t]*\n)([^\n]+)/g, (all, gap: string, line: string) => {
    if (!speechLine(line) || hasLabel.test(line) || line.includes('-->') || /^\d+$/.test(line.trim())) return all;
    const name = CJK.test(line) ? (count++ % 2 ? '主持人：' : '嘉宾：') : count++ % 2 ? 'Host: ' : 'Guest: ';
    return `${gap}${name}${line}`;
  }));
}

const CORRECTIONS: Record<string, string> = { 的: '得', 在: '再', 做: '作', 那: '哪', 已: '以', 像: '向' };

/**
 * A machine transcript corrected: in every third line of speech one word a human fixes (English: a doubled letter
 * undone, `alot` split, `there` ↔ `their`; Chinese: a homophone swapped), as the corrected version differs from the tagged one.
 */
function correctWord(text: string): Edited | undefined {
  let count = 0;
  return changed(text, text.replace(/^[^\n]+$/gm, (line) => {
    if (!speechLine(line) || line.includes('-->') || count++ % 3) return line;
    if (CJK.test(line)) {
      const at = [...line.matchAll(/[的在做那已像]/g)];
      const pick = at[Math.floor(at.length / 2)];
      return pick ? line.slice(0, pick.index) + CORRECTIONS[pick[0]]! + line.slice(pick.index + 1) : line;
    }
    const words = [...line.matchAll(/\b\p{Ll}{5,}\b/gu)];
    const pick = words[Math.floor(words.length / 2)];
    if (!pick) return line;
    // The recogniser's slip, undone: a letter dropped from the middle of the word.
    const mid = Math.floor(pick[0].length / 2);
    return line.slice(0, pick.index) + pick[0].slice(0, mid) + pick[0].slice(mid + 1) + line.slice(pick.index + pick[0].length);
  }));
}

/** A Markdown export: `# Title` on top, a `## Section n` heading (and a blank line) before every sixth paragraph. */
function markdownExport(text: string): Edited | undefined {
  let count = 0;
  const chineseText = chinese(text);
  const body = text.replace(/(^|\n[ \t]*\n)(?=[^\n])/g, (gap: string) => {
    if (count++ % 6 !== 5) return gap;
    const heading = chineseText ? `## 第${Math.ceil(count / 6)}部分` : `## Section ${Math.ceil(count / 6)}`;
    return `${gap}${heading}\n\n`;
  });
  return changed(text, `# ${chineseText ? '会议记录' : 'Transcript'}\n\n${body}`);
}

/** A sentence inserted after the first sentence of every third line of several sentences. */
function insertSentence(text: string): Edited | undefined {
  let count = 0;
  return changed(text, text.replace(/^[^\n]+$/gm, (line) => {
    if (!speechLine(line)) return line;
    const first = /[.!?。！？](?:["'”’」』)])* ?(?=\S)/.exec(line);
    if (!first || count++ % 3) return line;
    const at = first.index + first[0].length;
    const added = CJK.test(line) ? '这一点后来也得到了证实。' : 'That was confirmed later. ';
    return line.slice(0, at) + added + line.slice(at);
  }));
}

/** Windows smart punctuation: `...` as `…` (and back: `…` as `...`). */
function toEllipsis(text: string): Edited | undefined {
  return changed(text, text.replace(/\.\.\./g, '…'));
}

function fromEllipsis(text: string): Edited | undefined {
  return changed(text, text.replace(/…/g, '...'));
}

/** Digits as full-width digits (`２０２４`), as a Chinese input method types them; and back. */
function toFullWidthDigits(text: string): Edited | undefined {
  return changed(text, text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
}

function toHalfWidthDigits(text: string): Edited | undefined {
  return changed(text, text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

const s2hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const hk2s = OpenCC.Converter({ from: 'hk', to: 'cn' });
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });

const s2twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
const tw2sp = OpenCC.Converter({ from: 'twp', to: 'cn' });

/** An opencc conversion of a Chinese text (undefined for other texts or when nothing changes). */
function convertedChinese(convert: (text: string) => string): (text: string) => Edited | undefined {
  return (text) => (chinese(text) ? changed(text, convert(text)) : undefined);
}

export const EDIT_KINDS: readonly EditKind[] = [
  { name: 'wrap narrower', apply: wrapNarrower },
  { name: 'unwrap paragraphs', apply: unwrap },
  { name: 'punctuation → full-width', apply: toFullWidth },
  { name: 'punctuation → half-width', apply: toHalfWidth, from: toFullWidth },
  { name: 'quotes curled', apply: curlQuotes },
  { name: 'quotes straightened', apply: straightenQuotes, from: curlQuotes },
  { name: '-- → —', apply: toEmDash, from: toDoubleHyphen },
  { name: '— → --', apply: toDoubleHyphen },
  { name: 'spaces collapsed', apply: collapseSpaces },
  { name: 'tabs, trailing spaces', apply: tabsAndTrailing },
  { name: 'LF → CRLF', apply: toCrlf },
  { name: 'CRLF → LF', apply: toLf, from: toCrlf },
  { name: '**emphasis** added', apply: emphasis },
  { name: 're-timed, re-numbered', apply: retime },
  { name: 'speaker renamed', apply: renameSpeaker },
  { name: 'paragraph moved', apply: moveParagraph },
  { name: 'paragraph duplicated', apply: duplicateParagraph },
  { name: 'opencc s2twp', apply: convertedChinese(s2twp) },
  { name: 'opencc tw2sp', apply: (text) => changed(text, tw2sp(text)), from: convertedChinese(s2twp) },
  { name: '.srt → .vtt', apply: srtToVtt },
  { name: '.vtt → .srt', apply: vttToSrt },
  { name: 'opencc s2hk', apply: convertedChinese(s2hk) },
  { name: 'opencc hk2s', apply: (text) => changed(text, hk2s(text)), from: convertedChinese(s2hk) },
  { name: 'opencc s2t', apply: convertedChinese(s2t) },
  { name: 'opencc t2s', apply: (text) => changed(text, t2s(text)), from: convertedChinese(s2t) },
  { name: 'paragraph split in two', apply: splitParagraphs },
  { name: 'paragraphs joined', apply: joinParagraphs },
  { name: '[hh:mm:ss] added', apply: addTimestamps },
  { name: '[hh:mm:ss] removed', apply: removeTimestamps, from: addTimestamps },
  { name: 'labels wrapped **Name:**', apply: wrapLabels },
  { name: 'labels added', apply: addLabels },
  { name: 'a word corrected', apply: correctWord },
  { name: 'Markdown export (# headings)', apply: markdownExport },
  { name: 'a sentence inserted', apply: insertSentence },
  { name: '... → …', apply: toEllipsis },
  { name: '… → ...', apply: fromEllipsis },
  { name: 'digits → full-width', apply: toFullWidthDigits },
  { name: 'digits → half-width', apply: toHalfWidthDigits, from: toFullWidthDigits },
];

function changed(before: string, after: string): Edited | undefined {
  return after === before ? undefined : { text: after };
}
