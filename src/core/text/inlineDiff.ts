export type DiffPart = { readonly type: 'same' | 'removed' | 'added'; readonly text: string };

/** Above this many cells the middle is shown as replaced whole instead of diffed character by character. */
const MAX_CELLS = 250_000;

/**
 * What changed from `before` to `after`, character by character: the common start and end kept, the middle
 * diffed by longest common subsequence. Adjacent parts of one type are merged.
 */
export function inlineDiff(before: string, after: string): DiffPart[] {
  // By code point, so a character outside the BMP is never split between two parts.
  const x = Array.from(before);
  const y = Array.from(after);
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  const a = x.slice(prefix, x.length - suffix);
  const b = y.slice(prefix, y.length - suffix);
  const parts: DiffPart[] = [];
  const push = (type: DiffPart['type'], text: string): void => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.type === type) parts[parts.length - 1] = { type, text: last.text + text };
    else parts.push({ type, text });
  };
  push('same', x.slice(0, prefix).join(''));
  if (a.length * b.length > MAX_CELLS) {
    push('removed', a.join(''));
    push('added', b.join(''));
  } else {
    // lengths[i * width + j]: the longest common subsequence of a[i..] and b[j..].
    const width = b.length + 1;
    const lengths = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        push('same', a[i]!);
        i++;
        j++;
      } else if (i < a.length && (j === b.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
        push('removed', a[i]!);
        i++;
      } else {
        push('added', b[j]!);
        j++;
      }
    }
  }
  push('same', x.slice(x.length - suffix).join(''));
  return readable(parts);
}

/** A kept stretch this short between two changes reads better as part of them (`十五`→`二十`, not `+二 十 −五`). */
const SHORT_SAME = 2;

/** Folds short kept stretches between changes into them, and lists each change's removed text before its added text. */
function readable(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed) result.push({ type: 'removed', text: removed });
    if (added) result.push({ type: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((part, index) => {
    const inside = index > 0 && index < parts.length - 1;
    if (part.type === 'removed') removed += part.text;
    else if (part.type === 'added') added += part.text;
    else if (inside && (removed || added) && Array.from(part.text).length <= SHORT_SAME) {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      result.push(part);
    }
  });
  flush();
  return result;
}

/**
 * A short form of a diff for a hover: unchanged stretches longer than `context` characters on each side of
 * a change are cut to that many, with `…` where text was left out.
 */
export function shortenDiff(parts: readonly DiffPart[], context = 12): DiffPart[] {
  return parts.map((part, index) => {
    const chars = Array.from(part.text);
    if (part.type !== 'same' || chars.length <= 2 * context + 1) return part;
    const head = chars.slice(0, context).join('');
    const tail = chars.slice(-context).join('');
    const first = index === 0;
    const last = index === parts.length - 1;
    if (first && last) return part;
    if (first) return { type: 'same', text: `…${tail}` };
    if (last) return { type: 'same', text: `${head}…` };
    return { type: 'same', text: `${head}…${tail}` };
  });
}
