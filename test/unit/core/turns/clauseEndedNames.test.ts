import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { endsLikeAClauseOnly } from '../../../../src/core/turns/speakerName';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

/** A radio talk show's script: one host's given name ends in `道`, a character that also closes `頻道`, `渠道`. */
const TALK_SHOW = [
  '以下是節目最後一段的文字記錄:',
  '何正道:今天我們談談休假的問題。',
  '林美玲:我已經三年沒有休過年假了。',
  '何正道:那節目怎麼辦?',
  '林美玲:我們得先錄好兩週的備份,這個過程真的很難。',
  '蘇子明:聽眾也會理解的。',
  '何正道:沒錯。我們下週再見。',
].join('\n');

describe('names that end like a clause (`何正道:`)', () => {
  it('reads a three-ideograph name ending in `道` as a speaker where the document repeats it beside its other labels', () => {
    const fixture = analyseText(TALK_SHOW, 'show.txt');
    assert.deepEqual(lineSpeakers(fixture).slice(1), ['何正道', '林美玲', '何正道', '林美玲', '蘇子明', '何正道']);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /^何正道/, claim.text);
    // Simplified and full-width colons alike.
    const simplified = TALK_SHOW.replace(/何正道:/g, '何正道：').replace(/林美玲:/g, '林美玲：').replace(/蘇子明:/g, '苏子明：');
    assert.deepEqual(analyze(simplified, {}, 'show.txt').turns.map((t) => t.speaker).filter((s) => s === '何正道').length, 3);
  });

  it('leaves a one-off `…道:` and a field line no speaker', () => {
    const once = TALK_SHOW.replace('何正道:那節目怎麼辦?', '他笑道:那節目怎麼辦?').replace('何正道:沒錯。', '林美玲:沒錯。').replace('何正道:今天', '主持人:今天');
    assert.equal(analyze(once, {}, 'show.txt').turns.some((t) => t.speaker.endsWith('道')), false);
    const listing = ['節目:晨間新聞', '頻道:第三台', '節目:午間新聞', '頻道:第五台'].join('\n');
    assert.equal(analyze(listing, {}, 'listing.txt').turns.some((t) => t.speaker === '頻道'), false);
  });

  it('reads a record’s `…意見:` line as a field, not a speaker (`程序委員會意見:擬請院會…`)', () => {
    const record = [
      '主席:現在開會。進行報告事項。',
      '二、本院委員等17人擬具條例修正草案,請審議案。',
      '程序委員會意見:擬請院會將本案交內政委員會審查。',
      '主席:請問院會,對本案照程序委員會意見處理,有無異議?',
      '李委員小華:有異議。',
      '主席:好,退回程序委員會。',
    ].join('\n');
    const speakers = analyze(record, {}, 'record.txt').turns.map((t) => t.speaker);
    assert.equal(speakers.includes('程序委員會意見'), false, speakers.join(','));
    assert.ok(speakers.includes('李委員小華'));
  });

  it('asks for a name before the ending: a word (`新頻道`, `被認為`) is none', () => {
    assert.equal(endsLikeAClauseOnly('何正道'), true);
    assert.equal(endsLikeAClauseOnly('王正為'), true);
    assert.equal(endsLikeAClauseOnly('我知道'), false);
    assert.equal(endsLikeAClauseOnly('正道'), false);
  });

  it('keeps edits near the labels equal to a full analysis', () => {
    assertReplacementsMatchAnalyze([[TALK_SHOW, '何正道:那節目', '那節目'], [TALK_SHOW, '蘇子明:', '何正道:'], [TALK_SHOW, '林美玲:我們', '何正為:我們']], 'show.txt');
    assertEditsAcrossOffsetsMatchAnalyze(TALK_SHOW, 'show.txt', [['道', 0], ['', 1], [':', 0]]);
  });
});
