import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import type { Analysis } from '../../../../src/core/analysis/model';
import { LineIndex } from '../../../../src/core/text/positions';
import { editMayTouchFrontMatter, findFrontMatter } from '../../../../src/core/text/frontMatter';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';
import { readFixture } from '../transcriptFixtures';

// Front matter is metadata (session 40, speakers43): test/fixtures/transcripts/shapes42-minutes.
const YAML_CALL = 'shapes42-minutes/front-matter-call.txt';
const TOML_CALL = 'shapes42-minutes/toml-front-matter.md';

/** Whether any turn, claim, topic heading or stage direction of `analysis` starts before offset `end`. */
function readsBefore(analysis: Analysis, end: number): string[] {
  const found: string[] = [];
  for (const turn of analysis.turns) if (turn.span.start < end) found.push(`turn ${turn.speaker}`);
  for (const claim of analysis.claims) if (claim.span.start < end) found.push(`claim ${claim.text}`);
  for (const topic of analysis.topics) if (topic.headingSpan.start < end) found.push(`topic ${topic.title}`);
  for (const direction of analysis.stageDirections) if (direction.span.start < end) found.push(`direction at ${direction.span.start}`);
  return found;
}

/** The offset right after the front matter's closing fence (the second fence line). */
function afterClosingFence(text: string, fence: string): number {
  const closing = text.indexOf(`\n${fence}\n`, 1);
  assert.ok(closing > 0, fence);
  return closing + fence.length + 2;
}

