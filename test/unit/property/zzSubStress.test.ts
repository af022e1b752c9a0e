import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { repoRoot } from '../repoRoot';
import { generator } from './arbitraries';
import { searchRuns } from '../searchBudget';

const FILES = ['en/citizen-hearing-2013-truth-embargo-whisper.srt', 'en/mariners-sermon-2026-06-21-captions.srt', 'en/parseeng-deadpool-film-subtitles.srt', 'en/polyu-comp5521-cryptography-lecture-whisper.srt', 'en/preprocessing-srt-inglourious-basterds-sdh.srt', 'zh-Hans/gdsub-robot-grasping-sim2real.srt', 'zh-Hans/montagesubs-frankenstein-2025-film-subtitles.srt', 'zh-Hans/pie-podcast-ep45-whisper.srt', 'zh-Hans/ted-immune-healing-zh-cn.vtt', 'zh-Hant/ted-immune-healing-zh-tw.vtt', 'zh-Hant/tonghao-nutritionist-keto-talk-subtitles.vtt'];
const TYPED = (process.env.TYPED ?? 'a| |the|.|?|!|,|and then|Well. So|"|JOHN: |<v Ann>|- |[laughs]|<i>|5|-->|NOTE |\n|我|，|。|吗？|「|主持人：|x|e|s|t').split('|');
describe('stress', function () {
  this.timeout(0);
  for (const file of FILES) it(file, () => {
    let text = readFileSync(join(repoRoot(), 'test/corpus', file), 'utf8');
    if (process.env.CRLF) text = text.replace(/\r?\n/g, '\r\n');
    const chained = new IncrementalAnalyzer({}, file);
    chained.update(text);
    const random = generator(Number(process.env.SEED ?? 7));
    let local = 0; let breaks = 0; let fails = 0; const n = process.env.N ? Number(process.env.N) : searchRuns(600);
    for (let i = 0; i < n; i++) {
      const analyzer = process.env.CHAIN ? chained : new IncrementalAnalyzer({}, file);
      if (!process.env.CHAIN) analyzer.update(text);
      const at = random(text.length);
      const removed = random(4) === 0 ? random(6) : 0;
      const typed = TYPED[random(TYPED.length)]!;
      const edited = text.slice(0, at) + typed + text.slice(at + removed);
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: typed }]);
      if (analyzer.lastMode === 'line') { local++; if (typed.includes('\n') || text.slice(at, at + removed).includes('\n')) breaks++; }
      const original = text;
      if (process.env.CHAIN) text = edited;
      if (!isDeepStrictEqual(result, analyze(edited, {}, file))) { fails++; if (fails < 4) console.log('FAIL', file, JSON.stringify(typed), at, removed, JSON.stringify(original.slice(Math.max(0, at - 40), at + 40))); }
    }
    console.log(file, 'local', local, 'breaks', breaks, '/', n, 'fails', fails);
    assert.equal(fails, 0);
  });
});
