import { OffsetMap } from '../text/offsetMap';
import { bundledDictionaryLoader, type DictionaryLoader } from './dictionaryLoader';
import type { ScriptTarget, SourceScript } from './scripts';
import { applyStage, buildStage, segmentEnds, type TrieStage } from './trieStage';

/** Converted text and the map from offsets in the original to offsets in the result. */
export interface ConvertedText {
  readonly text: string;
  readonly map: OffsetMap;
  /** The script the source was taken to be in. */
  readonly from: SourceScript;
}

export interface ScriptConverter {
  readonly from: SourceScript;
  readonly target: ScriptTarget;
  convert(text: string): ConvertedText;
}

export interface ConvertOptions {
  /**
   * The source script; guessed from the text (more Traditional-only than Simplified-only characters) when
   * absent, never guessed as `twp`.
   */
  readonly from?: SourceScript;
}

/**
 * Converts between Simplified and Traditional Chinese with opencc-js's dictionaries and its own chains,
 * keeping an offset map through every stage so that tags can follow. Loads the dictionaries on first use.
 */
export async function convertScript(text: string, target: ScriptTarget, options: ConvertOptions = {}): Promise<ConvertedText> {
  const from = options.from ?? (await detectScript(text));
  return (await loadScriptConverter(from, target)).convert(text);
}

/** Guesses the script of `text` by counting characters only one script uses. Ties (e.g. no Chinese) count as Simplified. */
export async function detectScript(text: string): Promise<SourceScript> {
  return detectScriptWith(await characterTables(), text);
}

function detectScriptWith(tables: CharacterTables, text: string): SourceScript {
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x3400) continue;
    if (tables.traditionalOnly.has(char)) traditional++;
    else if (tables.simplifiedOnly.has(char)) simplified++;
  }
  return traditional > simplified ? 't' : 'cn';
}

/** A converter for one direction, built once and kept (building the Simplified→Traditional tries takes ~150 ms). */
export async function loadScriptConverter(from: SourceScript, target: ScriptTarget): Promise<ScriptConverter> {
  const key = `${from}>${target}`;
  let pending = converters.get(key);
  if (!pending) {
    pending = buildConverter(from, target);
    converters.set(key, pending);
    pending.catch(() => converters.delete(key));
  }
  return pending;
}

const converters = new Map<string, Promise<ScriptConverter>>();

let loadSimplifiedToTraditional: DictionaryLoader = bundledDictionaryLoader;

/** Where later conversions from Simplified get their dictionaries (the web build's own file); set at activation. */
export function useDictionaryLoader(loader: DictionaryLoader): void {
  loadSimplifiedToTraditional = loader;
  for (const key of converters.keys()) if (key.startsWith('cn>')) converters.delete(key);
}

/** A chain as opencc-js's presets define it: normalise, split into segments, then convert stage by stage within segments. */
interface Chain {
  readonly normalization: TrieStage | null;
  readonly segmentation: TrieStage | null;
  readonly stages: readonly TrieStage[];
}

async function buildConverter(from: SourceScript, target: ScriptTarget): Promise<ScriptConverter> {
  const chain = await chainFor(from, target);
  return { from, target, convert: (text) => ({ ...runChain(text, chain), from }) };
}

function runChain(text: string, chain: Chain): { text: string; map: OffsetMap } {
  let current = text;
  let map = new OffsetMap();
  if (chain.normalization) {
    const normalized = applyStage(current, chain.normalization, [current.length]);
    current = normalized.text;
    map = normalized.map;
  }
  let ends: readonly number[] = chain.segmentation ? segmentEnds(current, chain.segmentation) : [current.length];
  for (const stage of chain.stages) {
    const result = applyStage(current, stage, ends);
    current = result.text;
    ends = result.segmentEnds;
    map = map.compose(result.map);
  }
  return { text: current, map };
}

