import * as assert from 'node:assert/strict';
import { matchingKey } from '../../../../src/core/text/charFold';
import cueData from '../../../../src/core/claims/cues/cues.json';

/** Every word list in the cue data, with where it sits. */
function wordLists(): [string, readonly string[]][] {
  const lists: [string, readonly string[]][] = [];
  for (const kind of ['forecast', 'opinion', 'fact'] as const) {
    for (const [category, words] of Object.entries(cueData[kind])) lists.push([`${kind}.${category}`, words]);
  }
  lists.push(['attribution.openers', cueData.attribution.openers], ['attribution.closers', cueData.attribution.closers]);
  lists.push(['past', cueData.past], ['greeting', cueData.greeting], ['notCues', cueData.notCues], ['objectMarker.verbs', cueData.objectMarker.verbs]);
  lists.push(['descriptiveEvaluation', cueData.descriptiveEvaluation]);
  return lists;
}

describe('cue lists (cues.json)', () => {
  it('are written once, in Simplified Chinese and lower-case English', () => {
    for (const [where, words] of wordLists()) {
      assert.ok(words.length > 0, `${where} is empty`);
      for (const word of words) assert.equal(matchingKey(word), word, `${where}: "${word}" is not Simplified / lower case`);
    }
  });

  it('name as descriptive only evaluation words, so the reasons still show them', () => {
    for (const word of cueData.descriptiveEvaluation) assert.ok(cueData.opinion.evaluation.includes(word), `descriptiveEvaluation: "${word}" is not an evaluation word`);
  });

  it('list no word twice within a kind', () => {
    for (const kind of ['forecast', 'opinion'] as const) {
      const all = Object.values(cueData[kind]).flat();
      assert.deepEqual(all.filter((w, i) => all.indexOf(w) !== i), [], `${kind} repeats words`);
    }
  });

  it('only weaken categories that exist', () => {
    for (const category of cueData.weakForecastCategories) assert.ok(category in cueData.forecast, category);
  });
});
