// The dev half's labelled files as the scorer loads them (corpus.ts), for the trainers' example builders: never a
// check file, only sources that split.json (or the rule for unlisted sources) puts in the dev half.
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { decodeTranscript } from '../../src/core/text/decode';
import { LineIndex } from '../../src/core/text/positions';
import { assignUnlisted, corpusDir, labelFiles, LANGUAGES, readSplit, transcriptFor } from './corpus';
import { LabelsError, parseLabels, type CorpusLabels } from './labels';

export interface DevLabelledFile {
  /** The labels file's path relative to the corpus (what errors name). */
  readonly name: string;
  /** `<lang>/<id>` */
  readonly file: string;
  readonly source: string;
  readonly language: string;
  /** The transcript's file name, which tells analyze() its format. */
  readonly transcriptName: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly labels: CorpusLabels;
}

/** Each dev-half labelled file in corpus order, decoded and with its labels parsed. */
export function* devLabelledFiles(repoRoot: string): Generator<DevLabelledFile> {
  const root = corpusDir(repoRoot);
  const paths = labelFiles(root);
  const sourceOf = new Map<string, string>();
  for (const path of paths) {
    const source = (JSON.parse(readFileSync(path, 'utf8')) as { source?: unknown }).source;
    if (typeof source === 'string') sourceOf.set(path, source);
  }
  const halves = assignUnlisted(readSplit(root), sourceOf.values());
  for (const path of paths) {
    const source = sourceOf.get(path);
    if (source === undefined || halves.get(source) !== 'dev') continue;
    const name = relative(root, path);
    const language = name.split(/[\\/]/)[0]!;
    if (!(LANGUAGES as readonly string[]).includes(language)) throw new LabelsError(`${name}: not under ${LANGUAGES.join(', ')}/`);
    const transcriptPath = transcriptFor(path);
    const decoded = decodeTranscript(readFileSync(transcriptPath));
    if (!decoded.ok) throw new LabelsError(`${transcriptPath}: ${decoded.reason}`);
    const lines = new LineIndex(decoded.text);
    const lineTexts = Array.from({ length: lines.lineCount }, (_, l) => lines.lineText(l));
    const labels = parseLabels(JSON.parse(readFileSync(path, 'utf8')), lineTexts, name);
    yield { name, file: `${language}/${basename(path, '.labels.json')}`, source, language, transcriptName: basename(transcriptPath), text: decoded.text, lines, labels };
  }
}
