/** Length of the substrings the filter records: long enough that an edited quote's damaged ones are rare elsewhere. */
const GRAM = 5;

/**
 * A one-sided test for "does this quote occur anywhere in the text?", built in one pass: every
 * 5-unit substring of the text sets one bit of a hashed bit set. A quote with a substring whose bit is
 * clear cannot occur; the answer "maybe" is then checked by an actual search. It spares the whole-text
 * scan for most edited quotes, which no longer occur anywhere.
 */
export class GramFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(readonly text: string) {
    let size = 1 << 12;
    while (size < text.length * 16 && size < 1 << 26) size <<= 1;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
    for (let i = 0; i + GRAM <= text.length; i++) {
      const h = gramHash(text, i) & this.mask;
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** False only when `quote` certainly does not occur in the text. */
  mayContain(quote: string): boolean {
    if (quote.length < GRAM) return true;
    for (let i = 0; i + GRAM <= quote.length; i++) {
      const h = gramHash(quote, i) & this.mask;
      if ((this.bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}

function gramHash(text: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ text.charCodeAt(at + k), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
