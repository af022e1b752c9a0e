import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { analyseText } from '../transcriptFixtures';

const topicTitles = (text: string): string[] => analyseText(text, 'page.md').analysis.topics.map((t) => t.title);

/** A saved page's headline with a comma, its quotation marks written as references (55 characters as read, 91 as written). */
const QUOTED = '郭先生單曲&#8221;TAKE DOWN THE CCP&#8221;全球火爆之際，中共竟然將其英文縮寫由&#8221;CCP&#8221;改為了&#8221;CPC&#8221;';
const page = (heading: string): string => ['## ' + heading, '', '爆料革命3年多來，無論是從郭文貴先生還是其他外國政要的說法中，聽到的縮寫均為CCP。', ''].join('\n');

describe('Markdown headings measured as read (HTML character references)', () => {
  it('keeps a heading with a comma whose references make it look long', () => {
    assert.deepEqual(topicTitles(page(QUOTED)), [QUOTED]);
  });

  it('still drops a heading that is a paragraph when read, references or not', () => {
    const paragraph = `${QUOTED}，${'據報導此事在海外引起了廣泛的討論與關注'.repeat(2)}`;
    assert.deepEqual(topicTitles(page(paragraph)), []);
    // Without the semicolons nothing is a reference: the heading is as long as it is written.
    assert.deepEqual(topicTitles(page(QUOTED.replace(/;/g, ''))), []);
  });

  it('equals a full analysis after every one-character edit on the heading line', function () {
    this.timeout(120_000);
    const text = page(QUOTED);
    const end = text.indexOf('\n');
    for (let at = 0; at <= end; at++) {
      for (const [typed, removed] of [[';', 0], ['', 1], ['&', 0], ['，', 0]] as const) {
        if (removed && at >= end) continue;
        const analyzer = new IncrementalAnalyzer({}, 'page.md');
        analyzer.update(text);
        const edited = text.slice(0, at) + typed + text.slice(at + removed);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: typed }]);
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'page.md')), `${JSON.stringify(typed)} at ${at} replacing ${removed}`);
      }
    }
  });
});
