import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';

// A transcription tool's Markdown export: a title, a block of fields, then the talk without labels.
const EXPORT_MD = [
  '# City Council Meeting - Transcript (First 10 Minutes)', '', '**Date:** December 9, 2025', '**Language:** english',
  '**Duration:** 600.0 seconds', '**Source:** https://example.org/player/clip/4421', '', '---', '',
  'Good evening and welcome to the regular meeting of the council.', 'We will begin with the pledge.', '',
].join('\n');

// A Zoom transcript saved as text: a header block, then labelled speakers who speak again and again.
const ZOOM_TXT = [
  'SIG: System Stability WG', 'Date: 2025-07-03', 'Duration: 27 minutes', '', 'Ana Lee: Hi folks, shall we start?',
  'Ben Ortiz: Yes, the agenda is short today.', 'Ana Lee: Then the first item is memory metrics.', 'Ben Ortiz: I reviewed them yesterday.', '',
].join('\n');

// An interview write-up: host and guest credited over the interview, the host's label then speaking.
const CREDITS_TXT = [
  '專訪蔡主席', '', '主持人:林意玲(社長)', '與談人:蔡英文 (主席)', '整理:謝宜帆、黃敬哲', '',
  '主持人:請問主席,為什麼要舉辦這場會議?', '', '蔡英文:是的,社會還有很多問題。', '', '主持人:那麼會議何時舉行?', '', '蔡英文:下個月。', '',
].join('\n');

// Two fields over a conversation that starts further down than the edit's neighbourhood.
const TWO_FIELDS_TXT = [
  'Language: english', 'Duration: 600 seconds', '',
  ...Array.from({ length: 8 }, (_, i) => `${i % 2 ? 'Ben Ortiz' : 'Ana Lee'}: Point number ${i} is worth a sentence.`), '',
].join('\n');

describe('a block of fields at the head is no conversation', () => {
  it('bold and plain field blocks under a title give no speaker, whether or not a field name is on a list', () => {
    for (const text of [EXPORT_MD, EXPORT_MD.replace(/\*\*/g, '')]) {
      const analysis = analyze(text, {}, 'council.md');
      assert.deepEqual(analysis.speakers, []);
      for (const field of ['Language:', 'Duration:', 'Good evening']) assert.equal(speakerAt(text, analysis, field), null, field);
    }
  });

  it('fields set apart by blank lines under a heading are one block, an empty field among them too', () => {
    const text = ['# Telco — Minutes', '', '**Date:** 2022-08-10', '', '## Attendees', '', '**Regrets:** ', '', '**Guests:** ', '',
      '**Chair:** Zheng xu', '', '**Scribe(s):** GeorgeK', '', '## Content', '', '**Naomi:** This is with big retailers, like Amazon.', '',
      '**Bill:** This gets misnamed as piracy.', '', '**Naomi:** Bootleg is another term.', ''].join('\n');
    const analysis = analyze(text, {}, 'minutes.md');
    assert.deepEqual(analysis.speakers.map((s) => s.name), ['Naomi', 'Bill']);
    for (const field of ['**Regrets', '**Guests', '**Chair', '**Scribe']) assert.equal(speakerAt(text, analysis, field), null, field);
  });

  it('a header block over a labelled conversation leaves the speakers who repeat', () => {
    const analysis = analyze(ZOOM_TXT, {}, 'meeting.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name), ['Ana Lee', 'Ben Ortiz']);
    for (const field of ['SIG:', 'Date:', 'Duration:']) assert.equal(speakerAt(ZOOM_TXT, analysis, field), null, field);
  });

  it('credits naming the host are fields, and the host\'s own label below still speaks', () => {
    const analysis = analyze(CREDITS_TXT, {}, 'interview.txt');
    for (const field of ['主持人:林意玲', '與談人', '整理']) assert.equal(speakerAt(CREDITS_TXT, analysis, field), null, field);
    assert.equal(speakerAt(CREDITS_TXT, analysis, '主持人:請問'), '主持人');
    assert.equal(speakerAt(CREDITS_TXT, analysis, '蔡英文:下個月'), '蔡英文');
  });

  it('a panel whose guests each say one sentence is a conversation, not fields', () => {
    const text = ['MODERATOR: Let me introduce the panel.', 'Ana Lee: Thanks for having me.', 'Ben Ortiz: Glad to be here!', 'MODERATOR: Then let us start.', ''].join('\n');
    assert.deepEqual(analyze(text, {}, 'panel.txt').speakers.map((s) => s.name), ['MODERATOR', 'Ana Lee', 'Ben Ortiz']);
  });

  it('short replies stay turns when their speakers repeat or stand apart like paragraphs, and a Q/A pair stays an exchange', () => {
    const replies = ['Ana: yes', 'Ben: right', 'Ana: so we agree', 'Ben: we do', ''].join('\n');
    assert.deepEqual(analyze(replies, {}, 'chat.txt').speakers.map((s) => s.name), ['Ana', 'Ben']);
    // Paragraphs apart by blank lines are how a conversation is laid out: with no datum among them, no block.
    const paragraphs = ['Host: welcome to the show', '', 'Guest: thanks for having me', ''].join('\n');
    assert.deepEqual(analyze(paragraphs, {}, 'show.txt').speakers.map((s) => s.name), ['Host', 'Guest']);
    const exchange = ['Q: Your name', 'A: John Smith', ''].join('\n');
    assert.deepEqual(analyze(exchange, {}, 'qa.txt').speakers.map((s) => s.name), ['Q', 'A']);
  });

  it('an edit that makes a field value a sentence, or a field name label a second line, falls back and equals analyze()', () => {
    // Here no other reading of the line sees the change: the field block's own fallback must.
    assertEditEqualsAnalyze(TWO_FIELDS_TXT, 'notes.txt', '600 seconds', 'we spoke for ten minutes.');
    assert.equal(speakerAt(TWO_FIELDS_TXT, analyze(TWO_FIELDS_TXT, {}, 'notes.txt'), 'Duration:'), null);
    assertEditEqualsAnalyze(ZOOM_TXT, 'meeting.txt', '27 minutes', 'we spoke for 27 minutes.');
    assertEditEqualsAnalyze(ZOOM_TXT, 'meeting.txt', 'Ben Ortiz: I reviewed', 'Duration: I reviewed');
    assertEditEqualsAnalyze(CREDITS_TXT, 'interview.txt', '整理:謝宜帆', '整理:謝宜帆說了很多。');
    assertEditEqualsAnalyze(EXPORT_MD, 'council.md', 'english', 'english, and it is long enough to be a sentence here.');
  });
});

describe('field blocks, a name alone on its line under them', () => {
  it('keeps `部長:` over the minister\'s speech a speaker, after the record\'s own fields', () => {
    const text = ['標題:九十年度新春記者會談話紀錄', '時間:90/01/15', '部長:', '各位媒體朋友大家早安', '首先,對於各位媒體朋友的支持,特別向大家表示感謝之意。', ''].join('\n');
    const analysis = analyze(text, {}, 'record.txt');
    assert.equal(speakerAt(text, analysis, '各位媒體'), '部長');
    assert.equal(speakerAt(text, analysis, '時間'), null);
  });
});
