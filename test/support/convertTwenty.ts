import { readFixture } from './fixtures';

/** A Simplified interview whose phrases change length in Taiwan script (内存 → 記憶體, 程序员 → 程式設計師…). */
export const TWENTY_SOURCE = readFixture('convert-twenty-zh-Hans.txt');

/** The twenty statements of TWENTY_SOURCE that the conversion tests tag. */
export const TWENTY_STATEMENTS = [
  '欢迎来到节目。',
  '今天我们聊聊软件、内存和程序员。',
  '我们的新显卡有80GB内存，比上一代多一倍。',
  '程序员都很喜欢。',
  '很多博客说内存价格会上涨，您怎么看？',
  '我预计明年内存价格会下降一半。',
  'U盘和硬盘也会更便宜。',
  '我认为程序员的工资还会上涨，因为每个字节都很重要。',
  '听说您每天吃方便面？',
  '年轻时我每天吃方便面，那是1993年的事情。',
  '人工智能会取代程序员吗？',
  '我相信人工智能不会取代程序员，只会让程序员写更多软件。',
  '您的博客上写过，U盘已经过时了。',
  '我觉得U盘早就过时了，现在大家用网络硬盘。',
  '每个模型需要多少字节的内存？',
  '一个大模型大约需要1400亿字节的内存，这是事实。',
  '明年我们会推出新芯片，内存带宽将提高到每秒8太字节。',
  '最后一个问题，您还写博客吗？',
  '我不写博客，但我每天都读程序员的博客。',
  '那么程序员的工资呢？',
] as const;
