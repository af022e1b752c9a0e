import { EXPORT_EXTENSIONS } from '../core/export/exportAnnotations';
import { SIDECAR_SUFFIX } from '../core/sidecar/model';

/** A document's place: its URI's scheme, authority and path. */
export interface Place {
  readonly scheme: string;
  readonly authority: string;
  readonly path: string;
}

const EXPORT_SUFFIXES = [...new Set(Object.values(EXPORT_EXTENSIONS))];

/** The path without the last extension: `/a/interview` for `/a/interview.txt`. */
function stem(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}

/**
 * True when `other` belongs to `transcript`: its sidecar, or an export beside it named after it
 * (`interview.csv`, `interview-tags.md` for `interview.txt`, the names the export command suggests).
 * The sidebar keeps showing the transcript while one of these has the focus.
 */
export function isCompanionOf(transcript: Place, other: Place): boolean {
  if (other.scheme !== transcript.scheme || other.authority !== transcript.authority || other.path === transcript.path) return false;
  if (other.path === transcript.path + SIDECAR_SUFFIX) return true;
  const base = stem(transcript.path);
  return other.path.startsWith(base) && EXPORT_SUFFIXES.some((suffix) => other.path.endsWith(suffix)) && !other.path.slice(base.length).includes('/');
}
