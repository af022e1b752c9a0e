import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { LineIndex } from '../../../../src/core/text/positions';
import { declarationKey, findDeclaredSpeakers, labelNamesDeclared, speakerInTitle } from '../../../../src/core/turns/declaredSpeakers';
import { analyseText, turnSummary } from '../transcriptFixtures';

/** A speech as a newspaper archive's forum shows it: the headline names the speaker, forum lines sit between. */
const NAMED_HEADLINE = [
  '• 18阅读',
  '周明总理的讲话 [复制链接]',
  '上一主题 下一主题',
  '只看楼主 发表于: 1958-02-15',
  '专栏:',
  '',
  '敬爱的首相同志,敬爱的同志们、朋友们:',
  '我们以十分愉快的心情来到这里。',
  '两国人民的友谊是永恒的。',
].join('\n');

/** An address whose headline names only a title; the page's header names its holder. */
const TITLE_HEADLINE = [
  '二〇一二年总统春节谈话',
  '← | 发布机关:总统 马英明 发布于新闻 |',
  '各位亲爱的乡亲,各位观众朋友:',
  '大家新年好!',
].join('\n');

/** A speech a document library names in its headline (`X在Y的演讲`), under the page's own fields and its headline again. */
const PLACE_HEADLINE = [
  '北方大学校长李明远教授在南方大学的演讲(精选五篇)',
  '',
  '时间:2019-05-14 19:18:30下载本文作者:会员上传',
  '简介:小编为你整理了多篇相关的演讲,但愿对你有帮助。',
  '',
  '第一篇:北方大学校长李明远教授在南方大学的演讲',
  '',
  '张校长、王校长,感谢你们的讲话。',
  '',
  '我相信,这次访问是我们最大的代表团。',
].join('\n');

/** A compilation's speech: its own title, a subtitle naming only the occasion (`——在…上的讲话`), a name card under it. */
const CARD_SUBTITLE = [
  '各大学校长毕业典礼讲话选编',
  '',
  '时间:2024.4.13',
  '',
  '永远做合格的毕业研究生',
  '',
  '——在北方大学硕士研究生毕业典礼上的讲话',
  '',
  '北方校长 李明远',
  '',
  '2012届硕士毕业研究生同学们:',
  '',
  '今天,你们毕业了,我向你们表示祝贺!',
].join('\n');

/** A college's news page: the address's name, a bar, then who gave it with the title the headline names (`院长`). */
const BAR_HEADLINE = [
  '学院主页 EN',
  '综合新闻',
  '',
  '北方书院2022级开学典礼院长致辞 | 李明远院长',
  '',
  '来源: 08-22',
  '',
  '今天很高兴在这里参加书院第二年的开学典礼。',
  '',
  '这一年来我们花了很大的功夫。',
].join('\n');

/** A university's news page: subtitle, a card with titles and a class before two spaces and the name, a photo caption. */
const SPACED_CARD = [
  '学校主页 - 新闻 - 毕业季 - 正文',
  '',
  '在热爱中追寻成长的意义',
  '',
  '——在2020年本科生毕业典礼上的发言',
  '',
  '毕业生代表、人文学院2016级本科生  李明远',
  '',
  '毕业生代表李明远发言 王华 摄',
  '',
  '尊敬的各位老师、亲友,亲爱的同学们:',
  '',
  '我是人文学院的李明远,非常荣幸能在这里发言。',
].join('\n');

/** A speech a forum's account reposts: a `Name:headline` title, an editor's note, a byline naming the speaker again. */
const NAME_HEADLINE = [
  '王明远:改革突围、创新突围——2017 年的中国经济',
  '',
  '读书会  · 公众号  · 2017-02-18 07:16',
  '',
  '编者语:',
  '',
  '著名经济学家王明远教授上午做客报告厅,带来了一场演讲。以下为演讲全文,已经本人审阅。',
  '',
  '文/王明远(北方大学经济学教授)',
  '',
  '谢谢理事长的介绍,很难得有这么一个机会。',
  '',
  '中国经济增长从速度看,大势是下行。',
].join('\n');

/** The same page as a think tank prints it: the byline is a card in brackets right under the headline. */
const NAME_HEADLINE_CARD = ['王明远：中国经济的下一步', '（王明远，北方大学教授）', '', '各位好，今天讲三点。', '', '第一，增长要靠改革。'].join('\n');

