// `When I heard her heartbeat for the first time,`, `This is what she looked like the first time I saw her`, `So I got
// to go to Europe, not for the first time…`: a first in the speaker's own life is a story, not a record. A record's
// first has another subject (`for the first time in history, wages rose…`, `the first time a president…`). Works on
// the matching key (lower case); English only.
import { indexWithin } from '../text/indexWithin';

/** How far either side of `the first time` the speaker's I or my is looked for: the phrase's own clause, about. */
const REACH = 64;
/** I, me, my (not `i.e.`): the speaker. */
const SPEAKER = /(?:^|[^a-z'’])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my)(?![a-z'’.])/;
/** A sentence or clause mark inside the reach ends it: what lies beyond is another clause's. */
const CLAUSE_BREAK = /[.;:!?]/;

/** True when the record cue key[start, end) (`the first time`, `for the first time`) is a first of the speaker's own. */
export function isOwnFirst(key: string, from: number, to: number, start: number, end: number): boolean {
  if (!key.slice(start, end).endsWith('first time')) return false;
  let before = key.slice(Math.max(from, start - REACH), start);
  const lastBreak = lastMatchEnd(CLAUSE_BREAK, before);
  if (lastBreak > 0) before = before.slice(lastBreak);
  let after = key.slice(end, Math.min(to, end + REACH));
  const firstBreak = after.search(CLAUSE_BREAK);
  if (firstBreak >= 0) after = after.slice(0, firstBreak);
  return SPEAKER.test(before) || SPEAKER.test(after);
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, 'g');
  let end = -1;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) end = match.index + match[0].length;
  return end;
}

const FIRST_TIME = 'first time';

/** True when key[from, to) tells of a first of the speaker's own (`…my first time at…`, `the first time I saw her`). */
export function tellsOwnFirst(key: string, from: number, to: number): boolean {
  // Looked for within the sentence only: `key` may be the whole document (indexWithin).
  for (let at = indexWithin(key, FIRST_TIME, from, to); at >= 0; at = indexWithin(key, FIRST_TIME, at + 1, to)) {
    if (isOwnFirst(key, from, to, at, at + FIRST_TIME.length)) return true;
  }
  return false;
}
