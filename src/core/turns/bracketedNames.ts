// `THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW):`, `內政部部長（劉世芳）：`: parliaments label a member speaking
// in an office by the office, with the person in brackets. The document itself tells which part is the person:
// the one it also labels alone. `SHRI RAHUL KASWAN (CHURU):` then `SHRI RAHUL KASWAN:` keeps the outer part.
import { MAX_LABEL_ROLE_LENGTH } from './chars';
import { parseSpeakerName } from './speakerName';

/** The label's last bracketed part, as long as a label's bracketed role may be (brackets included). */
const TRAILING_BRACKETS = new RegExp(`[(（]([^()（）]{1,${MAX_LABEL_ROLE_LENGTH - 2}})[)）]\\s*$`);

/** The name inside a written label's trailing brackets, read as a name (`SHRI ASHWINI VAISHNAW`), or null. */
export function bracketedName(written: string): string | null {
  const inner = TRAILING_BRACKETS.exec(written)?.[1]?.trim();
  return inner ? (parseSpeakerName(inner)?.name ?? null) : null;
}

/**
 * The speaker a label written `outer (inner)` names, given the names the document labels alone: the outer name when
 * it is labelled alone, else the inner one when that is, else the label as written.
 */
export function speakerOfBracketedLabel(written: string, outer: string, bareNames: ReadonlySet<string>): string {
  if (bareNames.has(outer)) return outer;
  const inner = bracketedName(written);
  return inner !== null && inner !== outer && bareNames.has(inner) ? inner : written;
}
