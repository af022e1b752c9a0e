import * as assert from 'node:assert/strict';
import { ChunkedText } from '../../../../src/core/text/chunkedText';
import { ReadReach } from '../../../../src/core/text/readReach';

describe('ReadReach', () => {
  it('records the end of the furthest character read, by each way of reading', () => {
    const text = 'alpha\nbeta\ngamma\n';
    const reads: [string, (source: ReadReach) => unknown, number][] = [
      ['charCodeAt', (s) => s.charCodeAt(3), 4],
      ['charAt', (s) => s.charAt(7), 8],
      ['slice', (s) => s.slice(2, 9), 9],
      ['slice to the end', (s) => s.slice(12), text.length],
      ['slice from the end', (s) => s.slice(0, -3), text.length - 3],
      ['indexOf found', (s) => s.indexOf('beta'), 10],
      ['indexOf not found', (s) => s.indexOf('delta'), text.length],
      ['includes found', (s) => s.includes('\n', 6), 11],
      ['lastIndexOf', (s) => s.lastIndexOf('a', 4), 5],
      ['startsWith', (s) => s.startsWith('beta', 6), 10],
      ['endsWith', (s) => s.endsWith('beta', 10), 10],
      ['length', (s) => s.length, text.length],
      ['toString', (s) => s.toString(), text.length],
    ];
    for (const [name, read, reach] of reads) {
      const source = new ReadReach(text);
      read(source);
      assert.equal(source.reach, reach, name);
      // A document's chunks (an edited text, as the analyzer holds it) read the same way record the same reach.
      const chunks = new ReadReach(ChunkedText.of('alpha\nbeta\n').edited(11, 0, 'gamma\n'));
      assert.equal(read(chunks), read(new ReadReach(text)), `${name} of the chunks`);
      assert.equal(chunks.reach, reach, `${name} of the chunks`);
    }
  });

  it('keeps the furthest of several reads and answers as the string does', () => {
    const source = new ReadReach('one two three');
    assert.equal(source.slice(4, 7), 'two');
    assert.equal(source.charCodeAt(1), 'n'.charCodeAt(0));
    assert.equal(source.reach, 7);
    assert.equal(source.indexOf('three'), 8);
    assert.equal(source.reach, 13);
    assert.equal(source.charAt(40), '');
    assert.equal(source.reach, 13);
  });
});
