import TSCharacters from 'opencc-js/dict/TSCharacters';

// A character-level Traditional→Simplified fold from opencc's TSCharacters: a table lookup per character
// instead of a trie walk, about ten times cheaper. It maps one BMP character to one BMP character only,
// so the result keeps the input's length and offsets. Phrase entries (TSPhrases: 乾隆, 著作…) are not
// applied here (they never change a cue word); foldToSimplified (fold.ts) adds them on top of this table.

let foldTable: Uint16Array | undefined;
let foldLowerTable: Uint16Array | undefined;

export function foldTables(): { fold: Uint16Array; foldLower: Uint16Array } {
  if (!foldTable || !foldLowerTable) {
    const fold = new Uint16Array(0x10000);
    for (const entry of TSCharacters.split('|')) {
      const space = entry.indexOf(' ');
      if (space !== 1 || entry.length !== 3) continue; // entries with a surrogate pair on either side
      fold[entry.charCodeAt(0)] = entry.charCodeAt(2);
    }
    const foldLower = fold.slice();
    for (let code = 65; code <= 90; code++) foldLower[code] = code + 32;
    // Typographic apostrophes match the ASCII one in cue words (`I’ll`, `we’re`).
    foldLower[0x2019] = 39;
    foldLower[0x2018] = 39;
    // Hong Kong and Taiwan government texts write the zero of Chinese numerals as a white circle
    // (`二○二三年`, `一○一年`): it reads as the ideographic zero 〇 in figures.
    foldLower[0x25cb] = 0x3007;
    foldTable = fold;
    foldLowerTable = foldLower;
  }
  return { fold: foldTable, foldLower: foldLowerTable };
}

let utf16: TextDecoder | undefined;

function mapChars(text: string, table: Uint16Array): string {
  let i = 0;
  while (i < text.length && !table[text.charCodeAt(i)]) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    codes[j] = table[code] || code;
  }
  // Decoding the code units natively is much faster than String.fromCharCode over chunks. ignoreBOM keeps
  // a leading U+FEFF (a stray BOM in a line): dropping it would shift every offset after it.
  utf16 ??= new TextDecoder('utf-16le', { ignoreBOM: true });
  return utf16.decode(new Uint8Array(codes.buffer));
}

/** Traditional→Simplified by character; same length as `text`. For quoting cues in reasons. */
export function foldChars(text: string): string {
  return mapChars(text, foldTables().fold);
}

/** Traditional→Simplified by character and ASCII lower case; same length as `text`. The form cue words are matched in. */
export function matchingKey(text: string): string {
  return mapChars(text, foldTables().foldLower);
}