async function chainFor(from: SourceScript, target: ScriptTarget): Promise<Chain> {
  const d = await import('./traditionalDictionaries');
  const normalization = buildStage([d.CJKCompatibility]);
  // Every regional variant back to OpenCC's standard Traditional, so Taiwan and Hong Kong text both work.
  const variantsBack = [d.TWVariantsRevPhrases, d.HKVariantsRevPhrases, d.TWVariantsRev, d.HKVariantsRev];
  if (from === 'cn') {
    if (target === 'cn') return { normalization: null, segmentation: null, stages: [] };
    const s = await loadSimplifiedToTraditional();
    // As opencc-js's s2tw / s2twp / s2hk presets.
    return {
      normalization,
      segmentation: buildStage([s.STPhrases, s.STPhrasesRegional]),
      stages: [buildStage([s.STPhrases, s.STPhrasesRegional, d.STCharacters]), regionalStage(d, target)],
    };
  }
  // Back to OpenCC's standard Traditional first. Taiwanese phrases are turned back only when asked
  // (`from: 'twp'`): in general text they misfire (行程 → 进程, 核心 → 内核), as they do in opencc-js's tw2sp.
  const back = buildStage(from === 'twp' ? [d.TWPhrasesRev, ...variantsBack] : variantsBack);
  if (target === 'cn') {
    // As opencc-js's tw2s / hk2s (tw2sp with `twp`): segment on Traditional phrases, variants back, then Traditional → Simplified.
    return { normalization, segmentation: buildStage([d.TSPhrases]), stages: [back, buildStage([d.TSPhrases, d.TSCharacters])] };
  }
  // Traditional of one region to another: back to standard Traditional, then forward to the target region.
  return { normalization, segmentation: null, stages: [back, regionalStage(d, target)] };
}

type SmallDictionaries = typeof import('./traditionalDictionaries');

function regionalStage(d: SmallDictionaries, target: Exclude<ScriptTarget, 'cn'>): TrieStage {
  switch (target) {
    case 'tw':
      return buildStage([d.TWVariantsPhrases, d.TWVariants]);
    case 'twp':
      return buildStage([d.TWPhrases, d.TWVariantsPhrases, d.TWVariants]);
    case 'hk':
      return buildStage([d.HKVariantsPhrases, d.HKVariants]);
  }
}

interface CharacterTables {
  readonly traditionalOnly: ReadonlySet<string>;
  readonly simplifiedOnly: ReadonlySet<string>;
}

let tables: Promise<CharacterTables> | undefined;

function characterTables(): Promise<CharacterTables> {
  tables ??= import('./traditionalDictionaries').then((d) => ({
    traditionalOnly: changedKeys(d.TSCharacters),
    simplifiedOnly: changedKeys(d.STCharacters),
  }));
  return tables;
}

/** Keys of a "key value|key value" dictionary whose value differs from the key. */
function changedKeys(dictionary: string): Set<string> {
  const keys = new Set<string>();
  for (const entry of dictionary.split('|')) {
    const space = entry.indexOf(' ');
    const key = entry.slice(0, space);
    if (entry.slice(space + 1) !== key) keys.add(key);
  }
  return keys;
}

/**
 * For display only: a synchronous function that shows a short text (a speaker name, a topic title) in
 * the target script, guessing each string's own script. Loads what it needs once; never touches a file.
 */
export async function loadScriptDisplay(target: ScriptTarget): Promise<(text: string) => string> {
  const [detectTables, fromSimplified, fromTraditional] = await Promise.all([
    characterTables(),
    loadScriptConverter('cn', target),
    loadScriptConverter('t', target),
  ]);
  return (text) => (detectScriptWith(detectTables, text) === 't' ? fromTraditional : fromSimplified).convert(text).text;
}

/** One-off form of `loadScriptDisplay`: `displayInScript('黄仁勋', 'tw')` → `黃仁勳`. */
export async function displayInScript(text: string, target: ScriptTarget): Promise<string> {
  return (await loadScriptDisplay(target))(text);
}
