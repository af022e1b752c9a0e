import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { sectionMarkerInner } from '../../../../src/core/topics/bracketedSections';
import { topicTitles } from './topicTitles';

// A podcast transcript as a transcription service delivers it: section markers in brackets over each
// section's first turn, initials after a timestamp, a sound note between two turns.
const EPISODE = [
  '[INTRODUCTION]',
  '',
  '[0:00:05.1] ANNOUNCER: Welcome to the show about storage engines, one term at a time.',
  '',
  '[EPISODE]',
  '',
  '[00:00:31] KM: Welcome back. Today we talk about write-ahead logs with Dana.',
  '',
  '[00:00:38] DR: Thanks for having me. It is good to be here.',
  '',
  '[LAUGHTER]',
  '',
  '[00:00:44] KM: So what is a write-ahead log, in one sentence?',
  '',
  '[00:00:49] DR: It is a file where every change is written before the data pages are.',
  '',
  '[00:01:02] KM: And why write it first?',
  '',
  '[00:01:05] DR: Because after a crash the log is what you replay.',
  '',
  '[END OF EPISODE]',
  '',
].join('\n');

describe('section markers in square brackets', () => {
  it('titles a section with a marker in capitals between blank lines over a label', () => {
    assert.deepEqual(topicTitles(analyze(EPISODE, {}, 'episode.md').topics), ['INTRODUCTION', 'EPISODE']);
  });

  it('leaves sound notes and the record\'s end as asides, and a marker with speech right under it', () => {
    assert.equal(sectionMarkerInner('[LAUGHTER]'), null);
    assert.equal(sectionMarkerInner('[MUSIC PLAYING]'), null);
    assert.equal(sectionMarkerInner('[END OF EPISODE]'), null);
    assert.equal(sectionMarkerInner('[Inaudible]'), null);
    assert.deepEqual(sectionMarkerInner('[INTERVIEW]'), { start: 1, end: 10 });
    // With one of the two markers unqualified, the other stands alone: a cue, not the document's sections.
    const noBlank = EPISODE.replace('[EPISODE]\n\n', '[EPISODE]\n');
    assert.deepEqual(topicTitles(analyze(noBlank, {}, 'episode.md').topics), []);
    const noLabel = EPISODE.replace('[INTRODUCTION]\n\n[0:00:05.1] ANNOUNCER: ', '[INTRODUCTION]\n\n');
    assert.deepEqual(topicTitles(analyze(noLabel, {}, 'episode.md').topics), []);
    const third = EPISODE.replace('[00:01:02] KM:', '[Q AND A]\n\n[00:01:02] KM:');
    assert.deepEqual(topicTitles(analyze(third, {}, 'episode.md').topics), ['INTRODUCTION', 'EPISODE', 'Q AND A']);
  });

  it('reads one marker alone as a programme\'s cue, not a section', () => {
    // A public-radio page: the show's intro cue over the first label, a read passage's cue over the host's reading.
    const radio = [
      'March 3, 2024',
      '',
      '[SHOW INTRO]',
      '',
      'MARA OKAFOR: Hi, I am Mara Okafor, and this week we go looking for the quietest room in the city.',
      '',
      'TOMAS: Which is harder to find than it sounds.',
      '',
      'MARA: Much harder. [laughs]',
      '',
    ].join('\n');
    assert.deepEqual(topicTitles(analyze(radio, {}, 'radio.txt').topics), []);
    const read = radio.replace('[SHOW INTRO]', '[POEM READING]');
    assert.deepEqual(topicTitles(analyze(read, {}, 'radio.txt').topics), []);
    const result = analyze(radio, {}, 'radio.txt');
    assert.deepEqual(result.turns.map((turn) => turn.speaker), ['MARA OKAFOR', 'TOMAS', 'MARA']);
  });

  it('ends the turn above a marker and keeps the marker out of every turn', () => {
    const result = analyze(EPISODE, {}, 'episode.md');
    const marker = EPISODE.indexOf('[EPISODE]');
    assert.ok(!result.turns.some((turn) => turn.span.start <= marker && marker < turn.span.end));
    assert.deepEqual(result.turns.map((turn) => turn.speaker).slice(0, 3), ['ANNOUNCER', 'KM', 'DR']);
  });

  it('equals a full analysis after edits in and around the markers', () => {
    let local = 0;
    for (let at = 0; at <= EPISODE.length; at += 7) {
      for (const typed of ['a', 'X', '\n', ']']) {
        const analyzer = new IncrementalAnalyzer({}, 'episode.md');
        analyzer.update(EPISODE);
        const edited = EPISODE.slice(0, at) + typed + EPISODE.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'episode.md')), `${JSON.stringify(typed)} at ${at}`);
      }
    }
    assert.ok(local > 0, 'no edit stayed local');
  });
});

// A news video's script: scene lines in lenticular brackets over the reporter's `【同期】` lines, no blank lines.
const SCRIPT = [
  '发布时间:2024年05月12日 09:30 来源:示例新闻网',
  '5月11日,市政府举行新闻发布会,介绍今年防汛工作的安排。记者带你走进发布会现场。',
  '【同期】示例新闻记者 王小明',
  '我现在在市政府新闻发布厅外面,今天的发布会有三个看点。',
  '【走进发布厅】',
  '【同期】示例新闻记者 王小明',
  '发布厅里已经坐满了记者,发言人还没有到场。',
  '【发布会现场】',
  '【同期】示例新闻记者 王小明',
  '发言人介绍,今年全市已经建成应急排水泵站二十座。',
].join('\n');

