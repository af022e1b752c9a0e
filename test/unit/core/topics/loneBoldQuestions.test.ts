import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A bold question over its answer titles the answer even when the piece asks only one, and even when the converter
// that made the Markdown split its bold into runs set side by side (`**那麼****A****和****B****有何差別****?**`).

/** A news explainer: its headline, two paragraphs, one bold question, and the paragraphs that answer it. */
const EXPLAINER = [
  '## 城市為何改用新的垃圾分類標誌',
  '',
  '市政府上週公布新版回收標誌，舊標誌將在年底前全面撤換，各區清潔隊已開始在回收站張貼說明。',
  '',
  '不少市民反映新舊標誌看起來差不多，也有人擔心換標誌的經費會排擠其他環保預算。',
  '',
  '**那麼****新標誌****和****舊標誌****有何差別****?**',
  '',
  '新標誌把紙類和紙容器分成兩格，舊標誌只有一格，清潔隊員說這是最常被問到的地方。',
  '',
  '另一個差別是顏色：新標誌改用深藍色，色弱的市民也能分辨，這是身心障礙團體多年來的建議。',
].join('\n');

/** An English write-up of a talk: one bold question over a long answer. */
const TALK_NOTES = [
  'Notes from the Thursday session on community radio, written up by the volunteers who ran the room.',
  '',
  'The speaker opened with the history of the station and the licence it nearly lost in its third year on air.',
  '',
  '**Why does a small station still need a transmitter?**',
  '',
  'Because streaming fails exactly when people need the station most: in a storm the mobile network goes down first, and a battery radio keeps working.',
  '',
  'She ended with the running costs, which the listeners cover in a single week of pledges each spring.',
].join('\n');

describe('a bold question asked once titles its answer', () => {
  it('reads the question as a title, bold runs set side by side included, with the title in plain words', () => {
    assert.deepEqual(topicTitles(analyze(EXPLAINER, {}, 'explainer.md').topics), ['城市為何改用新的垃圾分類標誌', '那麼新標誌和舊標誌有何差別?']);
    assert.deepEqual(topicTitles(analyze(TALK_NOTES, {}, 'notes.md').topics), ['Why does a small station still need a transmitter?']);
  });

  it('reads no title where the question is answered by a label, asks nothing, or holds plain words between its bold', () => {
    const labelled = TALK_NOTES.replace('Because streaming', 'MARTA: Because streaming').replace('She ended', 'HOST: She ended');
    assert.ok(!topicTitles(analyze(labelled, {}, 'notes.md').topics).includes('Why does a small station still need a transmitter?'));
    const asksNothing = TALK_NOTES.replace('transmitter?**', 'transmitter.**');
    assert.deepEqual(topicTitles(analyze(asksNothing, {}, 'notes.md').topics), []);
    // `**Why** does … **transmitter?**`: plain words between two bold runs, not a bold paragraph.
    const mixed = TALK_NOTES.replace('**Why does a small station', '**Why** does a small station **still');
    assert.deepEqual(topicTitles(analyze(mixed, {}, 'notes.md').topics), []);
    // Bold runs that leave words out of the bold (`**那麼** 新標誌 **…?**`) make no bold paragraph either.
    const broken = EXPLAINER.replace('**那麼****新標誌****和', '**那麼** 新標誌 **和');
    assert.deepEqual(topicTitles(analyze(broken, {}, 'explainer.md').topics), ['城市為何改用新的垃圾分類標誌']);
  });

  it('keeps incremental analysis exact around a lone question and its bold runs', () => {
    const edits = [['*', 0], ['\n\n', 0], ['x', 0], ['?', 0], ['', 1], ['', 2]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(EXPLAINER, 'explainer.md', edits, EXPLAINER.indexOf('不少'), EXPLAINER.indexOf('另一個'));
    assertEditsAcrossOffsetsMatchAnalyze(TALK_NOTES, 'notes.md', edits, TALK_NOTES.indexOf('The speaker'), TALK_NOTES.indexOf('She ended'));
  });
});
