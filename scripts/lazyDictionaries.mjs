/** The file node bundles load the Simplified→Traditional dictionaries from, beside the bundle. */
export const LAZY_DICTIONARIES_FILE = 'opencc-st-dictionaries.js';

/** The module that holds those dictionaries; src/core/convert/converter.ts reaches it only through import(). */
export const LAZY_DICTIONARIES_ENTRY = 'src/core/convert/simplifiedToTraditionalDictionaries.ts';

/**
 * esbuild plugin for node bundles (CLI, extension): the dynamic import of the ~1 MB Simplified→Traditional
 * dictionaries becomes a require of their own file, so activation neither reads nor parses them. (Bundled
 * inline, as in the browser build and the tests, they are still only evaluated on first use: esbuild wraps
 * them lazily.)
 */
export const lazyDictionaries = {
  name: 'lazy-dictionaries',
  setup(build) {
    build.onResolve({ filter: /\/simplifiedToTraditionalDictionaries$/ }, (resolveArgs) =>
      resolveArgs.kind === 'dynamic-import' ? { path: `./${LAZY_DICTIONARIES_FILE}`, external: true } : undefined,
    );
  },
};

/** esbuild options for a node bundle with the dictionaries split off: require(), not import(), which every extension host's loader handles. */
export const lazyDictionariesOptions = { supported: { 'dynamic-import': false } };