/** A speech draft a think tank's site posts under `X在Y上讲话稿(date)`. */
const DRAFT_HEADLINE = ['王明远理事长在第三届高级别智库研讨会上讲话稿(2015,12,16)', '', '尊敬的各位来宾,', '', '女士们,先生们:', '', '上午好!非常高兴同大家见面。'].join('\n');

/** A daily briefing: the spokesperson is named once, in the lead sentence under the title. */
const BRIEFING = [
  'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General',
  '',
  'The following is a near-verbatim transcript of today\u2019s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.',
  '',
  'All right, good afternoon.',
  '',
  '**Secretary-General\u2019s Travel',
  '',
  'The Secretary-General is in Belgium today.',
  '',
  '**Democratic People\u2019s Republic of Korea',
  '',
  'He will speak to the media in about an hour.',
  '',
].join('\n');

/** A talk transcript: the speaker is named only in a metadata field; slides, times and an audience question. */
const TALK = [
  '# REPL-Driven Development',
  '',
  '* **Speaker: Stuart Halloway**',
  '* **Date: June 2017**',
  '',
  '[slide title: Plan',
  '',
  'Why REPL',
  ']',
  '',
  'So my name is Stuart Halloway.  I work at Cognitect.',
  '',
  '[Time 0:00:50]',
  '',
  'It is coming in Java 9, right?',
  '',
  'Audience member: [hard to understand]',
  '',
  'What is that?',
  '',
  'Audience member: Delayed, but eventually it will be released.',
  '',
  'It will eventually get there.',
  '',
  '```',
  'slide title: Read, Eval, Print',
  '```',
  '',
  'So the REPL is a read, eval, print loop.',
  '',
].join('\n');

/** A speech posted with front matter whose title alone names the speaker. */
const POSTED_SPEECH = [
  '---',
  'layout: post',
  'title: "[Finance English] Powell\'s Jackson Hole Speech (2022.08.26)"',
  'tags: [finance, english, fed]',
  '---',
  '',
  'Thank you. Good morning, everyone.',
  '',
  'Price stability is the responsibility of the Federal Reserve.',
  '',
].join('\n');

/** An interview posted as an article: questions as headings, unlabelled answers, pictures, a caption, an introduction. */
const INTERVIEW = [
  '---',
  'title: "An Interview with Jane Doe"',
  'author: Karl Writer',
  '---',
  '',
  'Jane Doe is a maker from Turkey. She kindly allowed me to interview her.',
  '',
  '## What is your background?',
  '',
  'I grew up playing the flute.',
  '',
  '{% include image.html',
  'file="/jane.jpg" caption="Jane on stage" %}',
  '',
  'Then I discovered programming.',
  '',
  '## What did you build?',
  '',
  '![Front view](/robot.jpg){: .w-50 .right}',
  '_Jane with her robot_',
  '',
  'A robot that walks.',
  '',
].join('\n');

function turnsOf(text: string, fileName: string): string[] {
  const fixture = analyseText(text, fileName);
  return fixture.analysis.turns.map((turn) => turnSummary(fixture, turn));
}

