// General word classes a claim's kind may turn on that the cue lists do not hold: comparison, superlatives, an
// adjective as the predicate, generic subjects, hypothetical modals, the speaker's own stance, contrast, sentence-final
// particles, exclamation and quotation. Features for the learned kind weights (kindFeatures in kindFeatures.ts), read on
// the matching key (lower case, Simplified Chinese); none names a word of one file or source.

const ENGLISH: readonly (readonly [string, RegExp])[] = [
  ['comparative', /\b(?:more|less|fewer)\s+\w+\s+than\b|\b\w{2,}er\s+than\b|\b(?:better|worse)\b/],
  ['superlative', /\b(?:the|its|their|our|his|her|my|your)\s+(?:most|least|best|worst|\w{2,}iest|(?!(?:rest|test|interest|west|request|contest|chest|guest|protest|quest|nest|forest|latest|harvest|manifest|suggest|digest|arrest|invest)\b)\w{3,}est)\b/],
  // `is sustainable`, `was not very effective`: an adjective by its ending, after a copula.
  ['predicate adjective', /\b(?:is|are|was|were|be|been|being|it['’]s|that['’]s|they['’]re|isn['’]t|aren['’]t|wasn['’]t)\s+(?:not\s+)?(?:so\s+|very\s+|really\s+|quite\s+|too\s+|pretty\s+|more\s+|less\s+|extremely\s+|incredibly\s+|just\s+)?\w+(?:able|ible|ful|ous|ive|less|ic|ical|ant|ent)\b/],
  ['generic subject', /^\W*(?:(?:but|and|so|because)\s+)?(?:people|everyone|everybody|nobody|no one|anyone|anybody|you|we all|all of us|humans|most people)\b/],
  ['hypothetical modal', /\b(?:would|might|could)\b|['’]d\b/],
  ['first-person stance', /\bi\s+(?:think|believe|feel|guess|suppose|mean|find|love|like|hate|hope|know|see)\b|\bi['’]m\s+(?:sure|convinced|not sure)\b|\bto me\b|\bfor me\b/],
  ['demonstrative subject', /^\W*(?:(?:but|and|so)\s+)?(?:that|this|it)(?:['’]s|\s+is|\s+was)\b/],
  ['contrast', /\b(?:but|however|although|though|yet|rather than|instead|not just|not only)\b/],
];

const CHINESE: readonly (readonly [string, RegExp])[] = [
  ['comparative', /比[^，。,；]{1,12}(?:更|还|要|多|少|好|差)|更加|越来越|不如|相比|相较|更/],
  ['superlative', /最(?!近|后|终|初|早|新)/],
  // `食品很便宜。`, `问题太多了，`: a degree word and a short predicate closing a clause.
  ['degree predicate', /(?:很|太|挺|蛮|真|相当|比较|非常|特别)[\u4e00-\u9fff]{1,2}(?:了|的|啊|呀|吧)?(?:[，。！？；,!?;]|$)/],
  ['generic subject', /^(?:所以|但是|而|那|其实)?(?:人们|大家|谁|任何人|每个人|人人|没有人|一个人)/],
  ['ability modal', /能够|可以|能/],
  ['final particle', /[啊呀吧嘛呢哦啦]\W*$/],
  ['rhetorical', /难道|岂|何必|何尝/],
  ['contrast', /但是|然而|不过|可是|却|而是/],
  ['first-person stance', /我(?:看|想|觉|感觉|说)/],
];

const EITHER: readonly (readonly [string, RegExp])[] = [
  ['exclamation', /[!！]/],
  ['quotation marks', /["“”「」『』]/],
];

/** Feature names (`class:comparative`…) of the word classes in one sentence's matching key. */
export function kindWordClasses(sentence: string, chinese: boolean): string[] {
  const found: string[] = [];
  for (const [name, pattern] of chinese ? CHINESE : ENGLISH) if (pattern.test(sentence)) found.push(`class:${name}`);
  for (const [name, pattern] of EITHER) if (pattern.test(sentence)) found.push(`class:${name}`);
  return found;
}
