import assert from 'node:assert/strict';
import { workspaceOutputSegments } from '../../../src/presentation/outputPath';

describe('an export path given as an argument', () => {
  it('is accepted when it names a file of the format inside the workspace', () => {
    assert.deepEqual(workspaceOutputSegments('interview-tags.csv', '.csv'), ['interview-tags.csv']);
    assert.deepEqual(workspaceOutputSegments('exports/第一場/tags.CSV', '.csv'), ['exports', '第一場', 'tags.CSV']);
  });

  it('is refused when it could leave the workspace, reach a hidden folder, or write another kind of file', () => {
    const refused = [
      '/etc/passwd.csv',
      '~/tags.csv',
      '../tags.csv',
      'exports/../../tags.csv',
      './tags.csv',
      'C:/tags.csv',
      'C:\\tags.csv',
      'exports\\..\\..\\tags.csv',
      'file:///tmp/tags.csv',
      'vscode-remote://host/tags.csv',
      '.vscode/settings.csv',
      '.git/hooks/pre-commit.csv',
      'exports//tags.csv',
      'exports/ /tags.csv',
      'tags.csv/',
      '.csv',
      'package.json',
      'README.md',
      'tags.csv\n.md',
      '',
    ];
    for (const path of refused) assert.equal(workspaceOutputSegments(path, '.csv'), undefined, path);
  });
});
