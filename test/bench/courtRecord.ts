// A generated court record with a line-number gutter (gutterKeystrokes.ts, the hostshare bench's `gutter` typing).

const SPEECH = [
  'Q.   And did you review the file before the hearing on the motion?', 'A.   Yes, I did review it with counsel.', 'MR. HENDERSON:   Objection, form.',
  'THE COURT:   Overruled. You may answer the question.', 'A.   We expect enrollment to grow by 12 percent next year, as I said.',
  'Q.   What did the report say about the budget for the district?', 'A.   I think the budget is too small for what they are asked to do.',
  'continued to look into it when I first became the', 'superintendent of the district in the fall of 2019.', '',
];

/** A record of about `size` characters: pages of 25 numbered lines under a page number. */
export function courtRecord(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const n = (i % 25) + 1;
    if (n === 1) out.push(`${' '.repeat(40)}${Math.floor(i / 25) + 2}`);
    const speech = SPEECH[(i * 7 + Math.floor(i / 25)) % SPEECH.length]!;
    const line = speech === '' ? String(n).padStart(2) : `${String(n).padStart(2)}   ${speech}`;
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n') + '\n';
}
