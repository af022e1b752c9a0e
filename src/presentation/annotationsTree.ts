import type { ClaimKind } from '../core/analysis/model';
import { CLAIM_KINDS } from '../core/analysis/model';
import { compareStrings } from '../core/sidecar/codec';
import type { AnnotationView } from './annotationView';
import type { LabelDisplay } from './labelDisplay';

export interface AnnotationGroupNode {
  readonly type: 'annotationGroup';
  readonly key: ClaimKind | 'orphaned';
  readonly children: readonly AnnotationLeafNode[];
}

export interface AnnotationLeafNode {
  readonly type: 'annotation';
  readonly annotation: AnnotationView;
}

export type AnnotationsTreeNode = AnnotationGroupNode | AnnotationLeafNode;

/**
 * Annotations by kind in text order (several annotators' tags on one statement by author), then an Orphaned
 * group for those that could not be placed.
 * `display` shows their speaker and topic in another form (e.g. another script).
 */
export function buildAnnotationsTree(stored: readonly AnnotationView[], display?: LabelDisplay): AnnotationGroupNode[] {
  const annotations = display ? stored.map((a) => ({ ...a, speaker: a.speaker === null ? null : display(a.speaker), topic: a.topic === null ? null : display(a.topic) })) : stored;
  const placed = annotations.filter((a) => a.status !== 'orphaned').sort((a, b) => a.span!.start - b.span!.start || compareStrings(a.author, b.author));
  const groups: AnnotationGroupNode[] = [];
  for (const kind of CLAIM_KINDS) {
    const children = placed.filter((a) => a.kind === kind).map((annotation) => ({ type: 'annotation' as const, annotation }));
    if (children.length > 0) groups.push({ type: 'annotationGroup', key: kind, children });
  }
  const orphaned = annotations.filter((a) => a.status === 'orphaned');
  if (orphaned.length > 0) groups.push({ type: 'annotationGroup', key: 'orphaned', children: orphaned.map((annotation) => ({ type: 'annotation', annotation })) });
  return groups;
}
