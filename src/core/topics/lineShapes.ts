// Cheap per-line shapes for the outline. Every function takes a short prefix of the line.

/** `## Title ##` → level 2 and the title's bounds in `text`. */
/** A heading's trailing attribute block in Pandoc Markdown: `{#id}`, `{.class}`, `{#id .class key=value}`. */
const PANDOC_ATTRIBUTES = /[ \t]+\{[#.][^{}]{0,200}\}[ \t]*$/;

export function parseAtxHeading(text: string): { level: number; titleStart: number; titleEnd: number } | null {
  const match = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(text);
  if (!match) return null;
  let end = text.length;
  const closing = /[ \t]+#+[ \t]*$/.exec(text);
  if (closing && closing.index >= match[0].length) end = closing.index;
  // `# An error occurred. {#an-error-occurred. .message}`: Pandoc's attributes name the element, not the section.
  const attributes = PANDOC_ATTRIBUTES.exec(text.slice(match[0].length, end));
  if (attributes) end = match[0].length + attributes.index;
  while (end > match[0].length && /\s/.test(text[end - 1]!)) end--;
  return { level: match[1]!.length, titleStart: match[0].length, titleEnd: end };
}

/** `***`, `---`, `___`, `* * *`, `———`, `＊＊＊`: a horizontal rule or section break. */
export function isRule(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3) return false;
  const mark = trimmed[0]!;
  if (!'-*_=~—─━＊•·'.includes(mark)) return false;
  let count = 0;
  for (const ch of trimmed) {
    if (ch === mark) count++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return count >= 3;
}

/** A setext underline (`===` / `---`) and the heading level it gives the line above. */
export function setextLevel(text: string): number {
  const trimmed = text.trim();
  if (/^=+$/.test(trimmed)) return 1;
  if (/^-+$/.test(trimmed)) return 2;
  return 0;
}

/** `- item`, `* item`, `• item`, `1. item`, `一、item`: where the item's text starts, or -1. */
export function listItemContentStart(text: string): number {
  const match = /^[ \t]{0,8}(?:[-*+•·‧●○■□▪◆◇]|\d{1,3}[.)、]|[一二三四五六七八九十]{1,3}、)[ \t]*/.exec(text);
  if (!match) return -1;
  // `-` and `*` need a space after them, so `-5%` and `*emphasis*` are not items.
  const marker = match[0].trim();
  if ((marker === '-' || marker === '*' || marker === '+') && !/[ \t]$/.test(match[0])) return -1;
  return match[0].length < text.length ? match[0].length : -1;
}

export function isFence(text: string): boolean {
  return /^ {0,3}(?:```|~~~)/.test(text);
}
