/** What splitting by author reads from an annotation. */
interface Authored {
  readonly author: string;
}

/** The authors of some annotations, in order of first appearance: the annotators one sidecar holds. */
export function authorsOf(annotations: readonly Authored[]): string[] {
  const authors: string[] = [];
  for (const annotation of annotations) if (!authors.includes(annotation.author)) authors.push(annotation.author);
  return authors;
}

/**
 * One annotator's tags out of a sidecar several people tag in: comparing two authors of one file is how a
 * team that shares a sidecar measures agreement.
 */
export function byAuthor<T extends Authored>(annotations: readonly T[], author: string): T[] {
  return annotations.filter((annotation) => annotation.author === author);
}
