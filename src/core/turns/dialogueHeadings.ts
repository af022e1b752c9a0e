// Name headings that take turns. A page may mark each speaker's turn with a heading holding only a name
// (`#### Jamie` over a paragraph, `#### Pete` over the reply) and never declare its speakers in a header.
// Section titles are unique and do not alternate; a few names that recur, heading by heading in turn, are a
// dialogue whatever the names are. Read from the document's own headings, level by level.
import type { LineIndex, Span } from '../text/positions';
import type { LabelLines } from './scheme';
import { headingLabel, isNameHeading } from './declaredLabels';

/** A dialogue has at least two speakers, each heading at least two turns. */
const MIN_SPEAKERS = 2;
const MIN_TURNS_EACH = 2;
/** At least this share of a level's headings are the recurring names: a page of sections that names a person twice is no dialogue. */
const MIN_NAME_SHARE = 2 / 3;
/** At least this share of consecutive name headings change name: speakers take turns, sections about a person follow each other. */
const MIN_CHANGE_SHARE = 1 / 2;

/**
 * Adds the name headings of each heading level whose recurring names take turns (see the constants) as labels;
 * the speech starts on the line under the heading. A heading already read as a label stays as it is.
 */
export function addDialogueHeadingLabels(lines: LineIndex, headings: ReadonlyMap<number, { level: number; span: Span; title: string }>, labels: LabelLines): void {
  const byLevel = new Map<number, { line: number; name: string | null }[]>();
  for (const [line, heading] of headings) {
    const name = heading.title.trim();
    let group = byLevel.get(heading.level);
    if (!group) byLevel.set(heading.level, (group = []));
    group.push({ line, name: !labels.has(line) && isNameHeading(name) ? name : null });
  }
  for (const group of byLevel.values()) {
    const counts = new Map<string, number>();
    for (const { name } of group) if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
    const recurring = new Set([...counts].filter(([, count]) => count >= MIN_TURNS_EACH).map(([name]) => name));
    if (recurring.size < MIN_SPEAKERS) continue;
    const turns = group.filter(({ name }) => name !== null && recurring.has(name)).sort((a, b) => a.line - b.line);
    if (turns.length < MIN_NAME_SHARE * group.length) continue;
    let changes = 0;
    for (let i = 1; i < turns.length; i++) if (turns[i]!.name !== turns[i - 1]!.name) changes++;
    if (changes < MIN_CHANGE_SHARE * (turns.length - 1)) continue;
    for (const { line, name } of turns) labels.set(line, headingLabel(lines, line, name!));
  }
}
