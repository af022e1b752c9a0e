// What a learned claim / none gate reads in a sentence the rules suggest as a claim: what the classifier read
// (kindFeatures), the kind and reasons it gave, how sure it was, and the sentence's shape in general word classes
// (discourse markers, fillers, persons, closed word classes, an exclamation, a name, a digit). Nothing of any one
// file's words. For scripts/train-claim-gate.mjs only: the gate was not adopted (docs/analysis-claims.md, "Session 32");
// a gate that is would read these in src/core/claims, where the confidence is set.
import type { Classification } from '../../src/core/claims/classify';

/** Confidence buckets around the default threshold (0.5), where the gate matters. */
function confidenceBucket(confidence: number): string {
  return confidence < 0.5 ? 'confidence:<0.5' : confidence < 0.55 ? 'confidence:0.5' : confidence < 0.6 ? 'confidence:0.55' : confidence < 0.7 ? 'confidence:0.6-0.7' : 'confidence:0.7+';
}

/** `future: will` → `future`. */
function categoryOf(reason: string): string {
  const colon = reason.indexOf(': ');
  return colon < 0 ? reason : reason.slice(0, colon);
}

/** A spoken opening: the sentence picks up the talk rather than stating something anew. */
const DISCOURSE_START = /^(?:and|but|so|well|yeah|yes|no|oh|okay|ok|right|um|uh|like|now|then|because|or|also|actually|look|anyway)\b/i;
const DISCOURSE_START_ZH = /^(?:所以|然后|那|那么|就是|对|嗯|好|但是|可是|其实|因为|而且|还有|反正|哎|哦|啊|呃)/;
const FILLER = /\b(?:you know|i mean|kind of|sort of|um|uh)\b|, like,?\s/gi;
const FILLER_ZH = /嗯|呃|就是说|那个|这个|然后/g;
const FIRST_PERSON = /\b(?:i|me|my|i'm|i've|i'd|i'll)\b/i;
const WE = /\b(?:we|us|our|we're|we've|we'll|let's)\b/i;
const SECOND_PERSON = /\b(?:you|your|you're|you've|you'll)\b/i;
const FIRST_PERSON_ZH = /我(?!们)/;
const WE_ZH = /我们|咱们/;
const SECOND_PERSON_ZH = /你|您/;
const EXCLAMATION_END = /[!！][\s"'”’」』)）]*$/;
const QUOTED = /["“”「」『』]/;
const DIGIT = /[0-9０-９]/;
/** A capitalised word after the first, other than I: the sentence names someone or something. */
const NAMED = /\s(?!I[\s'’])[A-Z][a-z]/;

/**
 * Closed word classes, each a feature when the sentence has one: spoken-register words (deixis, vague nouns, hedging
 * and emphatic adverbs, interjections, sentence-final particles) against the modal and tense words of a report.
 */
const WORD_CLASSES: readonly (readonly [string, RegExp, RegExp])[] = [
  ['deixis', /\b(?:this|that|these|those|here|there)\b/i, /这|那|這/],
  ['vague noun', /\b(?:thing|things|stuff|something|anything|everything|somebody|someone)\b/i, /东西|東西|什么|什麼|一些|有些/],
  ['spoken adverb', /\b(?:just|really|actually|basically|literally|pretty|totally|definitely|obviously|probably|maybe|perhaps)\b/i, /其实|其實|真的|反正|大概|也许|也許|可能|好像/],
  ['interjection', /\b(?:yeah|yes|oh|wow|okay|ok|hey|ah|hmm|huh|right)\b/i, /哎|哇|哦|噢|喔|嘿|哈/],
  ['final particle', /(?!)/, /[吧啊呀嘛呢哈啦喔哦][\s，,。．.！!…~～]*$/],
  ['modal', /\b(?:can|could|would|should|might|may|must)\b/i, /可以|能够|能夠|应该|應該|必须|必須/],
  ['past tense', /\b(?:was|were|had|did|said)\b|\w{3,}ed\b/i, /了|过|過|曾经|曾經/],
  ['third person', /\b(?:he|she|they|his|her|their|them|him)\b/i, /他|她|它/],
];

function countOf(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/**
 * The gate's feature names for a sentence the rules classified as `rule`, given kindFeatures' names for it
 * (`zh` or `en` among them). Each name once.
 */
export function gateFeatures(text: string, rule: Classification, kindFeatureNames: readonly string[]): string[] {
  const names = new Set<string>(kindFeatureNames);
  const chinese = names.has('zh');
  names.add(`rules say ${rule.kind}`);
  names.add(confidenceBucket(rule.confidence));
  for (const reason of rule.cues) names.add(`reason:${categoryOf(reason)}`);
  const trimmed = text.trim();
  if ((chinese ? DISCOURSE_START_ZH : DISCOURSE_START).test(trimmed)) names.add('discourse start');
  const fillers = countOf(chinese ? FILLER_ZH : FILLER, trimmed);
  if (fillers > 0) names.add(fillers > 1 ? 'fillers:2+' : 'fillers:1');
  if ((chinese ? FIRST_PERSON_ZH : FIRST_PERSON).test(trimmed)) names.add('I inside');
  if ((chinese ? WE_ZH : WE).test(trimmed)) names.add('we inside');
  if ((chinese ? SECOND_PERSON_ZH : SECOND_PERSON).test(trimmed)) names.add('you inside');
  if (EXCLAMATION_END.test(trimmed)) names.add('exclamation');
  if (QUOTED.test(trimmed)) names.add('quotation');
  if (DIGIT.test(trimmed)) names.add('digit');
  if (!chinese && NAMED.test(trimmed)) names.add('names something');
  for (const [name, english, chineseClass] of WORD_CLASSES) if ((chinese ? chineseClass : english).test(trimmed)) names.add(name);
  return [...names];
}
