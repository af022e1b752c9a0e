import { isAsciiLowerLetter } from '../turns/chars';

// A clause in the imperative (`Raise your hand if…`, `So hang out with us in the discord…`, `Just roll with it,
// y'all.`, `Click About Us at the top right…`): the speaker tells the listeners what to do and asserts nothing.
// English has no subject before an imperative verb, so it is read from the shape of the sentence's start rather
// than from a list of verbs: after the lead-in words, an open-class word in its bare form (not a closed-class word,
// not ending in -s, -ed, -ing or -ly) followed at once by an object or a particle (`the`, `your`, `it`, `us`, `out`,
// `with`…). A subject would come first in a statement (`The plan helps…`, `People with…`), and a noun is seldom
// followed at once by an article or an object pronoun. English only; read where the sentence has no cue
// (classify.ts `statement`), so a figure or a judgement in an imperative sentence is read as before.

/** Words that may come before the verb: `And then…`, `So definitely…`, `Just…`. */
const LEAD_IN_WORD = '(?:(?:and|but|so|then|now|just|also|okay|ok|well|yeah|alright|please|first|next|finally|definitely|simply|really|go ahead and|oh|um|uh),?\\s+)';
// Only after a lead-in word (`So hang out with us`, `Just roll with it`, `So definitely start with…`): a bare word
// opening the sentence before an article may still be a subject or a heading's noun.
const OBJECTS = '(?:the|a|an|your|my|our|their|this|these|those|it|us|me|them|him|some)';
const PARTICLES = '(?:out|up|with|about|on|at|over|back|down)';
const HEAD = new RegExp(`^${LEAD_IN_WORD}+([a-z]+)\\s+(?:${OBJECTS}|${PARTICLES})\\b`);
/** Closed-class and other words that open a statement before an article or an object: not verbs in the imperative. */
const NOT_VERBS = new Set(
  ('i you he she it we they this that these those there here the a an my your our their his her its what who which when where why how ' +
    'if because as while though although since until unless whether once whenever throughout despite beneath whereby not no yes all some any ' +
    'each every many much more most other another such only even also still already always never often sometimes maybe perhaps like ' +
    'today tomorrow yesterday tonight now then later right so very too quite rather really in on at by for with about from into onto of to ' +
    'over under after before during through without within between among against around up down out off and or but nor ' +
    'do does did is are was were be been being have has had can could will would shall should may might must let lets thank thanks ' +
    'hello hi hey good great well one two three four five six seven eight nine ten ' +
    'something nothing everything anything someone everyone anyone nobody everybody somebody people mr mrs ms dr ' +
    // The rest of the prepositions, connectives and quantifiers that may open a statement before an article.
    'besides unlike upon toward towards across along alongside behind below above beyond near inside outside except via per plus given ' +
    'instead meanwhile thus hence therefore however overall otherwise anyway nowadays whatever whoever both either neither few several ' +
    'last next first second third half twenty thirty forty fifty hundred thousand million billion my our their whose whom').split(' '),
);
/** Endings of words that are not in the bare form: `helps`, `signed`, `building`, `clearly`. `-ss` is bare (`discuss`). */
const INFLECTED = /(?:[^s]s|ed|ing|ly)$/;
/** How much of the sentence's start is read: the lead-in words, the verb and its first object. */
const HEAD_LENGTH = 64;

/**
 * The imperative verb opening text[from, to), read in its matching key (lower case, same offsets), or null. The
 * sentence must open with a capital: a lower-case start is the rest of a sentence a line break or a caption cue cut
 * (`…has been putting in place to\ndrive down emissions…`), and its verb has a subject before the cut.
 */
export function imperativeVerbOpening(text: string, key: string, from: number, to: number): string | null {
  let start = from;
  while (start < to && !isAsciiLowerLetter(key.charCodeAt(start))) start++;
  if (start === to || isAsciiLowerLetter(text.charCodeAt(start))) return null;
  const match = HEAD.exec(key.slice(start, Math.min(to, start + HEAD_LENGTH)));
  if (match === null || match[1] === undefined) return null;
  const verb = match[1];
  return verb.length < 2 || NOT_VERBS.has(verb) || INFLECTED.test(verb) ? null : verb;
}