describe('speakers a document declares in its header', () => {
  it('reads front matter keys, lists, maps and name children, and a title that names a spoken genre', () => {
    const read = (text: string) => findDeclaredSpeakers(new LineIndex(text))?.names ?? null;
    assert.deepEqual(read('---\nspeaker: Jane Doe\n---\nBody.'), ['Jane Doe']);
    assert.deepEqual(read('---\nspeakers: [Jane Doe, John Roe]\n---\nBody.'), ['Jane Doe', 'John Roe']);
    assert.deepEqual(read('---\nspeakers:\n  - Jane Doe\n  - name: John Roe\n---\nBody.'), ['Jane Doe', 'John Roe']);
    assert.deepEqual(read('---\nspeakers:\n  GN: Gary Null\n  RP: Ray Peat\n---\nBody.'), ['Gary Null', 'Ray Peat']);
    assert.deepEqual(read('---\nauthor: Jane Doe\ntitle: Notes on a trip\n---\nBody.'), [], 'an author writes; she is not declared to speak');
    assert.deepEqual(findDeclaredSpeakers(new LineIndex('---\nauthor:\n  - Jane Doe\n---\nBody.'))?.authors, ['Jane Doe'], 'but a body label may name her');
    assert.deepEqual(read('* **Speaker: Davis Shepherd & Jonathan Indig (Netflix)**\n\nSo.'), ['Davis Shepherd', 'Jonathan Indig'], 'an affiliation in brackets is no part of a name');
    assert.deepEqual(read('# Testimony of Jane Doe\n\nMr. Chairman, thank you.'), ['Jane Doe']);
    assert.deepEqual(read('* **Speaker: Stuart Halloway**\n* **Date: June 2017**\n\nSo.'), ['Stuart Halloway']);
  });

  it('finds the speaker in titles of talks, speeches and testimony, and in no other title', () => {
    assert.equal(speakerInTitle("Powell's Jackson Hole Speech (2022.08.26)"), 'Powell');
    assert.equal(speakerInTitle('[Finance English] Powell\'s Jackson Hole Speech'), 'Powell');
    assert.equal(speakerInTitle('Remarks by Janet Yellen, Secretary of the Treasury'), 'Janet Yellen');
    assert.equal(speakerInTitle("Powell's favourite charts"), null);
    assert.equal(speakerInTitle('A talk about testing'), null);
    assert.equal(speakerInTitle('TESTIMONY OF JANE DOE'), 'JANE DOE');
    assert.equal(speakerInTitle('Remarks by the President on the economy'), null, 'a title is no name');
  });

  it('matches labels to a declared name by its parts, a title and surname, or the initials', () => {
    assert.ok(labelNamesDeclared('Senator Doe', 'Jane Doe'));
    assert.ok(labelNamesDeclared('Jane', 'Jane Doe'));
    assert.ok(labelNamesDeclared('JD', 'Jane Doe'));
    assert.ok(labelNamesDeclared('MS. DOE', 'Jane Doe'));
    assert.ok(!labelNamesDeclared('Audience member', 'Jane Doe'));
    assert.ok(!labelNamesDeclared('Senator Roe', 'Jane Doe'));
    assert.ok(labelNamesDeclared('Zino', 'Nicolas Zinovieff'), 'a name shortened from its start');
    assert.ok(!labelNamesDeclared('Ni', 'Nicolas Zinovieff'), 'two letters shorten nothing');
    assert.ok(!labelNamesDeclared('Rob', 'Nicolas Zinovieff'));
  });

  it('reads name headings as labels when one of them names someone the header declares', () => {
    const qa = '---\ntitle: Data everywhere\nauthor:\n  - Nicolas Zinovieff\n---\n### Zino\nThank you. So we will talk about data.\n\nFirst question: why?\n\n### Ellen\nHow did you measure it?\n\n### Zino\nWith a benchmark.\n\n### Ellen\nThanks.\n';
    assert.deepEqual(turnsOf(qa, 'talk.md'), [
      'Zino|block|### Zino⏎Thank you. So we will talk about data.⏎⏎First question: why?',
      'Ellen|block|### Ellen⏎How did you measure it?',
      'Zino|block|### Zino⏎With a benchmark.',
      'Ellen|block|### Ellen⏎Thanks.',
    ]);
    assert.deepEqual(analyze(qa, {}, 'talk.md').topics, [], 'a label heading titles no section');
    // Sections titled by a repeated word, under an author the headings do not name, stay sections.
    const post = '---\nauthor: Jane Doe\n---\n## Summary\nWe met.\n\n## Summary\nWe left.\n';
    assert.deepEqual(turnsOf(post, 'post.md'), []);
    assert.equal(analyze(post, {}, 'post.md').topics.length, 2);
  });

  it('gives a talk to its declared speaker, leaves slides, times, code and the header to no one, and lets an audience member interject', () => {
    assert.deepEqual(turnsOf(TALK, 'talk.md'), [
      'Stuart Halloway|narration|So my name is Stuart Halloway.  I work at Cognitect.',
      'Stuart Halloway|narration|It is coming in Java 9, right?',
      'Audience member|label|Audience member: [hard to understand]',
      'Stuart Halloway|narration|What is that?',
      'Audience member|label|Audience member: Delayed, but eventually it will be released.',
      'Stuart Halloway|narration|It will eventually get there.',
      'Stuart Halloway|narration|So the REPL is a read, eval, print loop.',
    ]);
  });

  it('gives an interview article\'s answers to the guest its title names, from the first question on', () => {
    assert.equal(speakerInTitle('An Interview with Rebecca Fiebrink'), 'Rebecca Fiebrink');
    assert.equal(speakerInTitle('In Conversation with Jane Doe: making robots'), 'Jane Doe');
    assert.equal(speakerInTitle('Interview tips for new managers'), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(INTERVIEW))?.interview, true);
    assert.equal(findDeclaredSpeakers(new LineIndex(POSTED_SPEECH))?.interview, false);
    // The writer's introduction, the questions, the picture's markup and its caption are no one's.
    // Pictures with a kramdown attribute list and one-line site-generator tags are markup in any document.
    const page = analyseText('Jane: Hello.\n![Front](/a.jpg){: .right}\n{% include figure.html %}\nJane: Bye.\n', 'page.md');
    assert.deepEqual(page.analysis.stageDirections.map((d) => page.slice(d.span)), ['![Front](/a.jpg){: .right}', '{% include figure.html %}']);
    assert.deepEqual(turnsOf(INTERVIEW, 'interview.md'), [
      'Jane Doe|narration|I grew up playing the flute.',
      'Jane Doe|narration|Then I discovered programming.',
      'Jane Doe|narration|A robot that walks.',
    ]);
  });

  it('starts an interview\'s answers at its first question when an italic byline and a lead stand above bold questions', () => {
    const article = [
      '# An interview with Ada Lovelace',
      '',
      '*By Charles Babbage, March 1843*',
      '',
      'Ada Lovelace has spent nine months translating a paper.',
      '',
      '**What drew you to the engine?**',
      '',
      'I saw it at a party in 1833.',
      '',
      '**Will it be built?**',
      '',
      'I expect so.',
      '',
    ].join('\n');
    assert.deepEqual(turnsOf(article, 'ada.md'), ['Ada Lovelace|narration|I saw it at a party in 1833.', 'Ada Lovelace|narration|I expect so.']);
  });

  it('gives a speech to the speaker its front-matter title names', () => {
    assert.deepEqual(turnsOf(POSTED_SPEECH, 'speech.md'), ['Powell|narration|Thank you. Good morning, everyone.⏎⏎Price stability is the responsibility of the Federal Reserve.']);
  });

  it('invents no speaker: several declared speakers, or a body labelled by its own scheme, keep the labels', () => {
    const interview = '---\nspeakers: [Jane Doe, John Roe]\n---\n\nWelcome to the show.\n\nJane: Thanks.\n\nJohn: Glad to be here.\n';
    assert.deepEqual(turnsOf(interview, 'interview.md'), ['Jane|label|Jane: Thanks.', 'John|label|John: Glad to be here.']);
    // A header field naming several speakers is no `Speakers` label either.
    const panel = '# Panel on testing\n\n* **Speakers: Jane Doe, John Roe**\n* **Date: June 2017**\n\nWelcome.\n\nJane: Thanks.\n\nJohn: Glad to be here.\n';
    assert.deepEqual(turnsOf(panel, 'panel.md'), ['Jane|label|Jane: Thanks.', 'John|label|John: Glad to be here.']);
    const labelled = '---\nspeaker: Jane Doe\n---\n\nQ: Why?\n\nA: Because.\n\nQ: And then?\n\nA: Then we left.\n';
    assert.deepEqual(turnsOf(labelled, 'qa.md'), ['Q|qa|Q: Why?', 'A|qa|A: Because.', 'Q|qa|Q: And then?', 'A|qa|A: Then we left.']);
    // A body that labels the declared speaker has a scheme of its own: the paragraph before her label is no one's.
    const hearing = '---\nspeaker: Jane Doe\n---\n\nThe chair opened the hearing.\n\nJane: Thank you.\n\nI have three points.\n';
    assert.deepEqual(turnsOf(hearing, 'hearing.md'), ['Jane|label|Jane: Thank you.⏎⏎I have three points.']);
    // A witness among senators whose labels never name her: a named questioner shows an exchange, so the
    // header gives her no paragraph (the labels decide, as in a transcript without a header).
    const witness = '# Testimony of Jane Doe\n\nI thank the committee for this hearing and will be brief.\n\nSenator Roe: Why now?\n\nBecause the rules changed.\n\nAnd the money ran out.\n';
    assert.deepEqual(turnsOf(witness, 'witness.md'), turnsOf(witness.replace('# Testimony of Jane Doe', '# Testimony'), 'witness.md'));
    assert.ok(!turnsOf(witness, 'witness.md').some((turn) => turn.startsWith('Jane Doe|')));
    // With an anonymous voice from the floor instead, the body is hers and she answers.
    const floor = `${witness.replace('Senator Roe:', 'Audience member:')}\nAudience member: Thank you.\n\nI am glad.\n\nNow to the budget.\n`;
    assert.deepEqual(turnsOf(floor, 'witness.md').map((turn) => turn.split('|')[0]), ['Jane Doe', 'Audience member', 'Jane Doe', 'Audience member', 'Jane Doe']);
  });

  it('gives a briefing to the speaker its lead sentence names, accented names included', () => {
    assert.deepEqual(turnsOf(BRIEFING, 'briefing.txt'), [
      'Stéphane Dujarric|narration|All right, good afternoon.',
      'Stéphane Dujarric|narration|The Secretary-General is in Belgium today.',
      'Stéphane Dujarric|narration|He will speak to the media in about an hour.',
    ]);
    assert.deepEqual(analyze(BRIEFING, {}, 'briefing.txt').topics.map((topic) => topic.title), ['Secretary-General\u2019s Travel', 'Democratic People\u2019s Republic of Korea']);
    // Only the lead under the title declares: the same sentence further down is the spokesperson's speech.
    const later = BRIEFING.replace('All right, good afternoon.\n\n', '').replace('The Secretary-General is in Belgium today.', 'The following is a transcript of today\'s briefing by Stéphane Dujarric, Spokesman.');
    const moved = later.replace(/^The following is a near-verbatim[^\n]*\n\n/m, 'All right, good afternoon.\n\n');
    assert.equal(findDeclaredSpeakers(new LineIndex(moved)), null);
    // A title names no one in a lead's way: it is no sentence.
    assert.equal(findDeclaredSpeakers(new LineIndex('Daily Press Briefing by Jane Doe\n\nGood afternoon.\n')), null);
  });

  it('gives a speech to the speaker its lead names after a participle (`the speech made by …`)', () => {
    const speech = [
      'Jane Doe \u2013 2019 Speech at a Library Opening',
      '',
      'Below is the text of the speech made by Jane Doe, the Mayor, on 4 March 2019.',
      '',
      'Thank you all for coming this morning.',
      '',
      'This library lent 40,000 books in its first year.',
      '',
    ].join('\n');
    assert.deepEqual(turnsOf(speech, 'speech.txt'), ['Jane Doe|narration|Thank you all for coming this morning.⏎⏎This library lent 40,000 books in its first year.']);
    for (const participle of ['delivered', 'given']) {
      assert.deepEqual(findDeclaredSpeakers(new LineIndex(speech.replace('made', participle)))?.names, ['Jane Doe']);
    }
    // Another participle says nothing of who speaks; nor does a lead that names no one.
    assert.equal(findDeclaredSpeakers(new LineIndex(speech.replace('made', 'praised'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(speech.replace('made by Jane Doe, the Mayor,', 'made at the opening'))), null);
  });

  it('gives a Chinese speech to the speaker its headline names, or to the holder of the title it names', () => {
    assert.deepEqual(turnsOf(NAMED_HEADLINE, 'speech.txt'), ['周明|narration|敬爱的首相同志,敬爱的同志们、朋友们:⏎我们以十分愉快的心情来到这里。⏎两国人民的友谊是永恒的。']);
    assert.deepEqual(turnsOf(TITLE_HEADLINE, 'speech.txt'), ['马英明|narration|各位亲爱的乡亲,各位观众朋友:⏎大家新年好!']);
    // Forum lines between the headline and the speech are the page's, not the speaker's.
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(NAMED_HEADLINE))?.bodyStart, 6);
    // A headline reporting an event (`…出席开幕式并致辞`), or a title nobody in the head holds, declares no one.
    assert.equal(findDeclaredSpeakers(new LineIndex(NAMED_HEADLINE.replace('周明总理的讲话', '周明出席开幕式并致辞'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(TITLE_HEADLINE.replace('总统 马英明 ', ''))), null);
  });

  it('reads who gave a speech at a place (`X在Y的演讲`) and starts it after the page\'s fields', () => {
    assert.deepEqual(turnsOf(PLACE_HEADLINE, 'speech.txt'), ['李明远|narration|张校长、王校长,感谢你们的讲话。⏎⏎我相信,这次访问是我们最大的代表团。']);
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(PLACE_HEADLINE))?.bodyStart, 7);
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(PLACE_HEADLINE.replace('北方大学校长李明远教授在', '李明远在')))?.names, ['李明远']);
    // No one before the place (`在2001级研究生开学典礼上的讲话`): nobody is declared, and the page's field stays what it was.
    const nameless = PLACE_HEADLINE.replace(/北方大学校长李明远教授在南方大学的演讲/g, '在2001级研究生开学典礼上的讲话');
    assert.equal(findDeclaredSpeakers(new LineIndex(nameless)), null);
    // A salutation ending in a colon has no value after it: the speech starts there.
    const saluted = PLACE_HEADLINE.replace('张校长、王校长,感谢你们的讲话。', '同志们、朋友们:');
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(saluted))?.bodyStart, 7);
  });

  it('reads the name card under a speech\'s subtitle (`——在…上的讲话`) and starts the speech at its salutation', () => {
    assert.deepEqual(turnsOf(CARD_SUBTITLE, 'speech.txt'), ['李明远|narration|2012届硕士毕业研究生同学们:⏎⏎今天,你们毕业了,我向你们表示祝贺!']);
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(CARD_SUBTITLE))?.bodyStart, 10);
    // No card under the subtitle, or a sentence where the card would be: no one is declared.
    assert.equal(findDeclaredSpeakers(new LineIndex(CARD_SUBTITLE.replace('北方校长 李明远\n', ''))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(CARD_SUBTITLE.replace('北方校长 李明远', '校长讲了很多,我们都记住了。'))), null);
    // A field with no value (`专栏:`) is no salutation: the speech starts at the first clause.
    const field = CARD_SUBTITLE.replace('2012届硕士毕业研究生同学们:', '专栏:');
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(field))?.bodyStart, 12);
  });

  it('reads who gave an address from the part of its headline after a bar, when it holds the title the headline names', () => {
    assert.deepEqual(turnsOf(BAR_HEADLINE, 'speech.txt'), ['李明远|narration|今天很高兴在这里参加书院第二年的开学典礼。⏎⏎这一年来我们花了很大的功夫。']);
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(BAR_HEADLINE))?.bodyStart, 7);
    // After the bar a site's name, or a name without the headline's title: no one is declared.
    assert.equal(findDeclaredSpeakers(new LineIndex(BAR_HEADLINE.replace('| 李明远院长', '| 综合新闻'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(BAR_HEADLINE.replace('| 李明远院长', '| 李明远教授'))), null);
  });

  it('reads a name card whose name stands alone after titles and a space, under a speech\'s subtitle', () => {
    assert.deepEqual(turnsOf(SPACED_CARD, 'speech.txt'), ['李明远|narration|尊敬的各位老师、亲友,亲爱的同学们:⏎⏎我是人文学院的李明远,非常荣幸能在这里发言。']);
    // The photo caption between the card and the salutation is the page's.
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(SPACED_CARD))?.bodyStart, 10);
    // No title before the space (a class alone), or no space: not a card.
    assert.equal(findDeclaredSpeakers(new LineIndex(SPACED_CARD.replace('毕业生代表、人文学院', '人文学院'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(SPACED_CARD.replace('本科生  李明远', '本科生李明远'))), null);
  });

  it('gives a speech to the person its `Name:headline` title names when a byline below names them again', () => {
    assert.deepEqual(turnsOf(NAME_HEADLINE, 'speech.txt'), ['王明远|narration|谢谢理事长的介绍,很难得有这么一个机会。⏎⏎中国经济增长从速度看,大势是下行。']);
    // The editor's note and the byline are the page's: the speech starts under the byline.
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE))?.bodyStart, 10);
    assert.deepEqual(turnsOf(NAME_HEADLINE_CARD, 'speech.txt'), ['王明远|narration|各位好，今天讲三点。⏎⏎第一，增长要靠改革。']);
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE_CARD))?.bodyStart, 3);
    // A byline with the titles in brackets on the line below is as good as one with them after the name.
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE.replace('文/王明远(北方大学经济学教授)', '文/王明远\n（北方大学经济学教授）')))?.bodyStart, 11);
    // Named once (a caption over a report about them), or by a byline naming someone else: no one is declared.
    assert.equal(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE.replace('文/王明远(北方大学经济学教授)', '著名经济学家王明远'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE.replace('文/王明远', '文/李华'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE_CARD.replace('（王明远，北方大学教授）', '（本报记者 李华）'))), null);
    // A question may end the headline; a role may open the card.
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE_CARD.replace('中国经济的下一步', '中国经济会怎样？')))?.names, ['王明远']);
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE_CARD.replace('（王明远，', '（作者：王明远，')))?.names, ['王明远']);
    // A headline that is a sentence names no speech.
    assert.equal(findDeclaredSpeakers(new LineIndex(NAME_HEADLINE_CARD.replace('中国经济的下一步', '中国经济会好起来。'))), null);
  });

  it('reads who gave a speech draft at a place, and no institution as a name', () => {
    assert.deepEqual(turnsOf(DRAFT_HEADLINE, 'speech.txt'), ['王明远|narration|尊敬的各位来宾,⏎⏎女士们,先生们:⏎⏎上午好!非常高兴同大家见面。']);
    // A template site's category (`大学校长毕业典礼讲话稿(专业18篇)`) says neither who spoke nor where.
    assert.equal(findDeclaredSpeakers(new LineIndex(DRAFT_HEADLINE.replace('王明远理事长在第三届高级别智库研讨会上讲话稿(2015,12,16)', '大学校长毕业典礼讲话稿(专业18篇)'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(DRAFT_HEADLINE.replace('王明远理事长在第三届高级别智库研讨会上讲话稿', '北方大学校长在第三届高级别智库研讨会上的讲话'))), null);
  });

  it('gives the incremental analyzer the edits that change who speaks and keeps the others local', () => {
    assert.notEqual(declarationKey(POSTED_SPEECH), '');
    assert.equal(declarationKey('---\ntitle: Minutes\n---\n\nJane: Hello.\n'), '');
    const edits: [string, string, string][] = [
      [TALK, 'Audience member: Delayed', 'Audience member Delayed'],
      [TALK, 'Speaker: Stuart Halloway', 'Host: Stuart Halloway'],
      [TALK, 'It will eventually get there.', 'Stuart: It will eventually get there.'],
      [POSTED_SPEECH, "Powell's", 'the'],
      [POSTED_SPEECH, 'layout: post', 'speaker: Jerome Powell'],
      ['---\ntitle: Minutes\n---\n\nWelcome.\n\nThanks.\n', 'title: Minutes', "title: Powell's Speech"],
      [TALK, 'Speaker: Stuart Halloway', 'Speaker: Stu Halloway'],
      [TALK, 'Speaker: Stuart Halloway', 'Speaker: Stuart Halloway, Rich Hickey'],
      [POSTED_SPEECH, 'Jackson Hole Speech', 'Jackson Hole Lecture'],
      ['---\nauthor: Eric Doe\n---\n### Eric\nHello.\n\n### Rob\nHi.\n\n### Eric\nBye.\n', 'author: Eric Doe', 'author: Erin Doe'],
      [TALK, 'So the REPL is', '[So the REPL is'],
      [TALK, 'It is coming', '[It is coming'],
      [TALK, 'lide title: Plan', 'l]ide title: Plan'],
      [TALK, 'What is that?', '00:01:02'],
      [TALK, 'So the REPL is', '# So the REPL is'],
      [TALK, 'It will eventually get there.', 'It will eventually get there.\n'],
      [TALK, 'It will eventually get there.', '00:01:02'],
      [TALK, 'It will eventually', 'Perhaps it will eventually'],
      ['---\nauthor: Eric Doe\n---\n### Eric\nHello.\n\n### Rob\nHi.\n\n### Eric\nBye.\n', 'Hi.', 'Hi there.'],
      ['---\nauthor: Eric Doe\n---\n### Eric\nHello.\n\n### Rob\nHi.\n\n### Eric\nBye.\n', '### Rob', '### Robert'],
      [INTERVIEW, 'An Interview with', 'A Day with'],
      [INTERVIEW, '## What is your background?', 'What is your background?'],
      [INTERVIEW, 'Jane Doe is a maker', '**Jane Doe is a maker**'],
      [INTERVIEW, '_Jane with her robot_', 'Jane with her robot'],
      [INTERVIEW, '![Front view](/robot.jpg){: .w-50 .right}', 'A front view.'],
      [INTERVIEW, 'caption="Jane on stage" %}', 'caption="Jane on stage"'],
      [INTERVIEW, '{% include image.html', 'include image.html'],
      [INTERVIEW, 'A robot that walks.', 'A robot that walks fast.'],
      [BRIEFING, 'by Stéphane Dujarric', 'by Florencia Soto Niño'],
      [BRIEFING, 'Spokesman for the Secretary-General.', 'Spokesman for the Secretary-General'],
      [NAMED_HEADLINE, '周明总理的讲话', '周明总理出席并讲话'],
      [NAMED_HEADLINE, '专栏:', '专栏:人物,讲话'],
      [NAMED_HEADLINE, '同志们、朋友们:', '同志们朋友们:'],
      [TITLE_HEADLINE, '总统 马英明 ', '总统马英明'],
      [TITLE_HEADLINE, '春节谈话\n', '春节\n'],
      [PLACE_HEADLINE, '李明远教授在南方大学的演讲(', '李明远教授和南方大学的演讲('],
      [PLACE_HEADLINE, '校长李明远', '校长李明远长'],
      [PLACE_HEADLINE, '简介:', '简介,'],
      [CARD_SUBTITLE, '北方校长 李明远', '北方校长,李明远'],
      [CARD_SUBTITLE, '——在北方', '——北方'],
      [CARD_SUBTITLE, '同学们:', '同学们'],
      [CARD_SUBTITLE, '\n\n北方校长', '\n\n\n\n北方校长'],
      [PLACE_HEADLINE, '简介:小编', '小编'],
      [PLACE_HEADLINE, '张校长、王校长,', '张校长:王校长,'],
      [NAME_HEADLINE, '文/王明远', '文/王明'],
      [NAME_HEADLINE, '文/王明远(北方大学经济学教授)', '王明远(北方大学经济学教授)'],
      [NAME_HEADLINE, '王明远:改革', '王明:改革'],
      [NAME_HEADLINE, '——2017 年的中国经济', '。'],
      [NAME_HEADLINE, '\n\n谢谢理事长', '\n谢谢理事长'],
      [NAME_HEADLINE_CARD, '（王明远，', '（李华，'],
      [NAME_HEADLINE_CARD, '\n\n各位好', '\n各位好'],
      [DRAFT_HEADLINE, '讲话稿(', '讲话('],
      [BAR_HEADLINE, '| 李明远院长', '| 李明远'],
      [BAR_HEADLINE, '院长致辞 |', '致辞 |'],
      [SPACED_CARD, '本科生  李明远', '本科生李明远'],
      [SPACED_CARD, '毕业生代表、', ''],
      [DRAFT_HEADLINE, '王明远理事长在', '大学校长在'],
    ];
    for (const [text, from, to] of edits) {
      const source = text;
      const needle = from;
      const analyzer = new IncrementalAnalyzer({}, 'talk.md');
      analyzer.update(source);
      const at = source.indexOf(needle);
      assert.ok(at >= 0, needle);
      const edited = `${source.slice(0, at)}${to}${source.slice(at + needle.length)}`;
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: needle.length, text: to }]);
      assert.deepStrictEqual(result, analyze(edited, {}, 'talk.md'), to);
    }
    // Words typed inside a body paragraph change nobody's turn: the edit stays local.
    const analyzer = new IncrementalAnalyzer({}, 'talk.md');
    analyzer.update(TALK);
    const at = TALK.indexOf('eventually get there');
    const edited = `${TALK.slice(0, at)}surely${TALK.slice(at + 'eventually'.length)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 'eventually'.length, text: 'surely' }]), analyze(edited, {}, 'talk.md'));
    assert.equal(analyzer.lastMode, 'line');
  });

  it('leaves the writer\'s introduction of the declared speaker, above the heading after it, to no one', () => {
    const talk = [
      '---', 'title: "Agents Can Pay"', 'speakers: [Jane Doe]', '---', '',
      '# Agents Can Pay', '',
      '**Jane Doe** — Open Hub', '',
      'Jane Doe is an architect at Open Hub. She previously led developer advocacy.', '',
      '*Friday 18 September, 11:30*', '',
      '## Transcript', '',
      'So this is the major challenge for agents right now.', '',
      'And she is right about that, I think.', '',
    ].join('\n');
    assert.deepEqual(turnsOf(talk, 'talk.md'), ['Jane Doe|narration|So this is the major challenge for agents right now.⏎⏎And she is right about that, I think.']);
    // No heading after the introduction: nothing says where it ends, so the body is hers from the header on.
    const noHeading = talk.replace('## Transcript\n\n', '');
    assert.equal(turnsOf(noHeading, 'talk.md').length, 1);
    assert.match(turnsOf(noHeading, 'talk.md')[0]!, /^Jane Doe\|narration\|\*\*Jane Doe\*\*/);
    // A paragraph that only mentions her further in ends nothing.
    const mention = talk.replace('Jane Doe is an architect', 'Our guest, Jane Doe, is an architect').replace('**Jane Doe** — Open Hub\n\n', '');
    assert.match(turnsOf(mention, 'talk.md')[0]!, /^Jane Doe\|narration\|Our guest/);
    // Edits that make or unmake the introduction fall back, and equal a full analysis.
    for (const [from, to] of [['Jane Doe is an', 'She is an'], ['**Jane Doe** — Open Hub', 'Open Hub'], ['## Transcript', 'Transcript']]) {
      const analyzer = new IncrementalAnalyzer({}, 'talk.md');
      analyzer.update(talk);
      const at = talk.indexOf(from!);
      const edited = `${talk.slice(0, at)}${to!}${talk.slice(at + from!.length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: from!.length, text: to! }]), analyze(edited, {}, 'talk.md'), to);
    }
  });
});
