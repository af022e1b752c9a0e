// Targeted scope checks, so that a wrong snapshot cannot pass unnoticed.
import * as assert from 'node:assert/strict';
import { scopesOf, tokenize } from './textmate';

const TRANSCRIPT = 'text.transcript';
const SPEAKER = 'entity.name.tag.speaker.transcript';
const SEPARATOR = 'punctuation.separator.speaker.transcript';
const TIMESTAMP = 'constant.numeric.timestamp.transcript';
const STAGE = 'comment.block.stage-direction.transcript';

async function hasScope(scopeName: string, text: string, piece: string, scope: string, after = ''): Promise<boolean> {
  return (await scopesOf(scopeName, text, piece, after)).includes(scope);
}

async function anyTokenHas(scopeName: string, text: string, scope: string): Promise<boolean> {
  return (await tokenize(scopeName, text)).some((t) => t.scopes.includes(scope));
}

describe('grammar scopes', () => {
  describe('speaker labels', () => {
    const labels: Array<[text: string, name: string, colon: string]> = [
      ['黃仁勳: 你好', '黃仁勳', ':'],
      ['李明：你好', '李明', '：'],
      ['人民日报记者：请问', '人民日报记者', '：'],
      ['记者：请问', '记者', '：'],
      ['問：今年呢？', '問', '：'],
      ['答：很好。', '答', '：'],
      ['黃仁勳回答:', '黃仁勳回答', ':'],
      ['MS. JONES:  According to the ministry', 'MS. JONES', ':'],
      ['Q: What do you tell young engineers?', 'Q', ':'],
      ['[00:01:23] Jane Doe: Hello', 'Jane Doe', ':'],
      ['李明（主持人）：歡迎', '李明', '：'],
    ];
    for (const [text, name, colon] of labels) {
      it(`scopes the name and the colon of ${text}`, async () => {
        assert.ok(await hasScope(TRANSCRIPT, text, name, SPEAKER));
        assert.ok(await hasScope(TRANSCRIPT, text, colon, SEPARATOR, name));
      });
    }

    it('scopes Q followed by spaces, a timestamp before a label and a WebVTT voice', async () => {
      assert.ok(await hasScope(TRANSCRIPT, 'Q   Did you see him?', 'Q', SPEAKER));
      assert.ok(await hasScope(TRANSCRIPT, '[00:01:23] Jane Doe: Hello', '00:01:23', TIMESTAMP));
      assert.ok(await hasScope(TRANSCRIPT, '00:01:23 王芳', '王芳', SPEAKER));
      assert.ok(await hasScope('text.transcript.vtt', '<v Jensen Huang>Hello', 'Jensen Huang', SPEAKER));
    });

    const notLabels = [
      '答案是:「還沒有」',
      '第一個問題是:',
      '我要告訴它的第一件事就是:多看看我在做什麼。',
      '在現場,新智元向老黃提問了兩個問題:',
      '随后老黄补充了一些细节:',
      '美国财政部长贝森特在彭博电视台节目中谈及英伟达公司获准出口芯片时说:',
      '作者：王小明',
      '2:05 P.M. EDT',
      'https://example.com/interview',
      'the answer is: yes',
      'Note: the recording starts late.',
      '10:30 開會',
      '第三章：未來十年',
      '2025年7月16日：發布會',
      'Chapter 2: The Future',
    ];
    for (const text of notLabels) {
      it(`does not scope a speaker in ${text}`, async () => {
        assert.equal(await anyTokenHas(TRANSCRIPT, text, SPEAKER), false);
        assert.equal(await anyTokenHas(TRANSCRIPT, text, SEPARATOR), false);
      });
    }
  });

  describe('subtitles', () => {
    const srt = '1\n00:00:01,000 --> 00:00:04,000\n黃仁勳: 大家好\n';
    it('scopes an SRT cue number and timing line, and never as a speaker', async () => {
      assert.ok(await hasScope('text.transcript.srt', srt, '1', 'constant.numeric.cue-index.srt'));
      const timing = await scopesOf('text.transcript.srt', srt, '00:00:01,000');
      assert.ok(timing.includes('meta.cue-timing.transcript') && timing.includes(TIMESTAMP));
      assert.ok(await hasScope('text.transcript.srt', srt, '-->', 'keyword.operator.arrow.transcript'));
      assert.ok(await hasScope('text.transcript.srt', srt, '黃仁勳', SPEAKER));
      const cueLines = (await tokenize('text.transcript.srt', srt)).filter((t) => t.line <= 2);
      assert.ok(cueLines.every((t) => !t.scopes.includes(SPEAKER)));
    });

    it('scopes the WEBVTT header, cue settings and NOTE blocks', async () => {
      const vtt = 'WEBVTT\n\nNOTE made by hand\n\n00:01.000 --> 00:03.000 align:start\n李明：你好\n';
      assert.ok(await hasScope('text.transcript.vtt', vtt, 'WEBVTT', 'keyword.other.webvtt.vtt'));
      assert.ok(await hasScope('text.transcript.vtt', vtt, ' made by hand', 'comment.block.note.vtt'));
      assert.ok(await hasScope('text.transcript.vtt', vtt, '00:03.000', 'meta.cue-timing.transcript'));
      assert.ok(await hasScope('text.transcript.vtt', vtt, 'align', 'entity.other.attribute-name.transcript'));
      assert.ok(await hasScope('text.transcript.vtt', vtt, '李明', SPEAKER));
    });
  });

  describe('stage directions, quotations, headings, timestamps', () => {
    it('scopes (Laughter.), （笑） and [applause], but not an ordinary parenthesis', async () => {
      assert.ok(await hasScope(TRANSCRIPT, '(Laughter.)', 'Laughter.', STAGE));
      assert.ok(await hasScope(TRANSCRIPT, '（笑）', '笑', STAGE));
      assert.ok(await hasScope(TRANSCRIPT, 'Thank you. [applause]', 'applause', STAGE));
      assert.ok(await hasScope(TRANSCRIPT, '我認為他說得對（眾笑）。', '眾笑', STAGE));
      assert.equal(await anyTokenHas(TRANSCRIPT, '而且我們很快就能做到這一點。(關於根本性突破)我不認爲。', STAGE), false);
    });

    it('scopes 「」, nested 『』 and “” with begin and end punctuation', async () => {
      const text = '他說「這是『真的』」，她說“好”。';
      assert.ok(await hasScope(TRANSCRIPT, text, '「', 'punctuation.definition.string.begin.transcript'));
      assert.ok(await hasScope(TRANSCRIPT, text, '這是', 'string.quoted.other.corner-bracket.transcript'));
      const inner = await scopesOf(TRANSCRIPT, text, '真的');
      assert.ok(inner.includes('string.quoted.other.white-corner-bracket.transcript') && inner.includes('string.quoted.other.corner-bracket.transcript'));
      assert.ok(await hasScope(TRANSCRIPT, text, '」', 'punctuation.definition.string.end.transcript'));
      assert.ok(await hasScope(TRANSCRIPT, text, '好', 'string.quoted.double.transcript'));
      assert.equal(await anyTokenHas(TRANSCRIPT, text, SPEAKER), false);
    });

    it('ends an unclosed quotation at the end of its line', async () => {
      const text = '「我們每年招收超過500名工程師，\n李明：下一題';
      assert.ok(await hasScope(TRANSCRIPT, text, '李明', SPEAKER));
    });

    it('scopes Markdown headings and timestamps in text', async () => {
      assert.ok(await hasScope(TRANSCRIPT, '## 人才與教育', '人才與教育', 'markup.heading.transcript'));
      assert.ok(await hasScope(TRANSCRIPT, '## 人才與教育', '##', 'punctuation.definition.heading.transcript'));
      assert.ok(await hasScope(TRANSCRIPT, 'We met at [01:02:03] then', '01:02:03', TIMESTAMP));
      assert.equal(await anyTokenHas(TRANSCRIPT, 'a ratio of 3:1', TIMESTAMP), false);
    });
  });

  describe('long and awkward lines', () => {
    // Oniguruma abandons a whole scan when one regex errors (for example by running into its
    // backtracking limit), which silently drops every scope on the line: check that it does not.
    const long = '甲'.repeat(5000);
    const cases: Array<[string, string]> = [
      [`${long}「引文」`, '引文'],
      [`${'a:'.repeat(3000)}「引文」`, '引文'],
      [`${'(('.repeat(2000)}「引文」`, '引文'],
      [`${'李明 '.repeat(2000)}「引文」`, '引文'],
      [`${'[00:00:01] '.repeat(500)}「引文」`, '引文'],
      [`${'Aa '.repeat(3000)}「引文」`, '引文'],
    ];
    it('nests quotations three deep at most, so a run of opening marks cannot stack scopes', async () => {
      const tokens = await tokenize(TRANSCRIPT, '「『“'.repeat(1000));
      assert.ok(Math.max(...tokens.map((t) => t.scopes.length)) <= 5);
      assert.ok(await hasScope(TRANSCRIPT, '「他說『她說“好”』」', '好', 'string.quoted.double.transcript'));
    });

    for (const [text, quoted] of cases) {
      it(`still scopes a quotation after ${text.slice(0, 12)}… (${text.length} chars)`, async () => {
        assert.ok(await hasScope(TRANSCRIPT, text, quoted, 'string.quoted.other.corner-bracket.transcript'));
      });
    }
  });
});
