// Word lists for recognising speakers. Chinese entries are Simplified: they are matched against text
// folded to Simplified, so Traditional text works too.

/** Speech verbs that may follow a name before the colon (`黃仁勳回答:`), longest first when matched. */
export const ZH_SPEECH_VERBS = [
  '回答道', '回答说', '回答', '答道', '说道', '笑说', '笑称', '笑言', '说', '表示', '问道', '提问', '追问', '问',
  '补充道', '补充说', '补充', '回应说', '回应', '指出', '强调', '坦言', '声称', '称', '解释', '透露', '谈到', '提到',
  '写道', '致辞', '致词', '介绍', '感叹', '感慨', '直言', '宣布', '告诉', '总结', '分享', '续道', '接着说',
].sort((a, b) => b.length - a.length);

/** Verbs after which a short object may follow before the colon (`新智元问老黄:`). */
export const ZH_VERBS_WITH_OBJECT = new Set(['问', '提问', '追问', '告诉', '回答']);

export const EN_SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'replied', 'replies', 'answered', 'answers', 'added', 'adds', 'explained', 'explains',
  'noted', 'notes', 'wrote', 'writes', 'told', 'tells', 'responded', 'responds', 'continued', 'continues', 'stated',
  'states', 'declared', 'recalled', 'remarked', 'insisted', 'argued', 'commented', 'recalls', 'insists', 'argues',
]);

/** Adverbs between subject and verb (`老黃也說`) or before the subject (`隨後老黃補充`). */
export const ZH_ADVERBS = [
  '随后', '随即', '接着', '然后', '立即', '立刻', '马上', '赶紧', '笑着', '当场', '同时', '进一步', '最后', '首先', '再次',
  '继续', '曾经', '当时', '后来', '也曾', '此前', '对此', '另外', '此外', '不过', '但是', '而且', '因此', '所以',
  '也', '又', '还', '则', '就', '便', '都', '再', '曾', '才', '而', '但', '却', '更', '先', '亦',
].sort((a, b) => b.length - a.length);

/** Words that end a subject phrase: what follows is where, to whom or about what (`貝森特在彭博節目中談及…時說`). */
export const ZH_SUBJECT_ENDERS = ['针对', '关于', '谈及', '接受', '面对', '看着', '在', '对', '向', '跟', '与', '于', '当', '给', '同', '和'];

/** Role titles before a name (`美國財政部長貝森特` → 貝森特). */
export const ZH_TITLES = [
  '首席执行官', '董事长', '总经理', '副总裁', '发言人', '秘书长', '创始人', '负责人', '分析师', '主持人', '部长', '总统',
  '主席', '总理', '总裁', '记者', '教授', '博士', '经理', '主任', '局长', '市长', '省长', '大使', '院长', '校长', 'CEO',
  '首席经济学家', '经济学家', '副研究员', '研究员', '高级研究员', '专家', '学者', '司长', '处长', '所长', '厅长', '理事长', '副主任',
  '副部长', '副局长', '副市长', '会长', '秘书', '书记', '委员', '代表', '律师', '医生', '主编', '总编辑', '董事', '合伙人', '总监',
];

/** Honorifics after a name (`Poggio教授`, `王先生`): no part of it. */
export const TRAILING_HONORIFIC = /\s*(?:教授|博士|先生|女士|老师|老師|院士)$/;

export const EN_TITLES = new Set([
  'president', 'vice', 'secretary', 'minister', 'prime', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'cto', 'senator',
  'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'general', 'gen.', 'judge', 'justice', 'treasury', 'state',
  'defense', 'commerce', 'foreign', 'chief', 'executive', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'reporter',
  'correspondent', 'director', 'founder', 'co-founder', 'deputy', 'professor', 'prof.', 'analyst', 'host', 'anchor',
]);

export const PRONOUNS = new Set(['他', '她', '他们', '她们', 'he', 'she', 'they']);

/** Roles that name a side of a Q&A rather than a person. */
export const QA_ROLES = new Set(['q', 'a', '问', '答', '记者', 'question', 'answer']);

