// The talk about itself: a pointer (`this`, `that`, `it`) and a future whose predicate is the talk about to happen,
// not the world (`So that's going to be our main topic today…`, `Yeah, this will be fun.`, `So, this is going to be
// interesting to talk about that one.`), or the speaker's gladness at being in it (`Always happy to talk about IoT.`).
// Podcasts and interviews open with it; nobody can check it, and a plain future or a plain statement made it read
// as a claim. Read from the sentence's grammar (the subject, a future or a feeling, a noun, an adjective or a verb of
// the talk), not from any show's words. English only; the words are matched in the lower-case key.

/** The reason shown with the claim; the matched words follow it. */
export const TALK_ABOUT_TALK_REASON = 'talk about the talk: ';

const POINTER = '\\b(?:this|that|it)';
const FUTURE = "(?:'ll|'s going to|'s gonna|\\s+(?:will|is going to|is gonna))";
const HEDGES = '(?:\\s+(?:probably|definitely|certainly|really|also|hopefully))*';
// Acts of talking whose object is the talk's own subject matter.
const TALK_VERBS = '(?:talk about|discuss|dig into|get into|go into|chat about|cover|go over|go through|unpack)';

// `that's going to be our main topic today`, `this will be the focus of the episode`: the talk names its own programme.
// Only `our` or `the` before at most two words and a noun of the talk, and the noun closing its phrase or followed by
// `today`, `for today` or the talk's own verb: `this will be the topic of a Senate inquiry` goes on and is read as before.
const PROGRAMME_NOUN = '(?:topics?|focus|discussion|conversation|episode|show|segment|theme)';
const OWN_PROGRAMME = `${POINTER}${FUTURE}${HEDGES}\\s+be\\s+(?:our|the)(?:\\s+[\\w-]+){0,2}?\\s+${PROGRAMME_NOUN}\\b(?=\\s*(?:$|[,.;:!?]|today\\b|for today\\b|this (?:week|time|episode)\\b|covering\\b|${TALK_VERBS}))`;

// `this will be fun.`, `this is going to be interesting to talk about…`: the speakers liking the talk ahead. Only
// words of liking or interest, and only closing the sentence or before the talk's own verb: `it will be interesting
// to see whether the Fed…` looks at the world and is read as before, as is `this will be difficult for farmers`.
const LIKED = '(?:fun|interesting|exciting|great|a (?:fun|good|great) one|a lot of fun|a blast|a treat)';
const INTENSIFIERS = '(?:\\s+(?:so|really|super|very|pretty|quite))*';
const LIKED_TALK = `${POINTER}${FUTURE}${HEDGES}\\s+be${INTENSIFIERS}\\s+${LIKED}(?:\\s+to\\s+${TALK_VERBS}\\b|[\\s.!"'\\u201d)]*$)`;

// `Always happy to talk about IoT.`, `I was thrilled to be there in Washington for the eight years.`: the speaker's own
// gladness at being in the talk, or somewhere, or talking: a courtesy or a feeling, nothing to check. Only the speaker
// (`I`, `we`, or no subject at all) and only acts of being present or talking: `we are pleased to report a record
// quarter` reports, and is read as before.
const GLAD = '(?:happy|glad|excited|thrilled|delighted|pleased|honou?red|privileged|grateful)';
const OWN_SUBJECT = "(?:^(?:(?:and|so|oh|well|yeah|but),?\\s+)*|\\b(?:i|we)(?:'m|'re|\\s+(?:am|are|was|were|have been)|'ve been))";
const GLAD_ADVERBS = '(?:\\s*(?:always|so|very|really|just|truly|absolutely|super|quite)\\b)*';
const PRESENT_OR_TALKING = '(?:be (?:here|there|with|back|on|part|a part|joining)|talk|chat|speak|join|have (?:you|him|her|them|everyone|everybody)|welcome|see you|meet you)';
const OWN_GLADNESS = `${OWN_SUBJECT}${GLAD_ADVERBS}\\s*${GLAD}\\s+to\\s+${PRESENT_OR_TALKING}\\b`;

// `we're really talking about what it's like to build software`, `To see what I'm talking about…`, `the two we talked
// about was…`, `this is just talking about optimizing CI/CD`: the speakers (or a pointer at what is being discussed)
// telling what the talk is about. The talk is the subject matter; only `I`, `we` or a pointer: `you're already talking
// about a worst case scenario` judges the listener's case and is read as before.
const TALKING_SUBJECT = "(?:i'm|we're|i am|we are|this is|it's|that's|this article is|this video is)";
const TALK_ADVERBS = '(?:\\s+(?:just|really|only|actually|basically|kind of|mostly|now|here))*';
const TALK_NAMED = `\\b${TALKING_SUBJECT}${TALK_ADVERBS}\\s+talking about\\b|\\bwhat (?:i'm|we're|i am|we are)${TALK_ADVERBS}\\s+talking about\\b|\\b(?:the|that|what)\\b(?:\\s+\\w+){0,2}\\s+we(?:'ve)?\\s+(?:just\\s+)?talked about\\s+(?:is|was|are|were)\\b`;

// `The summary of our Q2 results is on Slide 8.`, `Now, what's up on the screen now is a little bit abstract`: where
// the talk's own material is, the slide or the screen the listeners look at, is housekeeping. Only a copula right
// before the place (`is on Slide 8`, `'s up on the screen`): `the party put the vote on the screen of every member`
// does something else.
const MATERIAL = '(?:slides?(?:\\s+\\d+)?|screen|show notes|handout|deck)';
const TALK_MATERIAL = `(?:'s|\\s+(?:is|are|was))(?:\\s+(?:up|now|shown|listed|linked|also|right|here))*\\s+(?:on|in)\\s+(?:the\\s+|our\\s+|this\\s+|your\\s+)?${MATERIAL}\\b`;

const TALK_ABOUT_TALK = new RegExp(`${OWN_PROGRAMME}|${LIKED_TALK}|${OWN_GLADNESS}|${TALK_NAMED}|${TALK_MATERIAL}`);

/**
 * The words of `sentence` (a matching key: lower case, typographic apostrophes folded) that make it the talk
 * foretelling itself, or null.
 */
export function talkAboutTalkIn(sentence: string): string | null {
  const match = TALK_ABOUT_TALK.exec(sentence);
  return match ? match[0].trim().replace(/[\s.!"'\u201d)]+$/, '') : null;
}
