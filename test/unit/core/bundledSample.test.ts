import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/analyze';
import type { Topic } from '../../../src/core/analysis/model';

// The transcript the README's first command analyses: its structure is written into it (a `#` title, a
// `## 摘要` list of the section titles, those titles on lines of their own, labelled turns), so what it should
// read as is known. The corpus guard does not cover it; the integration suite does, but only in a real host.
const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', 'samples', 'interview-zh-Hant.txt'), 'utf8');

function titles(topics: readonly Topic[]): string[] {
  return topics.flatMap((topic) => [topic.title, ...titles(topic.children)]);
}

describe('the bundled sample transcript', () => {
  const analysis = analyze(SAMPLE, {}, 'interview-zh-Hant.txt');

  it('has the title, the summary and each section the summary lists as topics', () => {
    assert.deepEqual(titles(analysis.topics), ['晶片與人工智能：專訪陳立文', '摘要', '供應鏈的壓力', '人才與教育', '下一個十年']);
  });

  it('gives the interview to its two speakers, in order of appearance', () => {
    assert.deepEqual(analysis.speakers.slice(0, 2).map((speaker) => speaker.name), ['林雅婷', '陳立文']);
  });

  it('suggests claims with each kind, the forecast among them', () => {
    const kinds = new Set(analysis.claims.map((claim) => claim.kind));
    for (const kind of ['fact', 'forecast', 'opinion'] as const) assert.ok(kinds.has(kind), kind);
    assert.ok(analysis.claims.some((claim) => claim.kind === 'forecast' && claim.text.includes('2030年')), 'the 2030 market forecast');
  });
});
