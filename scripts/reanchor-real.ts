// `node scripts/build.mjs --reanchor-real && node out/reanchor-real/reanchor-real.js [FOLDER] [--every N] [--short] [--kinds [--texts F,F] [--kind WORDS]] [--only NAME] [--verbose [all]]`:
// tags re-found after real revisions. FOLDER holds one folder a pair, each with `old.*` and `new.*` (two versions of one
// real transcript); without FOLDER, the pairs kept in test/fixtures/revisions (see its SOURCES.md). Tags go on every Nth sentence of the old version (whole sentences, a few words out of others, and
// every heading; with --short, one name or figure of every Nth sentence), are re-anchored in the new version by the product's own Reanchorer.anchorAll, and each outcome is
// judged against the truth from a word-by-word diff of old → new (see `judge`). Every pair is also tried reversed, and
// pairs with Chinese text across opencc-js conversions (either version to Taiwan's or Hong Kong's standard). Prints one
// row a pair and the total; --verbose lists every miss and every wrong placement, --verbose all every inexact one too.
import * as OpenCC from 'opencc-js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { foldForAnchoring } from '../src/core/anchoring/anchoringFold';
import type { AnchorResult } from '../src/core/anchoring/model';
import { Reanchorer } from '../src/core/anchoring/reanchor';
import { quoteTarget } from '../src/core/anchoring/target';
import { foldToSimplified, type FoldedText } from '../src/core/text/fold';
import { EDIT_KINDS } from './editKinds';
import type { Span } from '../src/core/text/positions';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The revision pairs kept in the repository (out/reanchor-real/ is two levels below its root). */
const KEPT_PAIRS = join(__dirname, '..', '..', 'test', 'fixtures', 'revisions');
// The first argument is the folder unless it is an option (`--short`, …) or absent.
const folder = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : KEPT_PAIRS;
const every = Number(option('every') ?? 3);
const only = option('only');
/** --verbose: every miss and wrong placement; --verbose all: every placement not exactly on the kept text too. */
const verbose = process.argv.includes('--verbose') && (option('verbose') === 'all' ? 'all' : true);

// ------------------------------------------------------------------------------------------ tags