describe('front matter is metadata (session 40, speakers43)', () => {
  describe('findFrontMatter', () => {
    const read = (text: string, markdown: boolean) => findFrontMatter(new LineIndex(text), markdown);

    it('finds a `---` block in Markdown whatever it holds, after up to two blank lines', () => {
      assert.deepEqual(read('---\ntitle: A\n---\nbody', true), { first: 0, last: 2 });
      assert.deepEqual(read('\n\n---\nAnything at all.\n---\nbody', true), { first: 2, last: 4 });
      assert.equal(read('\n\n\n---\ntitle: A\n---\nbody', true), null);
    });

    it('finds a `+++` TOML block, closed by the same fence only', () => {
      assert.deepEqual(read('+++\ntitle = "A"\n[params]\nx = 1\n+++\nbody', false), { first: 0, last: 4 });
      assert.equal(read('+++\ntitle = "A"\n---\nbody', true), null);
    });

    it('in plain text, takes a fenced block only when its lines are lower-case keys and their values', () => {
      assert.deepEqual(read('---\ntitle: A\ntags:\n  - b\n# note\n---\nAlice: hi', false), { first: 0, last: 5 });
      // Speech between two rules is no metadata: `Alice:` is a capitalised label, `hello there` no key.
      assert.equal(read('---\nAlice: Hello.\nBob: Hi.\n---\nbody', false), null);
      assert.equal(read('---\ntitle: A\nhello there\n---\nbody', false), null);
      assert.equal(read('---\n\n---\nbody', false), null);
    });

    it('needs a closing fence within the first 200 lines', () => {
      assert.equal(read(`---\n${'key: value\n'.repeat(250)}---\nbody`, true), null);
      assert.equal(read('---\ntitle: A\nbody', true), null);
    });
  });

  describe('analysis', () => {
    it('reads no turn, claim, topic or stage direction in a plain text file\'s YAML front matter', () => {
      const text = readFixture(YAML_CALL);
      const analysis = analyze(text, {}, 'call.txt');
      assert.deepEqual(readsBefore(analysis, afterClosingFence(text, '---')), []);
      assert.equal(speakerAt(text, analysis, 'Welcome back'), 'Mira');
      assert.equal(speakerAt(text, analysis, 'I can take Saturday'), 'Tomas');
      assert.deepEqual(new Set(analysis.turns.map((t) => t.speaker)), new Set(['Mira', 'Tomas']));
    });

    it('reads none in TOML front matter, in Markdown and in plain text (`[params]` is no stage direction)', () => {
      const text = readFixture(TOML_CALL);
      for (const name of ['workshop.md', 'workshop.txt']) {
        const analysis = analyze(text, {}, name);
        assert.deepEqual(readsBefore(analysis, afterClosingFence(text, '+++')), [], name);
        assert.equal(speakerAt(text, analysis, 'We fixed eleven bikes'), 'Ines', name);
        assert.equal(speakerAt(text, analysis, 'spare chains'), 'Paulo', name);
      }
    });

    it('keeps the turns of a plain transcript framed by two rules', () => {
      const text = ['---', 'Alice: Hello, and welcome to the call.', '', 'Bob: Thanks for having me.', '---', '', 'Alice: Let us start.'].join('\n');
      const analysis = analyze(text, {}, 'framed.txt');
      assert.equal(speakerAt(text, analysis, 'Hello, and welcome'), 'Alice');
      assert.equal(speakerAt(text, analysis, 'Thanks for having me'), 'Bob');
    });
  });

  describe('incremental re-analysis', () => {
    it('falls back for an edit inside a plain text front matter or on the line after it, not for one below', () => {
      const text = readFixture(YAML_CALL);
      const lines = new LineIndex(text);
      const edit = (from: string, to: string, markdown: boolean) => {
        const at = text.indexOf(from);
        return editMayTouchFrontMatter(lines, `${text.slice(0, at)}${to}${text.slice(at + from.length)}`, at, markdown);
      };
      assert.equal(edit('layout: notes', 'layout: note', false), true);
      assert.equal(edit('\n---\n\nMira', '\n--\n\nMira', false), true);
      assert.equal(edit('the beds on Saturday', 'the beds on Sunday', false), false);
      // Markdown's front matter is its fences: only an edit that moves or breaks one changes it.
      assert.equal(edit('layout: notes', 'layout: note', true), false);
      assert.equal(edit('\n---\n\nMira', '\n--\n\nMira', true), true);
    });

    it('falls back where an edit opens a front matter the text had none of', () => {
      const text = ['--', 'title: A', '---', 'Alice: hi'].join('\n');
      const lines = new LineIndex(text);
      assert.equal(editMayTouchFrontMatter(lines, `-${text}`, 0, false), true);
      assert.equal(editMayTouchFrontMatter(new LineIndex('Alice: hi\nBob: yo'), 'Alice: hi there\nBob: yo', 9, false), false);
    });

    it('equals analyze() after edits that open, close, change or leave the front matter', () => {
      const yaml = readFixture(YAML_CALL);
      assertEditEqualsAnalyze(yaml, 'call.txt', 'layout: notes', 'Layout notes');
      assertEditEqualsAnalyze(yaml, 'call.txt', 'date: 2025-03-04', 'Mira: 2025-03-04');
      assertEditEqualsAnalyze(yaml, 'call.txt', '---\n\nMira', '--\n\nMira');
      assertEditEqualsAnalyze(yaml, 'call.txt', '---\ntitle', '--\ntitle');
      assertEditEqualsAnalyze(yaml, 'call.txt', 'on Saturday?', 'on Sunday?');
      const toml = readFixture(TOML_CALL);
      assertEditEqualsAnalyze(toml, 'workshop.txt', '[params]', 'Ines: params');
      assertEditEqualsAnalyze(toml, 'workshop.md', '+++\n\nInes', '++\n\nInes');
      assertEditEqualsAnalyze(toml, 'workshop.md', 'draft = false', 'draft = true');
      assertEditEqualsAnalyze(toml, 'workshop.md', 'author = "workshop team"', 'Ines: workshop team');
      assertEditEqualsAnalyze(['--', 'title: A', '---', '', 'Alice: hi there.', '', 'Bob: hello.'].join('\n'), 'opened.txt', '--\ntitle', '---\ntitle');
    });
  });
});
