import { parseSpeakerName } from './speakerName';

/** One word of letters (dots and hyphens inside), as long as a handle goes. */
const HANDLE_NAME = /^[A-Za-z][A-Za-z.-]{1,23}$/;
/** A capital after a lower-case letter: `eorgeK`, `zhengXu`. */
const CAPITAL_AFTER_LOWER = /\p{Ll}\p{Lu}/u;

/**
 * A chat or account handle written where a label's name goes: `eorgeK` (an IRC nick the minutes' bot cut short),
 * `zhengXu`. Names are capitalised words, so parseSpeakerName refuses it; what marks a handle is a capital after a
 * lower-case letter inside one word, which no word of prose has. An all-lower-case word (`note`, `todo`, a YAML key)
 * is no handle: nothing tells it from a word. Handles with digits (`gglin001`) are ids (idStem in candidates.ts).
 * Like ids and surname initials, a handle is judged by repetition: the scheme keeps it only where the document
 * repeats it in its shape (see decide in scheme.ts).
 */
export function isHandleName(name: string): boolean {
  return HANDLE_NAME.test(name) && CAPITAL_AFTER_LOWER.test(name) && parseSpeakerName(name) === null;
}
