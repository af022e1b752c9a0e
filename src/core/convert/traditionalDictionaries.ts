// The small dictionaries (about 150 KB): Traditional → Simplified, the regional variants, and the
// character tables used to guess a text's script. Loaded with import() when a conversion is asked for.
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export {
  CJKCompatibility,
  HKVariants,
  HKVariantsPhrases,
  HKVariantsRev,
  HKVariantsRevPhrases,
  STCharacters,
  TSCharacters,
  TSPhrases,
  TWPhrases,
  TWPhrasesRev,
  TWVariants,
  TWVariantsPhrases,
  TWVariantsRev,
  TWVariantsRevPhrases,
};
