import type { TranscriptFormat } from './model';
import type { TextSource } from '../text/chunkedText';

const SRT_TIMING = /^\d{1,2}:\d{2}:\d{2},\d{1,3}\s+-->\s+\d{1,2}:\d{2}:\d{2},\d{1,3}/m;
/** Two SBV timing lines (`0:00:00.900,0:00:05.400`) with a cue between them. */
const SBV_TIMINGS = /^\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\r?\n[^]*?\n\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\r?$/m;

/**
 * A WebVTT-style timing line without the `WEBVTT` header, as Microsoft Teams' legacy transcript writes it pasted as text
 * (`0:0:4.640 --> 0:0:9.870`, fields not padded): the file is cues, read as WebVTT.
 */
const HEADLESS_VTT_TIMING = /^\d{1,2}(?::\d{1,2}){1,2}\.\d{1,3}[ \t]+-->[ \t]+\d{1,2}(?::\d{1,2}){1,2}\.\d{1,3}[ \t]*\r?$/m;

/** Picks the transcript format from the file name, falling back to the content for unknown extensions. */
export function detectFormat(fileName: string, text: TextSource): TranscriptFormat {
  const lower = fileName.toLowerCase();
  // YouTube's SubViewer captions (`.sbv`) are cues like SRT's, with another timing line.
  if (lower.endsWith('.srt') || lower.endsWith('.sbv')) return 'srt';
  if (lower.endsWith('.vtt')) return 'vtt';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t]|$)/m.test(head.slice(0, 16))) return 'vtt';
  if (SRT_TIMING.test(head) || SBV_TIMINGS.test(head)) return 'srt';
  if (HEADLESS_VTT_TIMING.test(head)) return 'vtt';
  return 'plain';
}