/** Credit-line words: `作者：某某` names an author, not a speaker. */
export const ZH_CREDIT_WORDS = new Set([
  '作者', '编辑', '责任编辑', '责编', '来源', '摄影', '撰文', '文', '图', '图片', '翻译', '译者', '校对', '出品', '策划',
  '监制', '原标题', '标题', '原文', '链接', '网址', '地址', '电话', '时间', '日期', '地点', '关键词', '标签', '注', '备注',
  '按', '编者按', '提示', '摘要', '附', '附录', '题目', '主题', '声明', '免责声明', '更新', '注意', '警告', '本文', '转载',
  '视频', '音频', '字幕', '口述', '整理', '记录', '采访', '访谈', '采写', '审校', '编译', '主编', '美编', '排版', '封面', '配图',
  '数据', '资料', '问题', '答案', '原因', '结果', '总结', '结论', '例如', '比如', '公式', '步骤', '事实', '真相', '重点',
  '目标', '关键', '理由', '看法', '观点', '内容', '情况', '特点', '优势', '方法', '办法', '说明', '全文', '对话', '背景',
  // Article furniture: rubrics, teasers and notes that head a line like a label.
  '快讯', '独家', '图为', '提示', '特别提示', '编者注', '编后', '短评', '评论', '社评', '观察', '解读', '热点', '焦点', '专题',
  '头条', '重磅', '突发', '直播', '更正', '勘误',
  // An editor's abstract over a speech or an article (`导语:`, `提要:`, `编者语:`).
  '导语', '导读', '提要', '内容提要', '编者语', '编者的话',
]);

/** A Chinese phrase starting like this is a clause, not a name. */
export const ZH_NON_NAME_STARTS = [
  '在', '当', '对于', '关于', '根据', '据', '从', '自从', '随着', '为了', '由于', '因为', '如果', '虽然', '但是', '不过',
  '而且', '所以', '因此', '然后', '其实', '其中', '比如', '例如', '总之', '另外', '此外', '首先', '其次', '最后', '第', '这', '那些',
  '那个', '那么', '那就', '我', '你', '您', '它', '咱', '大家', '有人', '没有', '很多', '所有', '每', '今天', '昨天',
  '明天', '现在', '目前', '当时', '之后', '以后', '下面', '上面', '以下', '如下', '具体', '简单', '总的', '换言之', '也就是',
  '就是', '还是', '还有', '只有', '不是', '是', '也', '都', '就', '还', '而', '但', '又', '再', '请', '让', '把', '被',
  // `本期嘉宾：`, `本报记者：` introduce this guest or byline, not a speaker.
  '本期', '本次', '本届', '本场', '本报', '本台', '本刊', '本节目', '本文',
];

/** A Chinese phrase ending like this is a clause or a lead-in (`答案是`, `原因有兩個`), not a name. */
export const ZH_NON_NAME_ENDS = [
  '是', '为', '有', '的', '了', '吗', '呢', '吧', '啊', '呀', '嘛', '啦', '哦', '如下', '以下', '包括', '例如', '比如',
  '即', '个', '点', '条', '种', '项', '时', '后', '前', '里', '道', '说明', '问题', '原因', '结果', '方法', '答案', '办法',
  '重点', '目标', '关键', '理由', '看法', '观点', '意见', '内容', '情况', '特点', '优势', '如此', '这样', '那样', '一样', '来说',
  '而言', '看来', '所示', '所述', '认为', '觉得', '知道', '发现', '相信', '希望',
  // Metadata fields (`播出时间：`, `采访地点：`, `发布日期：`) and rubrics (`相关阅读：`, `记者手记：`).
  '时间', '日期', '地点', '时长', '链接', '来源', '网址', '阅读', '手记', '提示', '声明',
  // Someone's note heading an article (`编者按：`, `译者按：`, `书童按：` a blog's translator, `云栖君导读：` an account's abstract).
  '按', '导读', '导语',
  // A news report's source before its lead (`中新网消息：`, `央视网消息(新闻联播)：`, `本报讯：`), not a speaker.
  '消息', '报讯',
];

/** Interview roles that may precede a name (`嘉宾 李明`); Simplified. */
export const ZH_ROLES = new Set(['主持人', '嘉宾', '记者', '观众', '网友', '听众', '译者', '翻译', '受访者', '采访者', '提问者', '旁白', '解说']);

/** Single characters that can stand alone as a speaker (`甲：`, `問：`). */
export const ZH_SINGLE_CHAR_NAMES = new Set(['问', '答', '甲', '乙', '丙', '丁', '男', '女', '主', '客']);

/** Lower-case words that make an English phrase a sentence, not a name. */
export const EN_FUNCTION_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'i', "i'm", 'we', 'you', 'they', 'he', 'she', 'it', 'this', 'that',
  'these', 'those', 'here', "here's", 'there', "there's", 'what', "what's", 'why', 'how', 'when', 'who', 'which', 'my',
  'our', 'your', 'his', 'her', 'its', 'their', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can',
  'could', 'should', 'not', 'no', 'yes', 'so', 'but', 'or', 'if', 'then', 'than', 'because', 'at', 'in', 'on', 'for',
  'with', 'to', 'from', 'as', 'about', 'into', 'let', "let's", 'said', 'says', 'asked', 'following', 'below',
  'above', 'example', 'like', 'just', 'only', 'also', 'all', 'some', 'any', 'every', 'one', 'two', 'three', 'first',
]);

