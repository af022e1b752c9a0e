import type { Annotation } from '../sidecar/model';

/** A fact-checker's verdict on a claim, as ClaimReview's `reviewRating` carries it. */
export interface Verdict {
  /** The verdict in words: `False`, `Mostly true`, `Misleading`… */
  readonly label: string;
  /** A numeric rating when one was given as `N/M` (worst is 1). */
  readonly rating?: { readonly value: number; readonly best: number; readonly worst: number };
}

/**
 * The verdict given on an annotation, if any. Read from, in order:
 * 1. a `verdict` field on the annotation (kept by the sidecar as an unknown field until the model has one);
 * 2. the note's first line when it starts with `verdict:` (or `結論：` / `结论：`), e.g. `verdict: 2/5 Mostly false`.
 */
export function verdictOf(annotation: Annotation): Verdict | null {
  const field = verdictField(annotation);
  if (field?.trim()) return parseVerdict(field);
  const fromNote = annotation.note ? splitVerdictNote(annotation.note) : null;
  return fromNote ? parseVerdict(fromNote.verdict) : null;
}

/** The annotation's `verdict` field as written, whether the model has the field or keeps it as an unknown one. */
export function verdictField(annotation: Annotation): string | undefined {
  const field = (annotation as { verdict?: unknown }).verdict ?? annotation.unknown?.['verdict'];
  return typeof field === 'string' ? field : undefined;
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

const RATED = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*(.*)$/;

function parseVerdict(text: string): Verdict {
  const trimmed = text.trim();
  const rated = RATED.exec(trimmed);
  if (!rated) return { label: trimmed };
  const value = Number(rated[1]);
  const best = Number(rated[2]);
  const label = rated[3]!.replace(/^[\s,;:-]+/, '').trim();
  return { label: label || `${rated[1]}/${rated[2]}`, rating: { value, best, worst: 1 } };
}