/** Sentences (ending at . ! ? 。 ！ ？ or a line end, closing quotes kept) and headings of the old text. */
function sentences(text: string): { span: Span; heading: boolean }[] {
  const found: { span: Span; heading: boolean }[] = [];
  const lines = /[^\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const heading = /^\s*#{1,6}\s+(\S.*?)\s*$/.exec(line[0]);
    if (heading) {
      const start = line.index + line[0].indexOf(heading[1]!);
      found.push({ span: { start, end: start + heading[1]!.length }, heading: true });
      continue;
    }
    const pieces = /[^.!?。！？\s][^.!?。！？]*(?:[.!?。！？]+["'”’」』)]*)?/g;
    // An Advanced SubStation event's fields before its text (`Dialogue: 0,0:00:16.50,…,,`) are timing, not speech.
    pieces.lastIndex = /^(?:Dialogue|Comment):(?:[^,\n]*,){9}/.exec(line[0])?.[0].length ?? 0;
    for (let piece = pieces.exec(line[0]); piece; piece = pieces.exec(line[0])) {
      const trimmed = piece[0].replace(/\s+$/, '');
      if (trimmed.length >= 4) found.push({ span: { start: line.index + piece.index, end: line.index + piece.index + trimmed.length }, heading: false });
    }
  }
  return found;
}

/** A few words (or 5 Chinese characters) from the middle of a sentence: the short tags. */
function fewWords(text: string, span: Span): Span | undefined {
  const sentence = text.slice(span.start, span.end);
  if (/[\u3400-\u9fff]/.test(sentence)) {
    if (sentence.length < 12) return undefined;
    const start = span.start + Math.floor((sentence.length - 5) / 2);
    const piece = text.slice(start, start + 5);
    return { start: start + piece.length - piece.trimStart().length, end: start + piece.trimEnd().length };
  }
  const words = [...sentence.matchAll(/\S+/g)];
  if (words.length < 6) return undefined;
  const first = Math.floor(words.length / 2) - 1;
  const last = words[first + 2]!;
  return { start: span.start + words[first]!.index, end: span.start + last.index + last[0].length };
}

/**
 * `--short`: one name or figure of the sentence (a capitalised word not first, a token with a digit, else its longest
 * word; in Chinese a figure with the character before it, else 3 characters from the middle): the short tags users
 * put on names and figures, which must survive edits to their neighbours.
 */
function namesAndFigures(text: string, span: Span): Span | undefined {
  const sentence = text.slice(span.start, span.end);
  const at = (m: RegExpExecArray | RegExpMatchArray | null | undefined): Span | undefined => (m && m.index !== undefined ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : undefined);
  if (/[\u3400-\u9fff]/.test(sentence)) {
    const figure = /[\u3400-\u9fff] ?[\d][\d.,]*%?/.exec(sentence);
    if (figure) return at(figure);
    if (sentence.length < 6) return undefined;
    const start = span.start + Math.floor((sentence.length - 3) / 2);
    return /^[\u3400-\u9fff]{3}$/.test(text.slice(start, start + 3)) ? { start, end: start + 3 } : undefined;
  }
  const words = [...sentence.matchAll(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*%?/gu)];
  // Timing lines are not speech.
  if (words.length < 4 || sentence.includes('-->')) return undefined;
  // A figure, not a piece of a timecode (`00:01:23`).
  const figure = (w: RegExpMatchArray): boolean => /\d/.test(w[0]) && w[0].length >= 3 && !/[:\d]/.test(sentence[w.index! - 1] ?? '') && !/[:\d]/.test(sentence[w.index! + w[0].length] ?? '');
  const name = words.slice(1).find((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w[0]) || figure(w));
  const longest = words.filter((w) => /\p{L}/u.test(w[0])).reduce<RegExpMatchArray | undefined>((a, b) => (!a || b[0].length > a[0].length ? b : a), undefined);
  return at(name ?? longest);
}

const shortTags = process.argv.includes('--short');

function tagSpans(text: string): { span: Span; kind: 'heading' | 'sentence' | 'words' }[] {
  const tags: { span: Span; kind: 'heading' | 'sentence' | 'words' }[] = [];
  sentences(text).forEach(({ span, heading }, i) => {
    if (shortTags) {
      const piece = heading ? undefined : namesAndFigures(text, span);
      if (piece && i % every === 0) tags.push({ span: piece, kind: 'words' });
      return;
    }
    if (heading) tags.push({ span, kind: 'heading' });
    else if (i % every === 0) tags.push({ span, kind: 'sentence' });
    else if (i % every === 1) {
      const words = fewWords(text, span);
      if (words) tags.push({ span: words, kind: 'words' });
    }
  });
  return tags;
}

// ------------------------------------------------------------------------------------------ truth

/** Words, single Chinese characters, runs of space, and single other characters. */
function tokens(text: string): { text: string; start: number }[] {
  // An apostrophe or hyphen belongs to a word only between letters (`don't`, `co-host`), not as a quote around it.
  return [...text.matchAll(/[\p{L}\p{N}_]+(?:['’-][\p{L}\p{N}_]+)*|\s+|[\s\S]/gu)].flatMap((m) => {
    // A run of letters that holds Chinese characters is split into one token a character.
    if (/[\u3400-\u9fff]/.test(m[0]) && m[0].length > 1) return Array.from(m[0], (c, k) => ({ text: c, start: m.index + k }));
    return [{ text: m[0], start: m.index }];
  });
}

const sameToken = (a: string, b: string): boolean => a === b || (/^\s+$/.test(a) && /^\s+$/.test(b));

/** For each token of `a`, the index of the token of `b` it is kept as (longest common subsequence), or -1. */
function keptTokens(a: readonly string[], b: readonly string[]): Int32Array {
  const kept = new Int32Array(a.length).fill(-1);
  let head = 0;
  while (head < a.length && head < b.length && sameToken(a[head]!, b[head]!)) kept[head] = head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && sameToken(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) {
    kept[a.length - 1 - tail] = b.length - 1 - tail;
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const width = m + 1;
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = sameToken(a[head + i]!, b[head + j]!) ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (sameToken(a[head + i]!, b[head + j]!)) kept[head + i++] = head + j++;
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
  return kept;
}

interface Truth {
  /** Share of the tag's non-space characters kept in the new text. */
  readonly kept: number;
  /** From the first to the last kept character, in the new text; null when nothing is kept. */
  readonly span: Span | null;
  /** Whether every character of the new text's `span` is new (inserted or replacing), none kept from the old. */
  readonly inserted?: (span: Span) => boolean;
}

/**
 * Where each old span's characters went: both texts are folded to Simplified Chinese (a converted script keeps the
 * text), split into tokens and diffed; a token kept whole keeps its characters.
 */
function truths(oldText: string, newText: string, spans: readonly Span[], fold: (text: string) => FoldedText = foldToSimplified): Truth[] {
  const oldFolded = fold(oldText);
  const newFolded = fold(newText);
  const a = tokens(oldFolded.text);
  const b = tokens(newFolded.text);
  const kept = keptTokens(a.map((t) => t.text), b.map((t) => t.text));
  // For each folded old character: its folded new offset, or -1.
  const where = new Int32Array(oldFolded.text.length).fill(-1);
  // For each folded new character: whether an old one was kept as it.
  const keptNew = new Uint8Array(newFolded.text.length);
  a.forEach((token, i) => {
    const to = kept[i]!;
    if (to < 0 || /^\s+$/.test(token.text)) return;
    for (let k = 0; k < token.text.length; k++) {
      where[token.start + k] = b[to]!.start + k;
      keptNew[b[to]!.start + k] = 1;
    }
  });
  const inserted = (span: Span): boolean => {
    for (let k = newFolded.map.toTarget(span.start); k < newFolded.map.toTargetEnd(span.end); k++) if (keptNew[k]) return false;
    return true;
  };
  // Characters the fold drops (layout, emphasis marks) at a span's ends are not the tag's.
  const dropped = (k: number): boolean => newFolded.map.toTarget(k) === newFolded.map.toTarget(k + 1);
  const trimDropped = (span: Span, quote: string): Span => {
    let { start, end } = trimmed(newText, span);
    // Unless the quote has them there too (`**Tim Smith:** Right.`).
    if (!/^[*_]/.test(quote)) while (start < end && dropped(start)) start++;
    if (!/[*_]$/.test(quote)) while (end > start && dropped(end - 1)) end--;
    return { start, end };
  };
  return spans.map((span) => {
    // Digits and punctuation alone (a timecode) are diffed as noise: such a quote survives only where it stands unchanged.
    const quote = oldText.slice(span.start, span.end);
    if (!/\p{L}/u.test(quote)) {
      const at = newText.indexOf(quote);
      return at >= 0 && newText.indexOf(quote, at + 1) < 0 ? { kept: 1, span: { start: at, end: at + quote.length } } : { kept: 0, span: null };
    }
    const from = oldFolded.map.toTarget(span.start);
    const to = oldFolded.map.toTargetEnd(span.end);
    let total = 0;
    let count = 0;
    let first = Infinity;
    let last = -1;
    for (let k = from; k < to; k++) {
      if (/\s/.test(oldFolded.text[k]!)) continue;
      total++;
      const at = where[k]!;
      if (at < 0) continue;
      count++;
      first = Math.min(first, at);
      last = Math.max(last, at + 1);
    }
    // Trimmed: a folded text's span maps back over what the fold dropped before it (a line break, `\r`, `**`).
    const found = last < 0 ? null : trimDropped(newFolded.map.spanToSource({ start: first, end: last }), quote);
    return { kept: total ? count / total : 0, span: found, inserted };
  });
}

/** The truth of an edit known by construction: every character kept, where the map puts it. */
function mappedTruth(span: Span, map: (offset: number) => number): Truth {
  const start = map(span.start);
  return { kept: 1, span: { start, end: map(span.end - 1) + 1 } };
}

// ------------------------------------------------------------------------------------------ judging

type Outcome = 'exact' | 'right' | 'copy' | 'miss' | 'orphanOk' | 'wrong';
type Survival = 'whole' | 'part' | 'gone';

/** Kept wholly: every character; partly: at least a third; below that the tag's text counts as gone. */
function survival(truth: Truth): Survival {
  return truth.kept === 1 ? 'whole' : truth.kept >= 1 / 3 ? 'part' : 'gone';
}

/** Without the spaces at its ends: the truth counts no spaces, so a quote ending in one is still exact. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Without Markdown emphasis marks (`*`, `_`) at its ends. */
function emphasisTrimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[*_]/.test(text[start]!)) start++;
  while (end > start && /[*_]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function overlapShare(a: Span, b: Span): number {
  const common = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union ? common / union : 0;
}

/**
 * exact: placed on the kept text, ends and all; right: placed over it, at least half in common (ends off, or the text
 * partly changed); copy: placed on an identical quote where the diff cannot tell which copy is its own (its text is
 * gone, or its kept characters are spread over repeated caption lines);
 * miss: orphaned though its text (wholly or partly) is still there; orphanOk: orphaned, its text gone; wrong: any other
 * placement.
 */
function judge(result: AnchorResult, truth: Truth, exact: string, newText: string): Outcome {
  const alive = survival(truth) !== 'gone';
  if (result.status === 'orphaned') return alive ? 'miss' : 'orphanOk';
  const span = trimmed(newText, result.span);
  const sameText = foldForAnchoring(newText.slice(span.start, span.end)).text === foldForAnchoring(exact).text;
  // Kept characters spread far wider than the quote: the diff matched them across repeated copies (rolling captions).
  const spread = truth.span !== null && truth.span.end - truth.span.start > 1.5 * exact.length + 8;
  if (truth.span && alive) {
    if (span.start === truth.span.start && span.end === truth.span.end) return 'exact';
    // Markdown emphasis marks at the ends are markup: `**Tim**` for `Tim` is the same placement.
    const bare = (s: Span): string => `${emphasisTrimmed(newText, s).start}-${emphasisTrimmed(newText, s).end}`;
    if (bare(span) === bare(truth.span)) return 'exact';
    if (overlapShare(span, truth.span) >= 0.5) return 'right';
    // Over all it kept and, beyond that, only what replaced the rest (a speaker's new name): its place, ends and all.
    if (truth.inserted && span.start <= truth.span.start && span.end >= truth.span.end && truth.inserted({ start: span.start, end: truth.span.start }) && truth.inserted({ start: truth.span.end, end: span.end })) return 'right';
    // Inside kept text spread over repeated lines (rolling captions), covering at least half the quote's length.
    if (spread && span.start >= truth.span.start && span.end <= truth.span.end && span.end - span.start >= exact.length / 2) return 'right';
    // The same words again elsewhere (a caption line repeated in rolling captions): the diff's pick of copy is arbitrary.
    const truthSameText = foldForAnchoring(newText.slice(truth.span.start, truth.span.end)).text === foldForAnchoring(exact).text;
    return sameText && (spread || truthSameText) ? 'copy' : 'wrong';
  }
  if (truth.span && overlapShare(span, truth.span) >= 0.5) return 'right';
  // Over the little it kept and otherwise only what replaced the rest (a corrected word, a renamed speaker): its place.
  if (truth.span && truth.inserted && span.start <= truth.span.start && span.end >= truth.span.end && truth.inserted({ start: span.start, end: truth.span.start }) && truth.inserted({ start: truth.span.end, end: span.end })) return 'right';
  return sameText ? 'copy' : 'wrong';
}

// ------------------------------------------------------------------------------------------ pairs

interface Pair {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  /** Where each old offset went, when the edit is known by construction (a paragraph moved). */
  readonly map?: (offset: number) => number;
  /** How the diff folds both texts first: by default to Simplified Chinese; the edit kinds fold typography too. */
  readonly fold?: (text: string) => FoldedText;
}

function readPair(dir: string): Pair | undefined {
  // The folder holds notes too (SOURCES.md): only folders are pairs.
  if (!statSync(dir).isDirectory()) return undefined;
  const files = readdirSync(dir);
  const old = files.find((f) => /^old\./.test(f));
  const next = files.find((f) => /^new\./.test(f));
  if (!old || !next) return undefined;
  const read = (f: string): string => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '');
  return { name: dir.split('/').pop()!, before: read(old), after: read(next) };
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * The pair as is and reversed (a revert is a real edit too), and for Chinese text the same revision across a script
 * conversion.
 */
function variants(pair: Pair): Pair[] {
  const both = [pair, { name: `${pair.name} (reversed)`, before: pair.after, after: pair.before }];
  if (!/[\u3400-\u9fff]/.test(pair.before)) return both;
  return [
    ...both,
    { name: `${pair.name} +new→zh-TW`, before: pair.before, after: toTaiwan(pair.after) },
    { name: `${pair.name} +old→zh-HK`, before: toHongKong(pair.before), after: pair.after },
    { name: `${pair.name} +old→zh-TW, new→zh-HK`, before: toTaiwan(pair.before), after: toHongKong(pair.after) },
    { name: `${pair.name} (old only, →zh-TW)`, before: pair.before, after: toTaiwan(pair.before) },
    { name: `${pair.name} (new only, zh-TW→cn)`, before: toTaiwan(pair.after), after: toSimplified(toTaiwan(pair.after)) },
  ];
}

/** `flagged`: of the exact and right placements, those marked fuzzy (for review). */
type Row = Record<Outcome | Survival | 'tags' | 'flagged', number>;
const emptyRow = (): Row => ({ tags: 0, whole: 0, part: 0, gone: 0, exact: 0, right: 0, flagged: 0, copy: 0, miss: 0, orphanOk: 0, wrong: 0 });

function run(pair: Pair): Row {
  const tags = tagSpans(pair.before);
  const targets = tags.map((t) => quoteTarget(pair.before, t.span));
  const results = new Reanchorer(pair.after).anchorAll(targets);
  const spans = targets.map((t) => ({ start: t.start, end: t.end }));
  const truth = pair.map ? spans.map((s) => mappedTruth(s, pair.map!)) : truths(pair.before, pair.after, spans, pair.fold);
  const row = emptyRow();
  tags.forEach((tag, i) => {
    const outcome = judge(results[i]!, truth[i]!, targets[i]!.exact, pair.after);
    row.tags++;
    row[survival(truth[i]!)]++;
    row[outcome]++;
    if ((outcome === 'exact' || outcome === 'right') && results[i]!.status === 'fuzzy') row.flagged++;
    if (verbose && (outcome === 'miss' || outcome === 'wrong' || (verbose === 'all' && (outcome === 'right' || results[i]!.status === 'fuzzy')))) {
      const placed = results[i]!.span;
      console.log(`  ${outcome} (${tag.kind}, ${Math.round(truth[i]!.kept * 100)}% kept, ${results[i]!.status}/${results[i]!.method ?? '-'}): ${JSON.stringify(targets[i]!.exact)}`);
      console.log(`    truth:  ${truth[i]!.span ? JSON.stringify(pair.after.slice(truth[i]!.span!.start, truth[i]!.span!.end)) : '-'}`);
      console.log(`    placed: ${placed ? JSON.stringify(pair.after.slice(placed.start, placed.end)) : '-'}`);
    }
  });
  return row;
}

// ------------------------------------------------------------------------------------------ --neighbours

/**
 * `--neighbours`: for short tags (names and figures, at least 200 units apart) on each real text, two edits whose truth
 * is known by construction: the words next to every tag reworded (a few words each side, on its line; the tag must
 * be placed exactly), and every tag's own quote deleted (it must be orphaned; a placement is on another copy, wrong).
 */
function neighbourEdits(name: string, text: string): string[][] {
  const chinese = /[\u3400-\u9fff]/.test(text);
  const spans: Span[] = [];
  sentences(text).forEach(({ span, heading }, i) => {
    const piece = heading || i % every ? undefined : namesAndFigures(text, span);
    if (piece && (!spans.length || piece.start - spans[spans.length - 1]!.end >= 200)) spans.push(piece);
  });
  const targets = spans.map((span) => quoteTarget(text, span));
  const reach = chinese ? /[^\n]{0,4}$/ : /(?:\S+ +){0,2}$/;
  const after = chinese ? /^[^\n]{0,4}/ : /^(?: +\S+){0,2}/;
  let reworded = '';
  let deleted = '';
  let at = 0;
  const truth: Span[] = [];
  for (const span of spans) {
    const before = reach.exec(text.slice(at, span.start))![0];
    const following = after.exec(text.slice(span.end))![0];
    reworded += text.slice(at, span.start - before.length) + (before && (chinese ? '據說是' : 'as they said '));
    truth.push({ start: reworded.length, end: reworded.length + span.end - span.start });
    reworded += text.slice(span.start, span.end) + (following && (chinese ? '，大家知道' : ' everyone knows'));
    deleted += text.slice(at, span.start);
    at = span.end + following.length;
    deleted += text.slice(span.end, at);
  }
  reworded += text.slice(at);
  deleted += text.slice(at);
  const rewordedResults = new Reanchorer(reworded).anchorAll(targets);
  const deletedResults = new Reanchorer(deleted).anchorAll(targets);
  const placedRight = rewordedResults.map((r, i) => (r.span ? (r.span.start === truth[i]!.start && r.span.end === truth[i]!.end ? 'exact' : 'wrong') : 'miss'));
  const placedGone = deletedResults.map((r) => (r.span ? 'wrong' : 'orphanOk'));
  if (verbose) {
    // The step that placed it, the stored context, and the context where it was placed.
    const where = (r: AnchorResult, newText: string, i: number): string => {
      const t = targets[i]!;
      const s = r.span;
      const stored = JSON.stringify(`${t.prefix}[${t.exact}]${t.suffix}`);
      return s ? ` ${r.status}/${r.method} ${stored} -> ${JSON.stringify(`${newText.slice(Math.max(0, s.start - 32), s.start)}[…]${newText.slice(s.end, s.end + 32)}`)}` : '';
    };
    placedRight.forEach((o, i) => o !== 'exact' && console.log(`  reworded ${o}: ${JSON.stringify(targets[i]!.exact)}${where(rewordedResults[i]!, reworded, i)}`));
    placedGone.forEach((o, i) => o === 'wrong' && console.log(`  deleted, placed: ${JSON.stringify(targets[i]!.exact)}${where(deletedResults[i]!, deleted, i)}`));
  }
  const count = (list: string[], what: string): string => String(list.filter((o) => o === what).length);
  return [[name, String(spans.length), count(placedRight, 'exact'), count(placedRight, 'miss'), count(placedRight, 'wrong'), count(placedGone, 'orphanOk'), count(placedGone, 'wrong')]];
}

if (process.argv.includes('--neighbours')) {
  const table = [['text', 'tags', 'reworded: exact', 'miss', 'wrong', 'deleted: orphaned', 'wrong']];
  for (const entry of readdirSync(folder).sort()) {
    if (only && !entry.includes(only)) continue;
    const pair = readPair(join(folder, entry));
    if (!pair) continue;
    table.push(...neighbourEdits(`${pair.name} (old)`, pair.before), ...neighbourEdits(`${pair.name} (new)`, pair.after));
  }
  const sums = table[0]!.slice(1).map((_, c) => String(table.slice(1).reduce((sum, row) => sum + Number(row[c + 1]), 0)));
  table.push(['total', ...sums]);
  const w = table[0]!.map((_, c) => Math.max(...table.map((l) => l[c]!.length)));
  for (const line of table) console.log(line.map((cell, c) => (c ? cell.padStart(w[c]!) : cell.padEnd(w[c]!))).join('  '));
  process.exit(0);
}

// ------------------------------------------------------------------------------------------ --kinds

/**
 * `--kinds [--texts FILE,FILE]`: each edit kind of editKinds.ts applied to every pair's old and new text (and the
 * given texts), tags placed on the edited text and judged against a diff of the two with typography folded (the
 * edit changes layout, not words) or, for a moved paragraph, against where the edit put each character. One row a kind.
 */
if (process.argv.includes('--kinds')) {
  const texts: { name: string; text: string }[] = [];
  for (const entry of readdirSync(folder).sort()) {
    if (only && !entry.includes(only)) continue;
    const pair = readPair(join(folder, entry));
    if (pair) texts.push({ name: `${pair.name} (old)`, text: pair.before }, { name: `${pair.name} (new)`, text: pair.after });
  }
  for (const file of (option('texts') ?? '').split(',').filter(Boolean)) texts.push({ name: file.split('/').pop()!, text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') });
  const kindHeader = ['edit kind', 'texts', 'tags', 'gone', 'exact', 'right', 'flagged', 'copy', 'miss', 'orphanOk', 'wrong'];
  const table: string[][] = [kindHeader];
  const sum = emptyRow();
  // --kind WORDS: only the kinds whose name holds WORDS.
  const kindFilter = option('kind');
  for (const kind of EDIT_KINDS) {
    if (kindFilter && !kind.name.includes(kindFilter)) continue;
    const row = emptyRow();
    let count = 0;
    for (const { name, text: given } of texts) {
      const text = kind.from ? (kind.from(given)?.text ?? given) : given;
      const edited = kind.apply(text);
      if (!edited) continue;
      count++;
      if (verbose) console.log(`${kind.name}: ${name}`);
      const one = run({ name, before: text, after: edited.text, map: edited.map, fold: foldForAnchoring });
      for (const key of Object.keys(row) as (keyof Row)[]) row[key] += one[key];
    }
    for (const key of Object.keys(sum) as (keyof Row)[]) sum[key] += row[key];
    table.push([kind.name, String(count), ...kindHeader.slice(2).map((k) => String(row[k as keyof Row]))]);
  }
  table.push(['total', '', ...kindHeader.slice(2).map((k) => String(sum[k as keyof Row]))]);
  const w = kindHeader.map((_, c) => Math.max(...table.map((l) => l[c]!.length)));
  for (const line of table) console.log(line.map((cell, c) => (c ? cell.padStart(w[c]!) : cell.padEnd(w[c]!))).join('  '));
  process.exit(0);
}

const header = ['pair', 'tags', 'whole', 'part', 'gone', 'exact', 'right', 'flagged', 'copy', 'miss', 'orphanOk', 'wrong'];
const lines: string[][] = [header];
const total = emptyRow();
for (const entry of readdirSync(folder).sort()) {
  if (only && !entry.includes(only)) continue;
  const pair = readPair(join(folder, entry));
  if (!pair) continue;
  for (const variant of variants(pair)) {
    if (verbose) console.log(variant.name);
    const row = run(variant);
    for (const key of Object.keys(total) as (keyof Row)[]) total[key] += row[key];
    lines.push([variant.name, ...header.slice(1).map((k) => String(row[k as keyof Row]))]);
  }
}
lines.push(['total', ...header.slice(1).map((k) => String(total[k as keyof Row]))]);
const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
for (const line of lines) console.log(line.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '));
