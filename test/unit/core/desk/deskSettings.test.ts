import * as assert from 'node:assert/strict';
import { evidenceUrlProblem } from '../../../../src/core/desk/evidence';
import { needsChecking, readStatusWorkflow } from '../../../../src/core/desk/status';
import { DEFAULT_VERDICT_SCALE, formatVerdict, readVerdictScale, verdictFromScale } from '../../../../src/core/desk/verdict';
import { markdownEvidenceLink } from '../../../../src/presentation/untrustedText';

describe('the desk: verdict scale, status workflow, evidence links', () => {
  it('reads a verdict scale from a setting, rating steps out of the highest rating', () => {
    const scale = readVerdictScale(['Pants on fire', { label: 'False', rating: 1 }, { label: 'True', rating: 6 }, { label: '' }, 7, { label: 'False' }]);
    assert.deepEqual(scale.map((step) => step.label), ['Pants on fire', 'False', 'True']);
    assert.deepEqual(verdictFromScale(scale, scale[1]!), { label: 'False', rating: { value: 1, best: 6 } });
    assert.deepEqual(verdictFromScale(scale, scale[0]!), { label: 'Pants on fire' });
    assert.equal(readVerdictScale('False'), DEFAULT_VERDICT_SCALE);
    assert.equal(formatVerdict(verdictFromScale(DEFAULT_VERDICT_SCALE, DEFAULT_VERDICT_SCALE[1]!)), 'Mostly false (2/5)');
  });

  it('counts a tag as needing checking until it reaches the first checked step; unknown steps still need it', () => {
    const workflow = readStatusWorkflow(['To check', 'Checking', 'Checked', 'Published'], 'Checked');
    assert.deepEqual([undefined, 'To check', 'Checking', 'Checked', 'Published', 'Zu prüfen'].map((status) => needsChecking(status, workflow)), [true, true, true, false, false, true]);
    // A checked-from that is not a step: only the last step counts as checked.
    const custom = readStatusWorkflow(['Open', 'Done'], 'Checked');
    assert.deepEqual(['Open', 'Done'].map((status) => needsChecking(status, custom)), [true, false]);
    assert.deepEqual(readStatusWorkflow([], undefined).steps, ['To check', 'Checking', 'Checked', 'Published']);
  });

  it('accepts only http(s) evidence addresses with a host', () => {
    assert.equal(evidenceUrlProblem('https://例子.中国/报告?year=2025#p3'), undefined);
    assert.equal(evidenceUrlProblem('HTTP://Example.com'), undefined);
    for (const url of ['ftp://example.com/', 'data:text/html,x', 'https:/example.com', 'https://exa mple.com', 'https://example.com/\u202eevil', `https://example.com/${'a'.repeat(2100)}`]) {
      assert.notEqual(evidenceUrlProblem(url), undefined, url);
    }
  });

  it('makes a Markdown link only of an accepted address, with the label escaped and the target unbreakable', () => {
    assert.equal(markdownEvidenceLink('Report [2025]', 'https://example.org/a_(b)'), '[Report \\[2025\\]](https://example.org/a%5F%28b%29)');
    assert.equal(markdownEvidenceLink('click me', 'javascript:alert(1)'), 'click me');
    assert.equal(markdownEvidenceLink('run', 'command:workbench.action.terminal.new'), 'run');
  });
});
