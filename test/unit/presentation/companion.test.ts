import assert from 'node:assert/strict';
import { isCompanionOf } from '../../../src/presentation/companion';

const at = (path: string, scheme = 'file') => ({ scheme, authority: '', path });

describe('files that belong to a transcript', () => {
  const transcript = at('/work/interview.txt');

  it('counts its sidecar and exports named after it beside it', () => {
    for (const path of ['/work/interview.txt.annotations.json', '/work/interview.csv', '/work/interview.md', '/work/interview.jsonld', '/work/interview.claimreview.jsonld', '/work/interview-tags.csv']) {
      assert.equal(isCompanionOf(transcript, at(path)), true, path);
    }
  });

  it('does not count other files, other folders, other schemes or the transcript itself', () => {
    for (const other of [at('/work/README.md'), at('/work/other.txt.annotations.json'), at('/work/interview/notes.md'), at('/work/interview.csv', 'untitled'), transcript, at('/work/interview.txt.bak')]) {
      assert.equal(isCompanionOf(transcript, other), false, `${other.scheme}:${other.path}`);
    }
  });
});
