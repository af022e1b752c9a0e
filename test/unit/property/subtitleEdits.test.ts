import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { CaptionRepeats } from '../../../src/core/claims/captionLines';
import { repoRoot } from '../repoRoot';
import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev subtitle files (issue 13): typing inside a cue's text, its timing or number, and between cues; Enter and
 * joined lines inside a cue. Film
 * dialogue (its register lowers every claim), SDH labels, Whisper and caption runs, a podcast's labelled cues wrapped
 * before capitals (one sentence over a cue's lines), Chinese SRT and WebVTT.
 */
const EN = ['citizen-hearing-2013-truth-embargo-whisper.srt', 'mariners-sermon-2026-06-21-captions.srt', 'parseeng-deadpool-film-subtitles.srt', 'polyu-comp5521-cryptography-lecture-whisper.srt', 'preprocessing-srt-inglourious-basterds-sdh.srt', 'virtualcoffee-podcast-s6e3-captions.srt', '3b1b-medical-test-paradox-captions.srt'];
const ZH_HANS = ['gdsub-robot-grasping-sim2real.srt', 'montagesubs-frankenstein-2025-film-subtitles.srt', 'pie-podcast-ep45-whisper.srt', 'ted-immune-healing-zh-cn.vtt'];
const ZH_HANT = ['ted-immune-healing-zh-tw.vtt', 'tonghao-nutritionist-keto-talk-subtitles.vtt'];
/** Letters, sentence ends, commas, quotes, a question, a label, a voice tag, a dash, a sound, markup, digits, a line break. */
const TYPED = ['a', ' ', 'the', '.', '?', '!', ',', 'and then', 'Well. So', '"', 'JOHN: ', '<v Ann>', '- ', '[laughs]', '<i>', '5', '-->', 'NOTE ', '\n', '我', '，', '。', '吗？', '「', '主持人：'];

describe('IncrementalAnalyzer on subtitle files (SRT, WebVTT)', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: EN, typed: TYPED, removedBelow: 6 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: ZH_HANS, typed: TYPED, removedBelow: 6 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ZH_HANT, typed: TYPED, removedBelow: 6 });
  // One analyzer through 300 edits: the register's counts and reading carried from edit to edit.
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['parseeng-deadpool-film-subtitles.srt', 'mariners-sermon-2026-06-21-captions.srt', 'virtualcoffee-podcast-s6e3-captions.srt'], typed: TYPED, removedBelow: 6, editsPerFile: 300, chained: true });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ['ted-immune-healing-zh-tw.vtt'], typed: TYPED, removedBelow: 6, editsPerFile: 300, chained: true });
  // Rolling captions (each cue shows the line before again; claims/captionLines.ts): every edit falls back.
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['youtube-auto-captions-edelman-cnbc.vtt'], typed: TYPED, removedBelow: 6, allFallBack: true });
});

describe('IncrementalAnalyzer: whether subtitles roll, per keystroke', () => {
  it('reads it once per keystroke in a cue: the old text\'s reading is the previous keystroke\'s', () => {
    const file = 'parseeng-deadpool-film-subtitles.srt';
    let text = readFileSync(join(repoRoot(), 'test/corpus/en', file), 'utf8');
    const analyzer = new IncrementalAnalyzer({}, file);
    analyzer.update(text);
    const original = Object.getOwnPropertyDescriptor(CaptionRepeats, 'of')!;
    let readings = 0;
    CaptionRepeats.of = (lines) => {
      readings++;
      return (original.value as typeof CaptionRepeats.of)(lines);
    };
    try {
      const at = text.indexOf('\n', text.length >> 1);
      let local = 0;
      for (let i = 0; i < 10; i++) {
        const before = readings;
        text = text.slice(0, at + i) + 'a' + text.slice(at + i);
        analyzer.update(text, [{ rangeOffset: at + i, rangeLength: 0, text: 'a' }]);
        assert.equal(analyzer.lastMode, 'line', `keystroke ${i}`);
        local++;
        // The first keystroke after the full analysis reads the old text too.
        assert.equal(readings - before, i === 0 ? 2 : 1, `keystroke ${i}`);
      }
      assert.equal(local, 10);
    } finally {
      Object.defineProperty(CaptionRepeats, 'of', original);
    }
  });
});

describe('IncrementalAnalyzer: markup-only lines, which are stage directions only in a document holding `<`', () => {
  const cases: [string, string, string, string, string][] = [
    // `**` over a voice tag: the tag's `<` makes it a direction; read alone, the edited line holds none.
    ['`**` edited above a voice tag (SRT)', 'doc.srt', '1\n00:00:01,000 --> 00:00:02,000\n**\n<v Ann>Hello there.\n\n2\n00:00:03,000 --> 00:00:04,000\nGood morning.\n', '**', 'a'],
    // The document's first `<` turns the `**` line elsewhere into a direction.
    ['the first `<` typed into a cue (SRT)', 'doc.srt', '1\n00:00:01,000 --> 00:00:02,000\n**\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,000\nGood morning.\n', 'morning', '<i>'],
    ['the first `<` typed into speech', 'doc.txt', '主持人：歡迎各位。\n王芳：我認為這種擔心是多餘的，\n**\n我們的客戶非常優秀。\n李明：據公司年報，我們去年營收達到420億元。\n', '營收', '<'],
  ];
  for (const [name, file, text, near, typed] of cases) {
    it(`equals a full analyze() after ${name}`, () => {
      const at = text.indexOf(near);
      const change = { rangeOffset: at, rangeLength: typed === 'a' ? 1 : 0, text: typed };
      const edited = text.slice(0, at) + typed + text.slice(at + change.rangeLength);
      // The edit does change the stage directions: a local path that kept them would be wrong.
      assert.notEqual(analyze(edited, {}, file).stageDirections.length, analyze(text, {}, file).stageDirections.length);
      const analyzer = new IncrementalAnalyzer({}, file);
      analyzer.update(text);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, file));
    });
  }
});
