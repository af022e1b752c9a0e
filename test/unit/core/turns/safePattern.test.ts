import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { compileLabelPattern, compileLabelPatterns, labelMatcher, MAX_PATTERN_SOURCE } from '../../../../src/core/turns/safePattern';

function reasonFor(source: string): string {
  const compiled = compileLabelPattern(source);
  assert.equal(compiled.ok, false, `${source} should be refused`);
  return compiled.ok ? '' : compiled.reason;
}

describe('speaker-label patterns from settings', () => {
  // Each of these passed the old static check and timing probe, then took seconds to minutes per line on
  // a backtracking engine; on a linear-time engine they finish at once (a hang here fails by mocha's timeout).
  const hostile = [
    { source: '^#(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)=', line: `#${'a'.repeat(95)}`, label: '#Host=', speaker: 'Host' },
    { source: '^Q:(\\w+\\s?){8}$', line: `Q:${'aaaa '.repeat(18)}!`, label: 'Q:a b c d e f g h', speaker: 'h' },
    { source: '^Q(\\w*)(\\w*)(\\w*)(\\w*)(\\w*):', line: `Q${'a'.repeat(95)}`, label: 'QAnn:', speaker: 'Ann' },
    { source: '^(a+)+$', line: `${'a'.repeat(95)}b`, label: 'aaa', speaker: 'aaa' },
  ];

  it('accepts the patterns that hung the editor and runs them in linear time on hostile lines', () => {
    const compiled = compileLabelPatterns(hostile.map((h) => h.source));
    assert.deepEqual(compiled.refused, []);
    for (const [index, { source, line, label, speaker }] of hostile.entries()) {
      const matcher = compiled.patterns[index]!;
      assert.equal(matcher.source, source);
      assert.equal(matcher.exec(line), null, source);
      assert.equal(matcher.exec(line.repeat(50)), null, `${source} on a long line`);
      assert.deepEqual(matcher.exec(label), { start: 0, end: label.length, speaker }, source);
    }
  });

  it('analyses a transcript full of hostile lines with those patterns, which match none of them', () => {
    const text = [...hostile.map((h) => h.line), '李明：我認為這很好。'].join('\n').repeat(20);
    const withPatterns = analyze(text, { extraLabelPatterns: compileLabelPatterns(hostile.map((h) => h.source)).patterns });
    assert.ok(withPatterns.turns.some((t) => t.speaker === '李明'));
    assert.deepEqual(withPatterns.turns, analyze(text).turns);
  });

  it('refuses back-references and look-around with a reason that names them', () => {
    for (const source of ['^(\\w+) \\1:', '^(?<n>\\w+) \\k<n>:']) assert.match(reasonFor(source), /back-references .* not supported.*linear-time/, source);
    for (const source of ['^(?=Q)(\\w+):', '^(?!Note)(\\w+):', '(?<=^>>)(\\w+):', '(?<!x)(\\w+):']) assert.match(reasonFor(source), /look-ahead and look-behind .* not supported/, source);
    // The same characters escaped or inside a class are ordinary text.
    assert.deepEqual(labelMatcher('^\\(\\?=(\\w+)\\):').exec('(?=Ann): hi'), { start: 0, end: 8, speaker: 'Ann' });
    assert.deepEqual(labelMatcher('^[(?=]+(\\w+):').exec('(?=Bo: hi'), { start: 0, end: 6, speaker: 'Bo' });
  });

  it('refuses invalid, empty, over-long and over-large patterns with a reason', () => {
    assert.match(reasonFor('([unclosed'), /not valid RE2 syntax: .*missing closing/);
    assert.match(reasonFor(''), /empty/);
    assert.match(reasonFor('x'.repeat(MAX_PATTERN_SOURCE + 1)), /longer than 200/);
    assert.match(reasonFor('^(.{1000}):'), /too large once compiled/);
    assert.equal(compileLabelPattern('x'.repeat(MAX_PATTERN_SOURCE)).ok, true);
    const compiled = compileLabelPatterns(['^(?<speaker>主持人)：', '(a)\\1', '([unclosed']);
    assert.deepEqual(compiled.patterns.map((p) => p.source), ['^(?<speaker>主持人)：']);
    assert.deepEqual(compiled.refused.map((r) => r.source), ['(a)\\1', '([unclosed']);
  });

  it('understands the JavaScript spellings RE2 lacks: \\u escapes, \\p{Script=…}, a Unicode \\s, [] and [^]', () => {
    assert.equal(labelMatcher('^(\\u4E3B\\u6301\\u4EBA)\\uFF1A').exec('主持人：你好')?.speaker, '主持人');
    assert.equal(labelMatcher('^(\\u{20B3E}+):').exec('𠬾𠬾: hi')?.speaker, '𠬾𠬾');
    assert.equal(labelMatcher('^(\\p{Script=Han}{2,4})：').exec('黃仁勳：對')?.speaker, '黃仁勳');
    assert.equal(labelMatcher('^(\\p{sc=Han}{2,4})：').exec('黃仁勳：對')?.speaker, '黃仁勳');
    assert.deepEqual(labelMatcher('^>>\\s*(\\S+)\\s').exec('>>\u3000李明\u3000好'), { start: 0, end: 6, speaker: '李明' });
    assert.equal(labelMatcher('^([^\\s：]+)：').exec('李\u3000明：好'), null, 'a full-width space is a space inside a class too');
    assert.equal(labelMatcher('^(a)[]').exec('a]'), null, '[] matches nothing, as in JavaScript');
    assert.equal(labelMatcher('^(a)[^]:').exec('a中:')?.speaker, 'a', '[^] matches anything, as in JavaScript');
  });

  it('gives the same matches as JavaScript for ordinary label patterns', () => {
    const sources = [
      '^\\[(\\d+):(\\d+)\\]\\s*(?<speaker>[^:]+):\\s*',
      '^(?<speaker>[A-Z][a-z]+ [A-Z][a-z]+)\\s*:\\s*',
      '^>>\\s*(\\S+)\\s',
      '^(?:Mr|Ms)\\.?\\s+(\\w+):',
      '^\\((\\w{1,12})\\)',
      '^<<(?<speaker>[^>]{1,8})>>',
      '(\\p{Script=Han}{2,4})：',
      '^\\*\\*([^*]+)\\*\\*',
    ];
    const lines = ['[12:30] Jane Doe: hello', 'Jane Smith : hi', '>> ANNA hello', 'Mr. Smith: yes', '(Bob) hi', '<<Host>> hi', '😀 前言 黃仁勳：好', '**主持人** 歡迎', 'no label here', ''];
    for (const source of sources) {
      const ours = labelMatcher(source);
      const theirs = new RegExp(source, 'u');
      for (const line of lines) {
        const expected = theirs.exec(line);
        const speaker = expected ? (expected.groups?.['speaker'] ?? expected[1] ?? '').trim() : '';
        assert.deepEqual(ours.exec(line), expected ? { start: expected.index, end: expected.index + expected[0].length, speaker } : null, `${source} on ${JSON.stringify(line)}`);
      }
    }
  });

  it('counts offsets in UTF-16 units, as the rest of the analysis does', () => {
    const line = '😀𠬾李明：好';
    assert.deepEqual(labelMatcher('(?<speaker>李明)：').exec(line), { start: line.indexOf('李明'), end: line.indexOf('好'), speaker: '李明' });
  });

  it('still uses a valid pattern in the analysis', () => {
    const analysis = analyze('<<Host>> Welcome back.\n<<Guest>> Thanks.', { extraLabelPatterns: [labelMatcher('^<<(\\w+)>>')] });
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Host', 'Guest']);
  });
});
