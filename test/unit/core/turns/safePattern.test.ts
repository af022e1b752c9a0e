import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { checkPatternSafety, compileLabelPatterns } from '../../../../src/core/turns/safePattern';

describe('speaker-label patterns from settings', () => {
  it('refuses the shapes that backtrack catastrophically', () => {
    for (const source of ['(a+)+$', '(a*)*b', '(?:a|aa)+$', '(\\w+\\s?)*:', '^(([a-z])+.)+[A-Z]([a-z])+$', '(.*a){20}', '(x+x+)+y', '(a|a)*', '(?<n>\\w+)+:', '(\\1a)+']) {
      const check = checkPatternSafety(source);
      assert.equal(check.ok, false, `${source} should be refused`);
    }
  });

  it('accepts ordinary label patterns', () => {
    for (const source of ['^\\[(\\d+):(\\d+)\\]\\s*(?<speaker>[^:]+):\\s*', '^(?<speaker>[A-Z][a-z]+ [A-Z][a-z]+)\\s*:\\s*', '^>>\\s*(\\S+)\\s', '^(?:Mr|Ms)\\.?\\s+(\\w+):', '^\\((\\w{1,12})\\)', '[(]a+[)]']) {
      assert.deepEqual(checkPatternSafety(source), { ok: true }, source);
    }
  });

  it('compiles settings strings, reporting invalid and unsafe ones with a reason', () => {
    const compiled = compileLabelPatterns(['^(?<speaker>主持人)：', '(a+)+$', '([unclosed']);
    assert.equal(compiled.patterns.length, 1);
    assert.deepEqual(compiled.refused.map((r) => r.source), ['(a+)+$', '([unclosed']);
    assert.ok(compiled.refused.every((r) => r.reason.length > 0));
  });

  it('never runs a catastrophic pattern, even when handed one as a RegExp, on a long line', () => {
    // Run, (a+)+$ on this line would take longer than the age of the universe.
    const line = `${'a'.repeat(5000)}b\n李明：我認為這很好。`;
    const analysis = analyze(line, { extraLabelPatterns: [/(a+)+$/, /^(?<speaker>李明)：/] });
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['李明']);
  });

  it('refuses polynomial blow-ups that pass the static check, by probing them on growing lines', () => {
    // O(n^5) on a run of letters: about 20 s on 96 characters if it were run.
    const compiled = compileLabelPatterns(['(\\w*)(\\w*)(\\w*)(\\w*):', '^(?<speaker>[A-Z][a-z]+ [A-Z][a-z]+)\\s*:\\s*']);
    assert.deepEqual(compiled.refused.map((r) => r.source), ['(\\w*)(\\w*)(\\w*)(\\w*):']);
    assert.match(compiled.refused[0]!.reason, /too slow/);
    const analysis = analyze(`${'a'.repeat(2000)}\nJane Smith: hello there.`, { extraLabelPatterns: [/(\w*)(\w*)(\w*)(\w*)(\w*):/, ...compiled.patterns] });
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Jane Smith']);
  });

  it('refuses empty and over-long patterns, and accepts quantifiers that are escaped or in a class', () => {
    const compiled = compileLabelPatterns(['', 'x'.repeat(301), '^(\\+\\*)+:', '^([+*])+:']);
    assert.deepEqual(compiled.refused.map((r) => r.source.slice(0, 3)), ['', 'xxx']);
    assert.equal(compiled.patterns.length, 2);
  });

  it('still uses a safe pattern', () => {
    const analysis = analyze('<<Host>> Welcome back.\n<<Guest>> Thanks.', { extraLabelPatterns: [/^<<(\w+)>>/] });
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Host', 'Guest']);
  });
});
