import type { Annotation } from '../sidecar/model';
import type { Span } from '../text/positions';
import type { AnchorResult } from './model';
import { quoteTarget } from './target';

/**
 * The annotation with its stored target updated to where re-anchoring placed it (what `check --write` and
 * the editor's save store). An anchored one gets a fresh quote, prefix and suffix from `text`; a fuzzy one
 * only its new position, so that it stays fuzzy (flagged for review) until someone confirms it; an orphan
 * keeps its old target. `modified` is not touched: moving is not editing.
 */
export function retarget(annotation: Annotation, text: string, result: AnchorResult): Annotation {
  if (!result.span) return annotation;
  const { start, end } = result.span;
  if (start === annotation.target.start && end === annotation.target.end && result.status === 'fuzzy') return annotation;
  const unknown = annotation.target.unknown;
  if (result.status === 'fuzzy') return { ...annotation, target: { ...annotation.target, start, end } };
  const fresh = quoteTarget(text, result.span);
  const target = unknown ? { ...fresh, unknown } : fresh;
  const old = annotation.target;
  if (old.exact === target.exact && old.prefix === target.prefix && old.suffix === target.suffix && old.start === target.start && old.end === target.end) {
    return annotation;
  }
  return { ...annotation, target };
}

/**
 * The annotation moved to `span` of `text`, with a fresh quote, prefix and suffix: for the editor, after
 * `shiftThroughEdits` followed the user's own edits exactly (an edit inside the quote becomes part of it).
 * An empty span (its text was deleted) leaves the annotation as it was; show it as orphaned.
 */
export function moveToSpan(annotation: Annotation, text: string, span: Span): Annotation {
  if (span.end <= span.start) return annotation;
  return retarget(annotation, text, { status: 'anchored', method: 'position', span });
}