// An interview write-up: a section line in lenticular brackets right over the guest's label.
const INTERVIEW = [
  '主持人:今天请到的是一位城市规划师,我们先从您的工作讲起。',
  '',
  '【从规划图纸到街道】',
  '李华:我做规划已经十五年了,最早画的是老城区的步行街。',
  '',
  '主持人:那条街后来建成了吗?',
  '',
  '李华:建成了,二〇一五年开放,现在每天有两万人走过。',
].join('\n');

describe('section lines in lenticular brackets', () => {
  it('titles a section with a one-off bracketed line over a label, with or without blank lines', () => {
    assert.deepEqual(topicTitles(analyze(SCRIPT, {}, 'script.txt').topics), ['走进发布厅', '发布会现场']);
    assert.deepEqual(topicTitles(analyze(INTERVIEW, {}, 'interview.txt').topics), ['从规划图纸到街道']);
  });

  it('leaves words the document brackets again and again, asides, ids and lines over prose alone', () => {
    // `【同期】` opens three lines: a tag of the labels, not a section.
    assert.ok(!topicTitles(analyze(SCRIPT, {}, 'script.txt').topics).includes('同期'));
    const repeated = SCRIPT.replace('【发布会现场】', '【走进发布厅】');
    assert.deepEqual(topicTitles(analyze(repeated, {}, 'script.txt').topics), []);
    assert.equal(sectionMarkerInner('【掌声】'), null);
    assert.equal(sectionMarkerInner('【说话人2】'), null);
    assert.equal(sectionMarkerInner('【这是一句话。】'), null);
    assert.deepEqual(sectionMarkerInner('【从规划图纸到街道】'), { start: 1, end: 9 });
    const overProse = INTERVIEW.replace('李华:我做规划', '我做规划');
    assert.ok(!topicTitles(analyze(overProse, {}, 'interview.txt').topics).includes('从规划图纸到街道'));
  });

  it('equals a full analysis after edits in and around the bracketed lines', () => {
    // Every eleventh offset: the scene lines, their labels and the turns far from them, in a test that stays quick.
    // More turns after the section, so edits far from a bracketed line can stay local.
    const more = Array.from({ length: 8 }, (_, i) => `主持人:第${i + 1}个问题是什么?\n\n李华:这是第${i + 1}个回答,我们在第${i + 3}年完成了它。`).join('\n\n');
    let local = 0;
    for (const source of [SCRIPT, `${INTERVIEW}\n\n${more}`]) {
      for (let at = 0; at <= source.length; at += 11) {
        for (const typed of ['字', '\n', '【']) {
          const analyzer = new IncrementalAnalyzer({}, 'script.txt');
          analyzer.update(source);
          const edited = source.slice(0, at) + typed + source.slice(at);
          const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
          if (analyzer.lastMode === 'line') local++;
          assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'script.txt')), `${JSON.stringify(typed)} at ${at}`);
        }
      }
    }
    assert.ok(local > 0, 'no edit stayed local');
  });
});

// A podcast episode's show notes: section lines in lenticular brackets over a guest line, a blurb and a chapter list.
const SHOW_NOTES = [
  '【本期嘉宾】',
  '林晓,一位在海边小城开了十年书店的店主。',
  '【本期话题】',
  '独立书店怎样撑过没有游客的冬天。',
  '【时间轴】',
  '01:20 书店是怎么开起来的',
  '09:45 冬天的客人都是谁',
  '18:30 我们为什么还在坚持',
  '',
  '欢迎在评论区留下你最喜欢的书店。',
].join('\n');

describe('show-notes sections in lenticular brackets', () => {
  it('titles two or more one-off bracketed lines over prose or a chapter list', () => {
    assert.deepEqual(topicTitles(analyze(SHOW_NOTES, {}, 'notes.txt').topics), ['本期嘉宾', '本期话题', '时间轴']);
  });

  it('leaves one such line alone, words bracketed again, and bracketed lines over links or other brackets', () => {
    const one = SHOW_NOTES.split('\n').slice(2).join('\n').replace('【时间轴】', '时间轴如下');
    assert.ok(!topicTitles(analyze(one, {}, 'notes.txt').topics).includes('本期话题'));
    const repeated = SHOW_NOTES.replace('【时间轴】', '【本期话题】');
    assert.ok(!topicTitles(analyze(repeated, {}, 'notes.txt').topics).includes('本期话题'));
    const links = ['相关链接:', '【书店的网站】', 'https://example.org/shop', '【上一期节目】', 'https://example.org/ep1', '【更多节目】', '【联系我们】'].join('\n');
    assert.deepEqual(topicTitles(analyze(links, {}, 'notes.txt').topics).filter((title) => title.includes('书店') || title.includes('节目') || title.includes('联系')), []);
  });

  it('equals a full analysis after edits in and around the section lines', () => {
    const source = `${SHOW_NOTES}\n\n${Array.from({ length: 6 }, (_, i) => `第${i + 1}段:我们聊到了第${i + 1}家书店,它开在一条老街上。`).join('\n\n')}`;
    let local = 0;
    for (let at = 0; at <= source.length; at += 5) {
      for (const typed of ['字', '\n', '【', '】']) {
        const analyzer = new IncrementalAnalyzer({}, 'notes.txt');
        analyzer.update(source);
        const edited = source.slice(0, at) + typed + source.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'notes.txt')), `${JSON.stringify(typed)} at ${at}`);
      }
    }
    assert.ok(local > 0, 'no edit stayed local');
  });
});
