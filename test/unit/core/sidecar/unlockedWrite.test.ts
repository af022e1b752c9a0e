import * as assert from 'node:assert/strict';
import { ReadOnlySidecarError } from '../../../../src/core/sidecar/port';
import { writeIfUnchanged, type UnlockedFile } from '../../../../src/core/sidecar/unlockedWrite';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined): string | undefined => data && new TextDecoder().decode(data);

/** A file in memory whose version counts writes; `beforeStep` lets another writer act between two steps. */
function memoryFile(initial: string | undefined, options: { readOnly?: boolean; beforeStep?: (step: string, file: MemoryFile) => void } = {}) {
  const file = {
    content: initial === undefined ? undefined : bytes(initial),
    writes: 0,
    steps: [] as string[],
    otherWrite(content: string) {
      file.content = bytes(content);
      file.writes++;
    },
  };
  const step = (name: string) => {
    file.steps.push(name);
    options.beforeStep?.(name, file);
  };
  const port: UnlockedFile = {
    read: async () => (step('read'), file.content),
    version: async () => (step('version'), file.content && String(file.writes)),
    isReadOnly: async () => (step('isReadOnly'), options.readOnly ?? false),
    write: async (data) => {
      step('write');
      file.content = data;
      file.writes++;
    },
  };
  return { file, port };
}
type MemoryFile = ReturnType<typeof memoryFile>['file'];

describe('writeIfUnchanged (the workspace.fs write, which has no lock)', () => {
  it('writes when the file still holds what was read, and a new file when none was expected', async () => {
    const existing = memoryFile('old');
    assert.deepEqual(await writeIfUnchanged(existing.port, 'p', bytes('new'), bytes('old')), { written: true });
    assert.equal(text(existing.file.content), 'new');
    const missing = memoryFile(undefined);
    assert.deepEqual(await writeIfUnchanged(missing.port, 'p', bytes('new'), null), { written: true });
    assert.equal(text(missing.file.content), 'new');
  });

  it('refuses, returning what is there, when the content differs from what the caller read', async () => {
    const { file, port } = memoryFile('theirs');
    const outcome = await writeIfUnchanged(port, 'p', bytes('mine'), bytes('what I read'));
    assert.equal(outcome.written, false);
    assert.equal(!outcome.written && text(outcome.current), 'theirs');
    assert.equal(text(file.content), 'theirs');
  });

  it('refuses when another writer changes the file after the content was compared, just before the write', async () => {
    let readsSeen = 0;
    const { file, port } = memoryFile('old', {
      beforeStep: (step, f) => {
        if (step === 'read') readsSeen++;
        // The other writer acts after the compare, when only the last look before writing can catch it.
        if (step === 'version' && readsSeen === 1) f.otherWrite('theirs');
      },
    });
    const outcome = await writeIfUnchanged(port, 'p', bytes('mine'), bytes('old'));
    assert.equal(outcome.written, false);
    assert.equal(!outcome.written && text(outcome.current), 'theirs');
    assert.equal(text(file.content), 'theirs');
  });

  it('looks at the version as the last step before writing', async () => {
    const { file, port } = memoryFile('old');
    await writeIfUnchanged(port, 'p', bytes('new'), bytes('old'));
    assert.deepEqual(file.steps.slice(-2), ['version', 'write']);
  });

  it('refuses a read-only file with a message naming it, and leaves it as it was', async () => {
    const { file, port } = memoryFile('old', { readOnly: true });
    await assert.rejects(writeIfUnchanged(port, 'file:///w/a.txt.annotations.json', bytes('new'), bytes('old')), (error: Error) => error instanceof ReadOnlySidecarError && /a\.txt\.annotations\.json is read-only, so it was left unchanged/.test(error.message));
    assert.equal(text(file.content), 'old');
    assert.equal(file.writes, 0);
  });
});
