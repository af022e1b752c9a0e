import assert from 'node:assert/strict';
import { effectiveAnalysisDelay, SMALL_DOCUMENT_CHARS, SMALL_DOCUMENT_DELAY_MS } from '../../../src/presentation/analysisDelay';

describe('effective analysis delay', () => {
  it('waits briefly for documents under 1 MB whatever the setting', () => {
    assert.equal(effectiveAnalysisDelay(300, 10_000), SMALL_DOCUMENT_DELAY_MS);
    assert.equal(effectiveAnalysisDelay(5000, SMALL_DOCUMENT_CHARS - 1), SMALL_DOCUMENT_DELAY_MS);
  });

  it('keeps the setting as an upper bound', () => {
    assert.equal(effectiveAnalysisDelay(0, 10_000), 0);
    assert.equal(effectiveAnalysisDelay(20, 10_000), 20);
  });

  it('uses the setting for large documents', () => {
    assert.equal(effectiveAnalysisDelay(300, SMALL_DOCUMENT_CHARS), 300);
    assert.equal(effectiveAnalysisDelay(1200, 5 * SMALL_DOCUMENT_CHARS), 1200);
  });
});
