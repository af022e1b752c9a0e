import * as assert from 'node:assert/strict';
import { formatTimecode, mediaFragment, parseTime, Timecodes } from '../../../../src/core/desk/timecodes';

const SRT = ['1', '00:00:01,000 --> 00:00:04,000', '主持人：歡迎收看。', '', '2', '00:01:23,450 --> 00:01:27,000', '黃仁勳：我們去年營收達到420億元。', ''].join('\n');
const VTT = ['WEBVTT', '', '00:05.000 --> 00:09.000', '<v Jane>Revenue doubled last year.', ''].join('\n');
const TIMESTAMPED = ['[00:00:10] Host: Welcome.', 'Jane Doe  1:05', 'Revenue doubled last year.', '(02:30) Bo: Prices will fall.', 'at 10:30:00 we met'].join('\n');

describe('timecodes of a transcript', () => {
  it('gives each SRT line the start of its cue', () => {
    const timecodes = new Timecodes(SRT);
    assert.equal(timecodes.at(SRT.indexOf('歡迎')), 1);
    assert.equal(timecodes.at(SRT.indexOf('我們去年')), 83.45);
    // Before the first cue there is no time.
    assert.equal(timecodes.at(0), null);
  });

  it('reads WebVTT cues without hours', () => {
    assert.equal(new Timecodes(VTT).at(VTT.indexOf('Revenue')), 5);
  });

  it('gives a statement the nearest timestamp before it: opening a line or ending a short speaker line', () => {
    const timecodes = new Timecodes(TIMESTAMPED);
    assert.equal(timecodes.at(TIMESTAMPED.indexOf('Welcome')), 10);
    assert.equal(timecodes.at(TIMESTAMPED.indexOf('Revenue')), 65);
    assert.equal(timecodes.at(TIMESTAMPED.indexOf('Prices')), 150);
    // A time inside a sentence is not a timestamp.
    assert.equal(timecodes.at(TIMESTAMPED.indexOf('we met')), 150);
  });

  it('takes the start of a bracketed range (whisper.cpp: `[00:00:05.000 --> 00:00:09.000] text`)', () => {
    const text = ['[00:00:00.000 --> 00:00:05.000]   Welcome back.', '[00:01:05.500 --> 00:01:09.000] SPEAKER_01: Prices fell.'].join('\n');
    const timecodes = new Timecodes(text);
    assert.equal(timecodes.at(text.indexOf('Welcome')), 0);
    assert.equal(timecodes.at(text.indexOf('Prices')), 65.5);
  });

  it('gives an ASS/SSA script\'s cue text its Dialogue line\'s start, and the script\'s header no time', () => {
    const script = ['[Events]', 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text', 'Dialogue: 0,0:00:10.98,0:00:11.94,Default,Ann,0,0,0,,Welcome.', 'Dialogue: Marked=0,1:02:03.45,1:02:05.00,Default,,0,0,0,,Prices fell.'].join('\n');
    const timecodes = new Timecodes(script);
    assert.equal(timecodes.at(script.indexOf('Format')), null);
    assert.equal(timecodes.at(script.indexOf('Welcome')), 10.98);
    assert.equal(timecodes.at(script.indexOf('Prices')), 3723.45);
  });

  it('knows no time in a transcript without any', () => {
    const timecodes = new Timecodes('Host: Welcome at 2:05 P.M.\nJane: Thanks.');
    assert.equal(timecodes.any, false);
    assert.equal(timecodes.at(20), null);
  });

  it('parses, formats and writes media fragments', () => {
    assert.equal(parseTime('[01:02:03.5]'), 3723.5);
    assert.equal(parseTime('02:75'), null);
    assert.equal(formatTimecode(3723.9), '01:02:03');
    assert.equal(mediaFragment(83.45), 't=83.45');
    assert.equal(mediaFragment(10), 't=10');
  });
});
