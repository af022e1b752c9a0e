import type { TranscriptFormat } from './model';
import type { TextSource } from '../text/chunkedText';

const SRT_TIMING = /^\d{1,2}:\d{2}:\d{2},\d{1,3}\s+-->\s+\d{1,2}:\d{2}:\d{2},\d{1,3}/m;

/** Picks the transcript format from the file name, falling back to the content for unknown extensions. */
export function detectFormat(fileName: string, text: TextSource): TranscriptFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.srt')) return 'srt';
  if (lower.endsWith('.vtt')) return 'vtt';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t]|$)/m.test(head.slice(0, 16))) return 'vtt';
  if (SRT_TIMING.test(head)) return 'srt';
  return 'plain';
}
