import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { detectFormat } from '../../../../src/core/analysis/format';
import { sentenceText, splitSentences } from '../../../../src/core/claims/sentences';
import { Timecodes } from '../../../../src/core/desk/timecodes';
import { LineIndex } from '../../../../src/core/text/positions';
import { classifySubtitleLines, CueLine } from '../../../../src/core/turns/subtitles';
import { SBV_CAPTIONS as SBV } from '../../../fixtures/captionSamples';

function sentencesOf(text: string): string[] {
  return splitSentences(new LineIndex(text), { format: 'srt' }).map((s) => sentenceText(text, s.span, 'srt'));
}

describe('SubViewer (.sbv) captions', () => {
  it('are subtitles, by their file name or by two timing lines at the start of any other file', () => {
    assert.equal(detectFormat('talk.sbv', ''), 'srt');
    assert.equal(detectFormat('captions.txt', SBV), 'srt');
    assert.equal(detectFormat('notes.txt', 'Meeting at 0:00:00.900,0:00:05.400 sharp.\nSee you.\n'), 'plain');
  });

  it('read each timing line as cue machinery, never as speech', () => {
    const lines = new LineIndex(SBV);
    const kinds = classifySubtitleLines(lines);
    for (let line = 0; line < lines.lineCount; line++) {
      const text = lines.lineText(line);
      const expected = /^\d:\d\d:\d\d\.\d{3},/.test(text) ? CueLine.Timing : text.trim() ? CueLine.Text : CueLine.Blank;
      assert.equal(kinds[line], expected, `line ${line}: ${text}`);
    }
  });

  it('give claims whose text and reasons hold no cue times, and a time for each cue', () => {
    const analysis = analyze(SBV, {}, 'talk.sbv');
    assert.ok(analysis.claims.length > 0);
    for (const claim of analysis.claims) {
      assert.doesNotMatch(claim.text, /\d:\d\d:\d\d/, claim.text);
      assert.ok(!claim.cues.some((cue) => cue.startsWith('time')), claim.cues.join('; '));
    }
    assert.ok(analysis.claims.some((claim) => claim.cues.includes('count: 21 million')));
    const times = new Timecodes(SBV);
    assert.equal(times.at(SBV.indexOf('humans are')), 11.82);
  });
});

describe('sentences of unpunctuated captions', () => {
  it('stop at a cue boundary after two cues without any punctuation, instead of running the whole video into one', () => {
    const sentences = sentencesOf(SBV);
    assert.ok(sentences.length >= 3, JSON.stringify(sentences));
    assert.equal(sentences[0], 'morning everybody here with your daily update on the industry the paper came out January 5th 2021 and it is only 12 pages long');
    for (const sentence of sentences) assert.ok(sentence.split(' ').length <= 30, sentence);
  });

  it('still join a punctuated sentence over three cues', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nSo today, we are continuing\n\n2\n00:00:02,000 --> 00:00:03,000\nour streak of guests that\n\n' +
      '3\n00:00:03,000 --> 00:00:04,000\nstarted with Season 1 and\n\n4\n00:00:04,000 --> 00:00:05,000\nwent on for three years.\n';
    assert.deepEqual(sentencesOf(srt), ['So today, we are continuing our streak of guests that started with Season 1 and went on for three years.']);
  });

  it('count the line breaks a sentence crosses from its own start, not from the sentence before it', () => {
    // Hard-wrapped text: the second sentence starts on the tenth line of the first and runs five lines more.
    const first = Array.from({ length: 10 }, (_, i) => `the first sentence goes on in line ${i + 1} and`).join('\n');
    const second = Array.from({ length: 5 }, (_, i) => `the second sentence goes on in line ${i + 1} and`).join('\n');
    const text = `${first} ends here. But then\n${second} ends too.`;
    const sentences = splitSentences(new LineIndex(text), {}).map((s) => s.text);
    assert.equal(sentences.length, 2, JSON.stringify(sentences));
    assert.ok(sentences[1]!.startsWith('But then') && sentences[1]!.endsWith('ends too.'));
  });
});
