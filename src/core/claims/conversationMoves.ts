// A move in the conversation itself: the speaker or the group proposing to start, go through, come back to or
// set aside what is being talked about (`I think we can get started`, `we can think about that separately`,
// `Today we will continue with our lecture three`), or the hosts announcing the episode's programme. It manages the talk, like housekeeping, and nobody checks
// it. Read from the sentence's grammar rather than from a list of phrases: a first-person subject, a modal or
// future, and a verb whose object is the talk; or a topic put off to later. English only.

/** The reason shown with the claim; the matched words follow it. */
export const CONVERSATION_MOVE_REASON = 'conversation move: ';

const FIRST_PERSON = "(?:i|we)";
// `can`, `'ll`, `are going to`…: the speaker proposes or announces; a plain present (`we go through…`) describes.
const MODAL = "(?:\\s+(?:can|could|should|shall|will|would|might|may|need to|have to|want to|would like to|are going to|am going to|are gonna)|'ll|'d(?: like to)?|'re going to|'re gonna|'m going to|'m gonna)";
const ADVERBS = '(?:\\s+(?:just|quickly|briefly|now|first|then|also|maybe|probably|actually|go ahead and|kind of))*';
// Verbs whose object is the conversation. `start`/`begin` only with nothing or the talk after them: `we can
// start building houses` proposes a policy, not a meeting. `break that down`, `leave it there`: the pointer is the topic.
const MOVES =
  '(?:get started|get going|kick (?:it |things )?off|go through|go over|move on|come back to|circle back|wrap (?:it |this |things )?up|dive into|walk (?:you|everyone|everybody) through|recap|continue with|see later|break (?:that|this|it|things) down|(?:leave|stop) (?:it|that|things) there|(?:start|begin)(?=\\s*(?:$|[,.;:!?]|with\\b|now\\b|here\\b|there\\b|if\\b|today\\b)))';
const PROPOSED_MOVE = `\\b${FIRST_PERSON}${MODAL}${ADVERBS}\\s+${MOVES}`;
// `we can think about that separately`, `let's talk about it offline`: a topic put off to later.
const DEFERRED_TOPIC = '\\b(?:talk about|think about|discuss|deal with|come back to|look at) (?:that|this|it|those|these)(?: (?:one|part|issue|point))? (?:separately|later|offline|afterwards|another time|next (?:week|time))\\b';
// The episode's own programme, told by its hosts (`On this show, Jared and I talk with…`, `Today we're joined by…`,
// `In our conversation, we chat about…`, `We cover…`, `But the conversation begins with…`).
const PROGRAMME =
  "\\bon this (?:show|podcast|episode)\\b|\\bin (?:this|today's|our) (?:episode|conversation|show),? we\\b|\\b(?:the|our) conversation (?:begins|starts)\\b|\\bwe(?:'re| are)? joined (?:today )?by\\b|\\bwe have you (?:here|on)\\b|^(?:(?:and|so|then|today),?\\s+)*we (?:cover|chat about|talk about|discuss|dig into|dive into|get into)\\b" +
  // The show's cast, as `we're joined by` above: `I'm Jay and with me is…`, `This week on our panel we have…`, `We also have
  // a special guest this week…`. `with me is` only opening a clause: `the problem with me is…` judges the speaker.
  "|(?:^|[,;]|\\band)\\s*with (?:me|us)(?: (?:today|here|now|this week))? (?:is|are)\\b|\\bon (?:our|today's|this week's) panel,? (?:today |this week )?we have\\b|\\bwe (?:also )?have (?:a |our )?special guests?\\b";
// `I want to give a shout-out to…`, `I'd like to take the time to quickly introduce them`, `I do want to list a little
// bit of a disclaimer…`: the speaker announcing an act of the talk itself, addressed to those listening. Only `I`
// wishing it (`we want to take the opportunity to reform…` may be a policy), and only acts whose object is the
// audience or the talk: a shout-out, a moment or the time taken, a welcome, thanks, an introduction, a disclaimer.
const TALK_ACTS =
  '(?:give (?:a |an |some )?(?:\\w+ )?shout[- ]?outs?|take (?:a|the|this) (?:moment|minute|second|time|opportunity)|welcome (?:you|everyone|everybody|all|those)|thank (?:you|everyone|everybody|all|the)|introduce (?:them|you|everyone|everybody|myself|our|my)|(?:list|put|give|add|make|say)\\b[^,.;:!?]{0,24}\\b(?:disclaimer|caveat|preface))';
