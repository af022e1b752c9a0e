// The large Simplified → Traditional phrase dictionaries (about 1 MB of source, about 150 ms to build
// into tries). Only ever reached through import() in converter.ts, so activation never parses or builds them.
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';

export { STPhrases, STPhrasesRegional };
