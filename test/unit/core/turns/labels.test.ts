import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { labelMatcher } from '../../../../src/core/turns/safePattern';
import { recognizeLabel } from '../../../../src/core/turns/labels';
import { parseSpeakerName } from '../../../../src/core/turns/speakerName';

function label(line: string) {
  return recognizeLabel(line.slice(0, 96), line.length);
}

describe('speaker labels', () => {
  it('reads Name: and Name： in Chinese and English, in both colon widths', () => {
    for (const [line, speaker] of [
      ['黃仁勳:我們今天', '黃仁勳'],
      ['李明：你好', '李明'],
      ['人民日报记者：请问', '人民日报记者'],
      ['MS. JONES:  Good afternoon', 'MS. JONES'],
      ['Dr. Amy Chen: Our models', 'Dr. Amy Chen'],
      ['interviewer: thanks', 'interviewer'],
      ['Speaker 2: Yes.', 'Speaker 2'],
      ['英偉達CEO黃仁勳：大家好', '英偉達CEO黃仁勳'],
      ['Secretary of State: Thank you', 'Secretary of State'],
      ['John Smith (CEO, Acme): We grew.', 'John Smith'],
      ['陳立文（董事長）：謝謝。', '陳立文'],
    ] as const) {
      assert.equal(label(line)?.speaker, speaker, line);
    }
  });

  it('gives the label span up to and including the colon, and where the speech starts', () => {
    const found = label('  MS. JONES:  Good afternoon');
    assert.deepEqual([found?.labelStart, found?.labelEnd, found?.textStart], [2, 12, 14]);
  });

  it('reads names with a word that is also a function word (Will Smith, Do Kwon, Chang She), and not sentences', () => {
    for (const name of ['Will Smith', 'Do Kwon', 'Chang She', 'Mary He', 'WILL SMITH']) assert.equal(parseSpeakerName(name)?.name, name);
    for (const phrase of ['She Said', 'He Said', 'So What', 'This Is', 'Will you', 'she']) assert.equal(parseSpeakerName(phrase), null, phrase);
    const interview = '**张小珺：** 你好，欢迎来到节目。\n\n**Chang She：** 谢谢邀请，很高兴来到这里。\n\n**张小珺：** 我们先聊聊 LanceDB。\n\n**Chang She：** 好的，它是一个向量数据库。\n';
    assert.deepEqual(analyze(interview, {}, 'i.md').turns.map((t) => t.speaker), ['张小珺', 'Chang She', '张小珺', 'Chang She']);
  });

  it('reads past an icon with a skin tone or a joined emoji before the name', () => {
    for (const line of ['👦🏻 Koji：大家好。', '👩🏽‍💻 Koji: hello.']) assert.equal(recognizeLabel(line, line.length)?.speaker, 'Koji', line);
  });

  it('takes the name out of Markdown bold and past a speaker icon', () => {
    assert.equal(label('**Moderator:** How is supply?')?.speaker, 'Moderator');
    assert.equal(label('**Li Ming**: Improving')?.speaker, 'Li Ming');
    const icon = label('🎤 李明：大家好');
    assert.equal(icon?.speaker, '李明');
    assert.equal(icon?.labelStart, 3);
  });

  it('recognises Q/A roles with a colon or with several spaces', () => {
    assert.deepEqual([label('Q    What do you tell them?')?.speaker, label('Q    What')?.source], ['Q', 'qa']);
    assert.equal(label('Q:  And then?')?.source, 'qa');
    assert.equal(label('A:  Tomorrow.')?.speaker, 'A');
    assert.equal(label('問：為什麼？')?.speaker, '問');
    assert.equal(label('答：因為成本。')?.source, 'qa');
    assert.equal(label('记者：下半年呢？')?.source, 'qa');
    assert.equal(label('A lot of people came.'), null, 'one space after A is a sentence');
  });

  it('strips the speech verb from a block label such as 黃仁勳回答:', () => {
    for (const [line, speaker, verb] of [
      ['黃仁勳回答:', '黃仁勳', '回答'],
      ['陳立文說:', '陳立文', '說'],
      ['主持人提問：', '主持人', '提問'],
      ['李明也補充道：', '李明', '補充道'],
      ['王部长表示：', '王部长', '表示'],
      ['记者问：', '记者', '问'],
    ] as const) {
      const found = label(line);
      assert.equal(found?.speaker, speaker, line);
      assert.equal(found?.verb, verb, line);
    }
  });

  it('reads timestamps before a label and timestamps beside a bare name', () => {
    const bracketed = label('[00:01:23] 张伟：我补充一点。');
    assert.deepEqual([bracketed?.speaker, bracketed?.timestamp, bracketed?.source], ['张伟', '[00:01:23]', 'timestamp']);
    assert.equal(label('00:12:40 Tom Baker')?.speaker, 'Tom Baker');
    // Happy Scribe's export sets the name apart from the time with a dash.
    const dashed = label('[00:00:07.12] - Speaker 2');
    assert.deepEqual([dashed?.speaker, dashed?.timestamp, dashed?.source], ['Speaker 2', '[00:00:07.12]', 'timestamp']);
    assert.equal(label('00:12:40 – Tom Baker: so we went.')?.speaker, 'Tom Baker');
    assert.equal(label('[00:00:07.12] - revenue grew 12 percent.'), null, 'a sentence after the dash is no name');
    assert.equal(label('00:02:10 刘洋')?.speaker, '刘洋');
    assert.equal(label('Jane Doe  0:03')?.speaker, 'Jane Doe');
    assert.equal(label('(01:02:03) Host: welcome')?.speaker, 'Host');
    const after = label('Jane Smith: (00:40)');
    assert.deepEqual([after?.speaker, after?.timestamp, after?.source], ['Jane Smith', '(00:40)', 'timestamp']);
  });

  it('reads a shortened lower-case word in a name before a colon and a bracketed time (Sonix)', () => {
    const stamped = label('Team mem. 1: [00:00:09] Good day. Let us start our interview.');
    assert.deepEqual([stamped?.speaker, stamped?.textStart], ['Team mem. 1', 'Team mem. 1: '.length]);
    assert.equal(label('Asst. prof. Lee: (01:02) We measured it.')?.speaker, 'Asst. prof. Lee');
    // Without the time the same words are no name, and the time does not make a clause one.
    assert.equal(label('Team mem. 1: Good day.'), null);
    assert.equal(label('Apple vs. Google: the verdict'), null);
    assert.equal(label('We went to the shop: [00:01:02] later'), null);
  });

  it('reads a minutes-and-seconds time, a dash and a name alone on a line (Fathom), keeping the affiliation as written', () => {
    const fathom = label('0:26 - Nora Lindqvist (recipebox.example)');
    assert.deepEqual([fathom?.speaker, fathom?.timestamp, fathom?.source], ['Nora Lindqvist (recipebox.example)', '0:26', 'timestamp']);
    assert.equal(label('12:03 - Sam Okafor')?.speaker, 'Sam Okafor');
    // Without the dash, or with speech after the name, a short time opens no label.
    assert.equal(label('2:05 Sam Okafor'), null);
    assert.equal(label('0:26 - we merged the branch.'), null);
  });

  it('does not read colons inside sentences, lead-ins, times, URLs, credits or long phrases as labels', () => {
    for (const line of [
      '我要告訴它的第一件事就是:多看看我在做什麼。',
      '答案是:「還沒有」',
      '第一個問題是:',
      '原因有兩個：',
      '2:05 P.M. EDT',
      '12:30 lunch',
      'https://example.com/a 全文',
      'http://example.com',
      '作者:新智元',
      '本文來自微信公衆號“新智元”,作者:新智元,36氪經授權發佈。',
      '在今天的記者會結束之前我們最後想要說明的一件事情:謝謝大家。',
      '黃仁勳表示,他搞不懂英特爾的策略,但是英偉達的策略很簡單,那就是:',
      'The answer to that question is simple: we wait.',
      'Here is the thing: nobody knows.',
      'Note: edited for length.',
      'Chapter 2: The Return',
      'Ratio 3:1 is fine',
      '比分是3:1',
      '我：',
      'Update: none',
    ]) {
      assert.equal(label(line), null, line);
    }
  });

  it('bounds the work on a huge line and still finds its label', () => {
    const line = `李明：${'很長的句子，'.repeat(200_000)}`;
    assert.equal(label(line)?.speaker, '李明');
    assert.equal(recognizeLabel(`${'x'.repeat(96)}`, 5_000_000), null);
  });

  it('applies extra label patterns with a group 1 or a named speaker group', () => {
    const byGroup = recognizeLabel('>> JOHN SMITH >> hello', 22, { extraLabelPatterns: [labelMatcher('^>> ([A-Z ]+?) >>')] });
    assert.equal(byGroup?.speaker, 'JOHN SMITH');
    const byName = recognizeLabel('{Ana} hola', 10, { extraLabelPatterns: [labelMatcher('^\\{(?<speaker>\\w+)\\}')] });
    assert.deepEqual([byName?.speaker, byName?.labelEnd], ['Ana', 5]);
  });
});

describe('speaker names', () => {
  it('accepts short names and rejects clauses, pronoun starts and sentence words', () => {
    assert.equal(parseSpeakerName('陳立文')?.name, '陳立文');
    assert.equal(parseSpeakerName('Ludwig van Beethoven')?.name, 'Ludwig van Beethoven');
    for (const phrase of ['這個問題', '我覺得', '原因是', '其實', '一個很長很長的名字不可能這麼長', 'what we know', 'I think', '2025']) {
      assert.equal(parseSpeakerName(phrase), null, phrase);
    }
  });
  it('reads a transcriber\'s `???` for a speaker it could not name as that speaker, as written', () => {
    const text = ['**Tim**', '', '* next up is arrow glacier.', '', '**???**', '', '* we have not done it yet.', '', '**Tim**', '', '* so next week is possible', '', '**???**', '', '* yeah, next week.', ''].join('\n');
    assert.deepEqual(analyze(text, {}, 'notes.md').turns.map((turn) => turn.speaker), ['Tim', '???', 'Tim', '???']);
    assert.equal(parseSpeakerName('???')?.name, '???');
    for (const prose of ['?', '????', 'Why??', '?? what']) assert.equal(parseSpeakerName(prose), null, prose);
  });
});
