import * as assert from 'node:assert/strict';
import { escapeControlCharacters } from '../../../../src/core/text/escape';

describe('escapeControlCharacters', () => {
  it('makes terminal controls visible and keeps tabs, line feeds and ordinary text', () => {
    assert.equal(escapeControlCharacters('a\x1b[31mred\x07\r\u009b2J\u202eevil\u2066'), 'a\\u001b[31mred\\u0007\\u000d\\u009b2J\\u202eevil\\u2066');
    assert.equal(escapeControlCharacters('李明：\t你好\n𠮷田'), '李明：\t你好\n𠮷田');
  });

  it('keeps JSON valid and meaning the same string', () => {
    const value = { quote: 'x\u0085y\u009bz\u007f\u202d' };
    const escaped = escapeControlCharacters(JSON.stringify(value, null, 2));
    assert.doesNotMatch(escaped, /[\u007f-\u009f\u202a-\u202e]/);
    assert.deepEqual(JSON.parse(escaped), value);
  });
});