/** Words that open a sentence before a comma (`However, the Minister:`), never a first name before a role. */
export const EN_SENTENCE_OPENERS = new Set([
  'however', 'meanwhile', 'therefore', 'instead', 'otherwise', 'now', 'well', 'okay', 'ok', 'again', 'still', 'yet', 'thus',
  'hence', 'today', 'yesterday', 'tomorrow', 'tonight', 'later', 'next', 'indeed', 'sure', 'right', 'oh', 'ah', 'look',
  'listen', 'remember', 'besides', 'moreover', 'furthermore', 'anyway', 'overall', 'nevertheless', 'nonetheless', 'plus',
  'first', 'second', 'third', 'last', 'lastly', 'finally', 'often', 'sometimes', 'once', 'then', 'thanks', 'please',
]);

/** English words that head a non-speaker line (`Note:`, `Chapter 2:`, `Photo credit:`). */
export const EN_NON_NAME_WORDS = new Set([
  'note', 'notes', 'warning', 'update', 'updated', 'source', 'sources', 'credit', 'credits', 'photo', 'image', 'video',
  'editor', "editor's", 'author', 'by', 'subject', 're', 'date', 'time', 'location', 'place', 'summary', 'title', 'transcript',
  'translation', 'disclaimer', 'tip', 'step', 'chapter', 'part', 'section', 'caption', 'tags', 'tag', 'keywords', 'link',
  'url', 'email', 'e-mail', 'tel', 'phone', 'fax', 'address', 'website', 'copyright', 'edited', 'posted', 'published',
  'read', 'see', 'via', 'ps', 'p.s.', 'nb', 'fyi', 'abstract', 'background', 'conclusion', 'result', 'results', 'day',
  'week', 'episode', 'season', 'figure', 'table', 'appendix', 're', 'fw', 'fwd', 'cc', 'bcc', 'to', 'from', 'sent', 'dear',
  'http', 'https', 'ftp', 'mailto', 'file', 'www', 'total', 'price', 'cost', 'score', 'ratio', 'agenda', 'attendees',
  'participants', 'present', 'absent', 'attendance', 'topic', 'topics', 'caution', 'important', 'related', 'tldr', 'recap',
  'correction', 'corrections', 'clarification', 'disclosure', 'advertisement', 'sponsored', 'subscribe', 'editorial',
  'commentary', 'explainer', 'breaking', 'exclusive', 'factbox', 'takeaways', 'takeaway',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'am', 'pm', 'a.m.', 'p.m.', 'edt', 'est',
  'utc', 'gmt', 'pdt', 'pst',
]);

/** Rubrics that are no speaker as a one-word label (`Watch:`, `Analysis:`) but may be part of a name (`Thomas More`). */
export const EN_RUBRIC_WORDS = new Set(['watch', 'listen', 'contact', 'opinion', 'analysis', 'share', 'live', 'context', 'previously', 'also', 'more', 'video', 'audio', 'podcast']);

/** Lower-case words allowed inside a name (`Secretary of State`, `Ludwig van Beethoven`). */
export const EN_NAME_PARTICLES = new Set(['of', 'the', 'and', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'y', 'del', 'st.']);

/** One-word parts a person plays in a transcript (`Maya, Host:`, `Dana, Producer:`): no first name after a comma. */
export const EN_PERSON_ROLES = new Set([
  'interviewer', 'interviewee', 'host', 'co-host', 'cohost', 'anchor', 'moderator', 'speaker', 'audience', 'reporter',
  'correspondent', 'narrator', 'translator', 'interpreter', 'guest', 'caller', 'participant', 'respondent', 'panelist',
  'panellist', 'presenter', 'producer', 'editor', 'author', 'writer', 'chair', 'chairperson', 'clerk', 'witness',
  'member', 'counsel', 'attorney', 'lawyer', 'judge', 'juror', 'plaintiff', 'defendant', 'facilitator', 'organizer',
  'organiser', 'attendee', 'staff', 'volunteer', 'teacher', 'student', 'instructor', 'coach', 'doctor', 'nurse',
  'patient', 'expert', 'analyst', 'founder', 'announcer', 'commentator', 'byline', 'voice', 'unknown', 'unidentified',
  'both', 'all', 'everyone', 'others',
]);

/** Lower-case one-word roles (`interviewer:`). */
export const EN_LOWERCASE_ROLES = new Set([
  'interviewer', 'interviewee', 'host', 'moderator', 'speaker', 'audience', 'reporter', 'narrator', 'translator',
  'interpreter', 'guest', 'caller', 'unknown', 'unidentified', 'participant', 'respondent', 'q', 'a',
]);
