import type { SidecarDocument } from '../sidecar/model';

/** Something a three-way merge could not settle alone. Both versions are kept in the result; nothing is dropped. */
export interface MergeConflict {
  readonly type: 'annotation' | 'alias' | 'field';
  /** Annotation id, alias, or top-level field name. */
  readonly key: string;
  readonly reason: string;
}

export interface MergeResult {
  readonly document: SidecarDocument;
  readonly conflicts: readonly MergeConflict[];
}
