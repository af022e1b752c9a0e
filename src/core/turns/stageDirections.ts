import { simplified } from './chars';
import { isTimestampOnly } from './timestamps';

const OPENERS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】' };
/** Longest bracketed text that can be a stage direction. */
const MAX_DIRECTION_LENGTH = 40;
const OPENER_SEARCH = /[(（[【]/g;

/** Words that make a bracketed aside a stage direction wherever it sits in a line. Chinese in Simplified. */
const DIRECTION_WORDS = new Set([
  'laughter', 'laughs', 'laughing', 'applause', 'crosstalk', 'cross talk', 'inaudible', 'unintelligible', 'music',
  'pause', 'silence', 'sighs', 'coughs', 'chuckles', 'chuckling', 'audience laughter', 'audience applause', 'overlapping',
  'indiscernible', 'break', 'recess', 'off mic', 'off-mic', 'background noise', 'cheers', 'cheering', 'booing', 'groans',
  'static', 'technical difficulties', 'no audio', 'laughter and applause', 'applause and laughter', 'smiles', 'nods',
  'video plays', 'video clip', 'end of transcript', 'beep', 'bell rings', 'phone rings', 'sigh', 'laugh', 'cough',
  '笑', '大笑', '笑声', '众笑', '全场笑', '掌声', '鼓掌', '全场鼓掌', '音乐', '停顿', '沉默', '听不清', '咳嗽', '叹气',
  '插话', '众人笑', '现场笑', '笑声和掌声', '掌声和笑声', '画外音', '背景音', '播放视频', '休息', '暂停', '笑了', '苦笑',
  '微笑', '点头', '摇头', '掌声雷动', '欢呼', '哄堂大笑', '听众笑', '观众笑', '众人大笑', '音频中断', '静音',
]);

/** Stage directions in one line, as spans relative to the line start. Linear in the line's length. */
export function findStageDirectionsInLine(line: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const trimmed = line.trim();
  const wholeLine = trimmed.length <= MAX_DIRECTION_LENGTH + 2 && isBracketed(trimmed) && !isTimestampOnly(trimmed);
  if (wholeLine) {
    const start = line.indexOf(trimmed[0]!);
    return [{ start, end: start + trimmed.length }];
  }
  OPENER_SEARCH.lastIndex = 0;
  for (let open = OPENER_SEARCH.exec(line); open; open = OPENER_SEARCH.exec(line)) {
    const close = OPENERS[open[0]]!;
    // Bounded search for the closer, so a long line full of openers stays linear.
    const window = line.slice(open.index + 1, open.index + MAX_DIRECTION_LENGTH + 2);
    const length = window.indexOf(close);
    if (length < 0) continue;
    if (isDirectionWords(window.slice(0, length))) {
      found.push({ start: open.index, end: open.index + length + 2 });
      OPENER_SEARCH.lastIndex = open.index + length + 2;
    }
  }
  return found;
}

function isBracketed(text: string): boolean {
  const close = OPENERS[text[0] ?? ''];
  if (!close || !text.endsWith(close)) return false;
  const inner = text.slice(1, -1);
  return inner.length > 0 && !inner.includes(close) && /\p{L}/u.test(inner);
}

function isDirectionWords(inner: string): boolean {
  const normalized = simplified(inner.trim().replace(/[.。!！]+$/, '')).toLowerCase();
  return DIRECTION_WORDS.has(normalized);
}
