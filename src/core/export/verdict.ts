import { parseVerdictText } from '../desk/verdict';
import type { Annotation } from '../sidecar/model';

/** A fact-checker's verdict on a claim, as ClaimReview's `reviewRating` carries it. */
export interface Verdict {
  /** The verdict in words: `False`, `Mostly true`, `Misleading`… */
  readonly label: string;
  /** A numeric rating, when one was given (worst is 1). */
  readonly rating?: { readonly value: number; readonly best: number; readonly worst: number };
}

/**
 * The verdict given on an annotation, if any. Read from, in order:
 * 1. the annotation's `verdict` field (older sidecars wrote it as text, `2/5 Mostly false`; the codec reads both);
 * 2. the note's first line when it starts with `verdict:` (or `結論：` / `结论：`), e.g. `verdict: 2/5 Mostly false`.
 */
export function verdictOf(annotation: Annotation): Verdict | null {
  const field = annotation.verdict ?? (annotation.note ? noteVerdict(annotation.note) : undefined);
  if (!field) return null;
  return { label: field.label, ...(field.rating ? { rating: { value: field.rating.value, best: field.rating.best, worst: 1 } } : {}) };
}

function noteVerdict(note: string): ReturnType<typeof parseVerdictText> {
  const split = splitVerdictNote(note);
  return split ? parseVerdictText(split.verdict) : undefined;
}

/** The note without its `verdict:` line, for outputs that show the verdict separately. */
export function noteWithoutVerdict(note: string | undefined): string | undefined {
  if (!note) return note;
  const split = splitVerdictNote(note);
  return split ? split.rest || undefined : note;
}

const VERDICT_LINE = /^\s*(?:verdict|結論|结论)\s*[:：]\s*(.+?)\s*$/i;

function splitVerdictNote(note: string): { verdict: string; rest: string } | null {
  const newline = note.search(/\r?\n/);
  const first = newline < 0 ? note : note.slice(0, newline);
  const match = VERDICT_LINE.exec(first);
  if (!match) return null;
  return { verdict: match[1]!, rest: newline < 0 ? '' : note.slice(newline).replace(/^\r?\n/, '').trim() };
}
