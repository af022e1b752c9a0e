// A deterministic mixed Chinese/English interview transcript of a given size, for the benchmark.

const ZH_SPEAKERS = ['李明', '王芳', '陳立文', '主持人', '人民日报记者'];
const EN_SPEAKERS = ['MS. JONES', 'Dr. Amy Chen', 'Tom Baker'];
const ZH_SENTENCES = [
  '據公司年報，我們去年營收達到420億元，比前年增長了18%。',
  '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。',
  '我認為這種擔心是多餘的，我們的客戶非常優秀。',
  '我們在上個月的會議上已經將其列為首要任務。',
  '据估计，去年全行业的人才缺口约为3万人。',
  '这个市场预计在2030年达到1兆美元。',
  '答案是:還要再觀察一季。',
  '我要告訴它的第一件事就是:多看看。',
];
const EN_SENTENCES = [
  'According to the ministry, 42 percent of graduates chose engineering in 2024.',
  'We expect revenue to grow 12 percent next year, and I think that is likely.',
  'I think curiosity is the most important skill. (Laughter.)',
  'The meeting started at 2:05 P.M. EDT and details are at https://example.com/briefing today.',
];
const TITLES = ['供應鏈的壓力', '人才與教育', '下一個十年', 'Market Outlook', '出口管制', 'Supply and Demand', '老黃的「禮物」'];

/** Small linear congruential generator: the same text on every run and machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** About `bytes` UTF-8 bytes of transcript (never less). */
export function generateTranscript(bytes: number, seed = 42): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const parts: string[] = [];
  let size = 0;
  const push = (line: string): void => {
    parts.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  let section = 0;
  while (size < bytes) {
    const titles = [pick(TITLES), pick(TITLES), pick(TITLES)].map((t) => `${t}${section++}`);
    push('本期重點:');
    for (const title of titles) push(`- ${title}`);
    for (const title of titles) {
      push('');
      push(title);
      push(pick(ZH_SENTENCES) + pick(ZH_SENTENCES));
      for (let turn = 0; turn < 12; turn++) {
        const english = next() < 0.3;
        const speaker = english ? pick(EN_SPEAKERS) : pick(ZH_SPEAKERS);
        const sentences = english ? EN_SENTENCES : ZH_SENTENCES;
        const roll = next();
        if (roll < 0.15) {
          push(`${speaker}${english ? ':' : '：'}`);
          push(pick(sentences) + pick(sentences));
          push(pick(sentences));
        } else if (roll < 0.22) {
          push(english ? `Asked about the plan, ${speaker} said:` : `針對這個問題，${speaker}回答道:`);
          push(`「${pick(sentences)}」`);
        } else if (roll < 0.27) {
          push(english ? 'Q    What comes next?' : '問：接下來呢？');
        } else {
          push(`${speaker}${english ? ':  ' : '：'}${pick(sentences)}${pick(sentences)}`);
          if (next() < 0.3) push(english ? '(Laughter.)' : '（笑）');
        }
        if (next() < 0.2) push('');
      }
    }
  }
  return parts.join('\n');
}

/**
 * About `bytes` of text built to hit the slow paths: unresolved narration, summary-looking lists that
 * match nothing, brackets that never close, label-like colons, and one very long line.
 */
export function generateAdversarial(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  const push = (line: string): void => {
    parts.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  push(`李明：${'很長的句子，(沒有結束 還有冒號:'.repeat(Math.floor(bytes / 4 / 60))}`);
  for (let i = 0; size < bytes; i++) {
    push(`- 項目${i}甲`);
    push(`- 項目${i}乙`);
    push(`有人看着大家也有些發慌,趕緊說:`);
    push(`這是第${i}個問題是:`);
    push(`(((((( [[[[ 【【 （（（ laughter`);
    push(`Title Case Line ${i}`);
  }
  return parts.join('\n');
}

/**
 * The generated transcript as Whisper or a meeting tool writes it: a line per segment, each opening with its
 * timestamp, and no blank lines (an edit's paragraph would be the whole file).
 */
export function asTimestampedSegments(text: string): string {
  let second = 0;
  const stamp = (): string => {
    second += 4;
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `[${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}]  `;
  };
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => stamp() + line).join('\n') + '\n';
}
