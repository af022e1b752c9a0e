/** Longest evidence address accepted; browsers and spreadsheets cope with this much. */
export const MAX_EVIDENCE_URL_LENGTH = 2048;

/**
 * An http(s) address with a host and nothing that could break out of a link: no whitespace, control or
 * bidi characters, no backslash, no user-info (`https://bank.example@evil.example` hides its real host).
 */
const EVIDENCE_URL = /^https?:\/\/[^\s/?#@\\\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+(?:[/?#][^\s\\\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]*)?$/iu;

/** Why `url` cannot be an evidence link, or `undefined` when it can. The reason names no value: callers add it. */
export function evidenceUrlProblem(url: string): string | undefined {
  if (url.length > MAX_EVIDENCE_URL_LENGTH) return `must be at most ${MAX_EVIDENCE_URL_LENGTH} characters`;
  if (!/^https?:\/\//iu.test(url)) return 'must be an http:// or https:// address';
  if (!EVIDENCE_URL.test(url)) return 'must be an http(s) address with a host and no spaces, control characters, backslashes or user name';
  return undefined;
}

export function isEvidenceUrl(url: string): boolean {
  return evidenceUrlProblem(url) === undefined;
}
