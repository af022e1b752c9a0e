import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import type { Topic } from '../../../../src/core/analysis/model';
import { splitSentences } from '../../../../src/core/claims/sentences';
import { LineIndex } from '../../../../src/core/text/positions';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { signatureAtEnd } from '../../../../src/core/turns/signatures';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { analyseText } from '../transcriptFixtures';

const HACKMD = [
  '## 1. 問題一？', '', '> 主要的變化是知名度。', '> 比較熟悉的就萌典，還有 ethercalc。 [name=kiang]', '> 可以舉例嗎？ [name=Huizhong]',
  '', '> 這是一段', '> 很長的回答', '> [name=chihao]', '', '沒有署名的段落。', '',
].join('\n');

function speakerOfLine(text: string, fileName: string, lineText: string): string | null {
  const fixture = analyseText(text, fileName);
  const offset = text.indexOf(lineText);
  return fixture.analysis.turns.find((t) => t.span.start <= offset && offset < t.span.end)?.speaker ?? null;
}

function titles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...titles(t.children)]);
}

describe('HackMD [name=…] signatures', () => {
  it('sign the block above them: quote lines up to an earlier signature or a blank line', () => {
    assert.equal(speakerOfLine(HACKMD, 'note.md', '> 主要的變化'), 'kiang');
    assert.equal(speakerOfLine(HACKMD, 'note.md', '> 可以舉例嗎'), 'Huizhong');
    assert.equal(speakerOfLine(HACKMD, 'note.md', '> 這是一段'), 'chihao');
    assert.equal(speakerOfLine(HACKMD, 'note.md', '> 很長的回答'), 'chihao');
    // A paragraph nobody signed belongs to nobody, and the heading stays a topic.
    assert.equal(speakerOfLine(HACKMD, 'note.md', '沒有署名'), null);
    assert.deepEqual(titles(analyze(HACKMD, {}, 'note.md').topics), ['1. 問題一？']);
  });

  it('are labels: the signature is no part of a sentence', () => {
    const analysis = analyze(HACKMD, {}, 'note.md');
    const labelSpans = analysis.turns.flatMap((t) => (t.labelSpan ? [t.labelSpan] : []));
    const sentences = splitSentences(new LineIndex(HACKMD), { labelSpans, format: 'markdown' }).map((s) => s.text);
    assert.ok(sentences.includes('比較熟悉的就萌典，還有 ethercalc。'), sentences.join(' / '));
    assert.ok(!sentences.some((s) => s.includes('[name=')), sentences.join(' / '));
  });

  it('are read only at the end of a line', () => {
    assert.deepEqual(signatureAtEnd('text [name=kiang]  '), { name: 'kiang', start: 5, end: 17 });
    assert.equal(signatureAtEnd('[name=kiang] said this first'), null);
    assert.equal(signatureAtEnd('input[name=signup_id]')?.name, 'signup_id');
    assert.equal(signatureAtEnd('an empty one [name= ]'), null);
  });

  it('an edit that adds or removes a signature falls back to a full analysis and equals analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'note.md');
    analyzer.update(HACKMD);
    const at = HACKMD.indexOf('> 很長的回答') + '> 很長的回答'.length;
    const edited = `${HACKMD.slice(0, at)} [name=au]${HACKMD.slice(at)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: ' [name=au]' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'note.md'));
    assert.equal(speakerOfLine(edited, 'note.md', '> 這是一段'), 'au');
  });
});

describe('labels and handles', () => {
  it('read a parliamentary label whose office in brackets runs past 96 characters', () => {
    const label = 'Ms. Carolyn Parrish (Parliamentary Secretary to Minister of Public Works and Government Services, Lib.):';
    const text = ['Mr. Peter Stoffer (Sackville, NDP):', 'The bill should have been presented years ago.', label, 'I know all members join with me.', ''].join('\n');
    assert.equal(speakerOfLine(text, 'h.txt', 'I know all'), label.slice(0, -1));
  });

  it('take a handle of a few words and a list item opening with a known handle', () => {
    assert.equal(labelCandidate("venev's note> 基礎名詞", 20)?.name, "venev's note");
    const text = ['ipa> 第一個回答。', '', 'au> 第二個回答。', '', '- 參考這份簡報，請問日期？', '- ipa> 應該是八月底。', '', 'ipa> 補充。', ''].join('\n');
    assert.equal(speakerOfLine(text, 'n.md', '- ipa> 應該'), 'ipa');
    assert.equal(speakerOfLine(text, 'n.md', '- 參考這份'), 'au');
  });
});

describe('upper-case titles in parliamentary records', () => {
  const record = [
    'The House met at 10 a.m. ', 'CANADIAN HUMAN RIGHTS COMMISSION ', 'GOVERNMENT RESPONSE TO PETITIONS ', 'Mr. Bill Graham (Toronto Centre, Lib.):',
    'COMMITTEES OF THE HOUSE ', 'PROCEDURE AND HOUSE AFFAIRS ', 'Mr. Mac Harb (Ottawa Centre, Lib.):', 'Mr. Speaker, I ask that all questions stand.  ',
    'CANADIAN INSTITUTES OF HEALTH RESEARCH ACT ', 'Mrs. Christiane Gagnon (Quebec, BQ):', 'They will replace the Medical Research Council. ',
    'Mr. Mac Harb (Ottawa Centre, Lib.):', 'I would say that it is high time. ', 'We have the Heart Institute. ', 'We have to work in a positive way. ', '',
  ].join('\n');

  it('are titles in stacked runs, after a label with no speech and past 40 characters', () => {
    assert.deepEqual(titles(analyze(record, {}, 'h.txt').topics), [
      'CANADIAN HUMAN RIGHTS COMMISSION', 'GOVERNMENT RESPONSE TO PETITIONS', 'COMMITTEES OF THE HOUSE', 'PROCEDURE AND HOUSE AFFAIRS', 'CANADIAN INSTITUTES OF HEALTH RESEARCH ACT',
    ]);
    // The title under a label with no speech ends that member's turn; the sentence in capitals words stays speech.
    assert.equal(speakerOfLine(record, 'h.txt', 'COMMITTEES OF'), null);
    assert.equal(speakerOfLine(record, 'h.txt', 'We have the Heart'), 'Mr. Mac Harb (Ottawa Centre, Lib.)');
  });

  it('only upper-case lines, and English lines in title case up to 60, may be longer than 40 characters; a sentence is no title', () => {
    assert.equal(isTitleShaped('CANADIAN INSTITUTES OF HEALTH RESEARCH ACT'), true);
    // Title case may run to 60 characters (docs/analysis-topics.md, session 24); sentence case may not, nor longer lines.
    assert.equal(isTitleShaped('Canadian Institutes Of Health Research And Other Acts'), true);
    assert.equal(isTitleShaped('Canadian institutes of health research and other acts'), false);
    assert.equal(isTitleShaped('Canadian Institutes Of Health Research And Other Acts Of Parliament'), false);
    assert.equal(isTitleShaped('We have the Heart Institute.'), false);
    assert.equal(isTitleShaped('Heart Institute'), true);
  });
});

describe('section titles in a saved page’s paragraphs', () => {
  const page = [
    '<div>', '<p>　　这六位基金经理谈及投资特色。</p>', '<p>　　女性投资上更有耐心和细心</p>',
    '<p>　　中国基金报记者：你认为有哪些优势？</p>', '<p>　　杨喆：女性的风险偏好更稳健，更加倾向于净值稳一点的提高。</p>',
    '<p cms-style="font-L">　　<font cms-style="font-L strong-Bold">市场震荡之下不改策略</font></p>',
    '<p>　　中国基金报记者：这对您的投资策略有影响么？</p>', '<p>　　冀楠：投资策略需要内在的一致性和连续性。</p>', '',
  ].join('\n');

  it('are titles: the text inside the markup is the topic, and the answer before it ends there', () => {
    const analysis = analyze(page, {}, 'page.md');
    assert.deepEqual(titles(analysis.topics), ['女性投资上更有耐心和细心', '市场震荡之下不改策略']);
    assert.equal(speakerOfLine(page, 'page.md', '<p cms-style'), null);
    assert.equal(speakerOfLine(page, 'page.md', '<p>　　冀楠'), '冀楠');
  });

  it('a paragraph that is a sentence, or holds other markup, is no title', () => {
    const analysis = analyze(page.replace('市场震荡之下不改策略', '市场震荡之下，我们不改策略。'), {}, 'page.md');
    assert.deepEqual(titles(analysis.topics), ['女性投资上更有耐心和细心']);
    assert.deepEqual(titles(analyze(page.replace('女性投资上更有耐心和细心', '女性投资<a href="x">耐心</a>'), {}, 'page.md').topics), ['市场震荡之下不改策略']);
  });

  it('an edit that ends or unends the sentence before a title falls back to a full analysis and equals analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'page.md');
    analyzer.update(page);
    const at = page.indexOf('稳一点的提高。') + '稳一点的提高'.length;
    const edited = `${page.slice(0, at)}${page.slice(at + 1)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'page.md'));
  });
});
