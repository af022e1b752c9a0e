// Name headings as labels. A talk or interview page may mark each speaker's turn with a heading that holds
// only a name (`### Eric` over the answer). A heading is usually a section title, so a bare name heading is
// no label on its own; it becomes one when the page's header names someone the body's name headings name
// (`author: Eric Bariaux` and `### Eric`): then the document labels its speakers with name headings, and
// the other names it repeats that way (`### Rob`, `### Denis`) are its other speakers.
import type { LineIndex, Span } from '../text/positions';
import type { LabelMatch } from './labels';
import type { LabelLines } from './scheme';
import { labelNamesDeclared, type SpeakerDeclaration } from './declaredSpeakers';
import { isPlausibleName } from './speakerName';

/** A name heading holds a short name: `### Eric`, `## Jane Doe`, not `## What we built`. */
const MAX_NAME_HEADING_WORDS = 3;
/** Characters no name heading holds: a colon makes it a label candidate already, the rest a title. */
const NOT_A_NAME_HEADING = /[:：?？!！.。,，;；()（）[\]「」"“”]/;

interface NameHeading {
  readonly line: number;
  readonly name: string;
}

/**
 * Adds the name headings of a document whose header declares a speaker (or an author) that one of those
 * headings names, level by level: the headings of that level that name a declared person or repeat their
 * name are labels. Other headings, and documents whose name headings name nobody the header declares, are
 * left alone.
 */
export function addDeclaredHeadingLabels(lines: LineIndex, headings: ReadonlyMap<number, { level: number; span: Span; title: string }>, labels: LabelLines, declaration: SpeakerDeclaration): void {
  const declared = [...declaration.names, ...declaration.authors];
  if (declared.length === 0) return;
  const byLevel = new Map<number, NameHeading[]>();
  for (const [line, heading] of headings) {
    if (line < declaration.bodyStart || labels.has(line) || declaration.headerLines.has(line)) continue;
    const name = heading.title.trim();
    if (!isNameHeading(name)) continue;
    let group = byLevel.get(heading.level);
    if (!group) byLevel.set(heading.level, (group = []));
    group.push({ line, name });
  }
  for (const group of byLevel.values()) {
    if (group.length < 2) continue;
    const namesDeclared = (name: string): boolean => declared.some((person) => labelNamesDeclared(name, person));
    if (!group.some((heading) => namesDeclared(heading.name))) continue;
    const counts = new Map<string, number>();
    for (const { name } of group) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const { line, name } of group) {
      if ((counts.get(name) ?? 0) < 2 && !namesDeclared(name)) continue;
      labels.set(line, headingLabel(lines, line, name));
    }
  }
}

export function isNameHeading(name: string): boolean {
  if (name === '' || NOT_A_NAME_HEADING.test(name)) return false;
  return name.split(/\s+/).length <= MAX_NAME_HEADING_WORDS && isPlausibleName(name);
}

/** The heading line as a label from its `#` marks to the name's end; the speech starts on the next line. */
export function headingLabel(lines: LineIndex, line: number, name: string): LabelMatch {
  const lineText = lines.lineText(line);
  const labelStart = lineText.length - lineText.trimStart().length;
  const nameAt = lineText.indexOf(name, labelStart);
  return { speaker: name, labelStart, labelEnd: nameAt < 0 ? lineText.trimEnd().length : nameAt + name.length, textStart: lineText.length, source: 'label', timestamp: null, verb: null };
}
