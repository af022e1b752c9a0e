/** The file node bundles load the Simplified→Traditional dictionaries from, beside the bundle. */
export const LAZY_DICTIONARIES_FILE = 'opencc-st-dictionaries.js';

/** The same dictionaries as JSON for the web build, which reads them through workspace.fs (src/vscode/convert/webDictionaryLoader.ts). */
export const WEB_DICTIONARIES_FILE = 'opencc-st-dictionaries.json';

/** The module that holds those dictionaries; src/core/convert/converter.ts reaches it only through import(). */
export const LAZY_DICTIONARIES_ENTRY = 'src/core/convert/simplifiedToTraditionalDictionaries.ts';

/**
 * esbuild plugin for node bundles (CLI, extension): the dynamic import of the ~1 MB Simplified→Traditional
 * dictionaries becomes a require of their own file, so activation neither reads nor parses them. (Bundled
 * inline, as in the tests, they are still only evaluated on first use: esbuild wraps them lazily.)
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

/**
 * esbuild plugin for the web build (dist/browser.js): the dynamic import of the dictionaries becomes a module
 * that says they are not bundled, which keeps ~1 MB out of the bundle. The web build reads them from
 * WEB_DICTIONARIES_FILE instead, through the loader it passes to useDictionaryLoader() at activation.
 */
export const webLazyDictionaries = {
  name: 'web-lazy-dictionaries',
  setup(build) {
    build.onResolve({ filter: /\/simplifiedToTraditionalDictionaries$/ }, (resolveArgs) =>
      resolveArgs.kind === 'dynamic-import' ? { path: 'simplified-to-traditional-dictionaries', namespace: 'web-lazy-dictionaries' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'web-lazy-dictionaries' }, () => ({
      contents: `throw new Error('The web build does not bundle the Simplified→Traditional dictionaries: it reads dist/${WEB_DICTIONARIES_FILE} through its dictionary loader.');`,
      loader: 'js',
    }));
  },
};

/** WEB_DICTIONARIES_FILE's text from the dictionaries module, e.g. `require('dist/' + LAZY_DICTIONARIES_FILE)`. */
export function webDictionariesJson({ STPhrases, STPhrasesRegional }) {
  return JSON.stringify({ STPhrases, STPhrasesRegional });
}
