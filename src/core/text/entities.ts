import { OffsetMap } from './offsetMap';

/** Text with HTML character references decoded, and the map back to the text as written. */
export interface DecodedEntities {
  readonly text: string;
  /** Source (as written) ↔ target (decoded) offsets. Identity when nothing was decoded. */
  readonly map: OffsetMap;
}

/** The named references that turn up in text copied from web pages. Others stay as written. */
const NAMED = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwsp', '\u200b'], ['shy', '\u00ad'],
  ['mdash', '—'], ['ndash', '–'], ['hellip', '…'], ['middot', '·'], ['bull', '•'],
  ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'], ['laquo', '«'], ['raquo', '»'],
  ['copy', '©'], ['reg', '®'], ['trade', '™'], ['deg', '°'], ['times', '×'], ['divide', '÷'],
  ['euro', '€'], ['pound', '£'], ['yen', '¥'], ['cent', '¢'], ['sect', '§'], ['para', '¶'],
]);

/** `&name;`, `&#39;`, `&#x27;`: only complete references (with the semicolon), bounded in length. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

/**
 * Decodes HTML character references for analysis. Unknown names and invalid code points (NUL,
 * surrogates, past U+10FFFF) stay as written, so decoding never invents text. Linear in the length.
 */
export function decodeHtmlEntities(text: string): DecodedEntities {
  const map = new OffsetMap();
  if (text.indexOf('&') < 0) return { text, map };
  let out = '';
  let copiedTo = 0;
  REFERENCE.lastIndex = 0;
  for (let match = REFERENCE.exec(text); match; match = REFERENCE.exec(text)) {
    const replacement = referenceText(match[1], match[2], match[3]);
    if (replacement === null) continue;
    out += text.slice(copiedTo, match.index);
    const targetStart = out.length;
    out += replacement;
    map.add(match.index, match.index + match[0].length, targetStart, out.length);
    copiedTo = match.index + match[0].length;
  }
  if (copiedTo === 0) return { text, map };
  out += text.slice(copiedTo);
  return { text: out, map };
}

function referenceText(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED.get(name) ?? NAMED.get(name.toLowerCase()) ?? null;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}
