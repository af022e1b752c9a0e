import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { recognizeLabel } from '../../../../src/core/turns/labels';

// Select committee evidence numbers each question on the member's label; the witness's answers carry none.
const EVIDENCE = [
  'Oral Evidence', '', 'Members present:', '', 'Jane Engel (Chair)', '', 'Bob Blackman', '',
  'Q1 Chair: David Davis, this is for a full day in the Chamber on the inquiry.', '',
  'Mr Davis: Ideally. It will be five years since the inquiry took its last evidence.', '',
  'Q2 Bob Blackman: Would a half day do?', '', 'Mr Davis: No. The House needs the whole day.', '',
  '  Q3  Chair: Thank you.', '',
].join('\n');

describe('question numbers on committee evidence labels', () => {
  it('reads the name after the question number, the number still part of the label', () => {
    const known = recognizeLabel('Q1 Chair: David Davis, this is for a full day.', 48);
    assert.equal(known?.speaker, 'Chair');
    assert.equal(known?.labelStart, 0);
    const candidate = labelCandidate('  Q201  Chairman: It is a very good point.', 42);
    assert.equal(candidate?.name, 'Chairman');
    // A page copied from a PDF pads the number to a column.
    const padded = 'Q14                 Dr Hudson: Will the new targets change that?';
    assert.equal(labelCandidate(padded, padded.length)?.name, 'Dr Hudson');
  });

  it('gives every numbered question of one member to one speaker', () => {
    const analysis = analyze(EVIDENCE, {}, 'evidence.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['Bob Blackman', 'Chair', 'Mr Davis']);
    const chair = analysis.turns.filter((t) => t.speaker === 'Chair').length;
    assert.equal(chair, 2);
  });

  it('reads no number without a name after it, nor a lower-case word, as a question number', () => {
    assert.equal(recognizeLabel('Q1: What changed?', 17)?.speaker, 'Q1');
    assert.notEqual(labelCandidate('Q3 revenue: up five per cent.', 29)?.name, 'revenue');
  });
});
