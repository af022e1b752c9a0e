/** The Simplified→Traditional phrase dictionaries, each "src dst|src dst" as opencc-js ships them. */
export interface SimplifiedToTraditionalDictionaries {
  readonly STPhrases: string;
  readonly STPhrasesRegional: string;
}

/**
 * Where a build gets those dictionaries (about 1 MB) on first conversion: node bundles and tests through
 * `bundledDictionaryLoader`, the web build from a file it ships beside dist/browser.js.
 */
export type DictionaryLoader = () => Promise<SimplifiedToTraditionalDictionaries>;

/**
 * A dynamic import: node bundles turn it into a require of dist/opencc-st-dictionaries.js, the tests
 * bundle it; the web build has no copy (scripts/lazyDictionaries.mjs) and must use its own loader.
 */
export const bundledDictionaryLoader: DictionaryLoader = () => import('./simplifiedToTraditionalDictionaries');

/**
 * Checks dictionaries read from a file (e.g. dist/opencc-st-dictionaries.json parsed as JSON): both
 * strings present, or an error that names what is wrong.
 */
export function parseSimplifiedToTraditionalDictionaries(value: unknown): SimplifiedToTraditionalDictionaries {
  if (typeof value !== 'object' || value === null) throw new Error('the Simplified→Traditional dictionaries are not an object');
  const { STPhrases, STPhrasesRegional } = value as Record<string, unknown>;
  if (typeof STPhrases !== 'string' || typeof STPhrasesRegional !== 'string') {
    throw new Error('the Simplified→Traditional dictionaries lack STPhrases or STPhrasesRegional');
  }
  return { STPhrases, STPhrasesRegional };
}
