// A generated hearing record with procedure lines (turns/procedureLines.ts) and no gutter: the hostshare bench's and
// localKeystrokes' `hearing` typing, for the incremental check of edits near such lines (mayChangeProcedureLines).

const EXCHANGE = [
  'Q.   And did you review the file before the hearing on the motion?', 'A.   Yes, I did review it with counsel.', 'MR. HENDERSON:   Objection, form.',
  'THE COURT:   Overruled. You may answer the question.', 'A.   We expect enrollment to grow by 12 percent next year, as I said.',
  'Q.   What did the report say about the budget for the district?', 'A.   I think the budget is too small for what they are asked to do.',
  'Q.   When did you first look into it?', 'A.   When I first became the superintendent of the district in the fall of 2019.',
];
/** Every this many lines, an examination heading and a note the record wraps over two lines. */
const SECTION_LINES = 24;

/** A record of about `size` characters: sections opening with an examination heading, a wrapped note in each. */
export function hearingRecord(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const section = Math.floor(i / SECTION_LINES);
    const at = i % SECTION_LINES;
    let line: string;
    if (at === 0) line = section % 2 === 0 ? 'EXAMINATION BY MR. OKAFOR:' : 'CROSS-EXAMINATION BY MS. LEE:';
    else if (at === 12) line = '(Whereupon, Exhibit No. 12 was marked for';
    else if (at === 13) line = 'identification.)';
    else line = EXCHANGE[(i * 7 + section) % EXCHANGE.length]!;
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n') + '\n';
}