const WISHED_TALK_ACT = `\\bi(?: do| just| also| really| first)?(?: want to| wanted to|'d like to| would like to| wanna)${ADVERBS}\\s+${TALK_ACTS}`;
// `What a topical and timely question, John.`, `That's a probably terrible metaphor, but…`, `That's the term we should
// use.`: a pointer judging a piece of the talk itself (a question, a term, a metaphor), the noun closing the clause or
// followed by the speakers' own relative clause. The talk is what is judged, not the world: `That's the question of
// whether the plan works` (the noun goes on) is read as before.
const TALK_PIECE = '(?:questions?|metaphors?|analogy|analogies|terms?|words?|phrases?|examples?|segue)';
const TALK_PIECE_JUDGED = `(?:\\b(?:that|this|it)(?:'s|\\s+(?:is|was))|\\bwhat an?)(?:\\s+(?!(?:the|a|an)\\b)[\\w-]+){0,4}?(?:\\s+(?:a|an|the)(?:\\s+[\\w-]+){0,3}?)?\\s+${TALK_PIECE}\\b(?=\\s*(?:$|[,.;:!?]|(?:we|i|you)\\b))`;
// `So I don't know, we'll see.`, `We will see and it looks like…`: wait and see, with nothing named to be seen, leaves the
// outcome open; it predicts nothing. `We'll see prices fall` (an object follows) is read as before.
const WAIT_AND_SEE = "\\bwe(?:'ll|\\s+(?:will|shall))(?:\\s+(?:just|all))?\\s+see\\b(?=\\s*(?:$|[,.;:!?\u2014\u2013-]|(?:and|but|so)\\s+(?:i|we|you|it|that|there|this|he|she|they)\\b))";
const CONVERSATION_MOVE = new RegExp(`${PROPOSED_MOVE}|${DEFERRED_TOPIC}|${PROGRAMME}|${WISHED_TALK_ACT}|${TALK_PIECE_JUDGED}|${WAIT_AND_SEE}`);

/**
 * The words of `sentence` (a matching key: lower case, typographic apostrophes folded) that make it a move in
 * the conversation, or null.
 */
export function conversationMoveIn(sentence: string): string | null {
  const match = CONVERSATION_MOVE.exec(sentence);
  return match ? match[0] : null;
}

/** The reason shown with a claim that assesses what was just said; the matched words follow it. */
export const RESPONSE_REASON = 'response: ';
/** Longer than this (content units), the sentence says more than its assessment. */
export const RESPONSE_MAX_UNITS = 14;

// `that's fine`, `it kind of makes sense`, `that's a solid point`, `it sounds good`: a pronoun pointing back at
// the last turn and a present assessment of it. The speaker agrees or accepts; nothing is reported. Only
// predicates that rate a proposal or a remark, not the world (`it's good that…`, `it was fine some years ago`).
const POINTER = "\\b(?:that|it|this)";
const HEDGES = '(?:\\s+(?:kind of|sort of|really|totally|definitely|actually|all|pretty much))*';
const RATED = "(?:'s|'ll be|\\s+(?:is|will be|would be))" + HEDGES + "\\s+(?:fine|okay|ok|right|true|correct|a (?:good|solid|fair|valid) point)\\b(?!\\s+(?:that|to|for|because)\\b)";
const ACCEPTED = HEDGES + '\\s+(?:makes sense|sounds (?:good|great|right|fine|perfect))\\b';
// `That's so great.`, `And it was amazing.`, `Yes, that sounds like a good summary.`: a word of liking said of a
// pointer, ending the sentence: the speaker reacts to the last turn or to the story just told, and the pointer is all
// that names what is liked. Only words of liking: `this is difficult`, `that was significant` judge the thing itself.
const LIKING = '(?:good|great|amazing|awesome|cool|incredible|wonderful|nice|perfect|fantastic|excellent|lovely|brilliant)';
const INTENSIFIERS = '(?:\\s+(?:so|really|just|pretty|very|super|such|totally|absolutely|quite|an?))*';
const REACTED = "(?:'s|\\s+(?:is|was|sounds(?: like)?|seems|looks))" + INTENSIFIERS + '\\s+' + LIKING + '(?:\\s+(?:summary|point|question|idea|one|start|thing))?[\\s.!"\'\u201d)]*$';
const RESPONSE = new RegExp(`${POINTER}(?:${RATED}|${ACCEPTED}|${REACTED})`);
const TRAILING_MARKS = /[\s.!"'\u201d)]+$/;

/** The words of `sentence` (a matching key) that assess the last turn (`that's fine`), or null. */
export function responseIn(sentence: string): string | null {
  const match = RESPONSE.exec(sentence);
  return match ? match[0].replace(TRAILING_MARKS, '') : null;
}
