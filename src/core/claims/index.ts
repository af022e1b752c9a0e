// Public API of the claims pass, for the analysis, the CLI and the editor.
export { findClaims, type ClaimContext } from './findClaims';
export { classifySentence, DEFAULT_MINIMUM_CONFIDENCE, type Classification } from './classify';
export { splitSentences, sentenceAt, sentenceText, type Sentence, type SentenceOptions } from './sentences';
export { sentenceSpans } from './sentenceBreaks';
