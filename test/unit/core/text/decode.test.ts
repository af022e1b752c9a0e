import * as assert from 'node:assert/strict';
import { decodeTranscript } from '../../../../src/core/text/decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeTranscript', () => {
  it('drops a BOM so offsets match the editor', () => {
    const result = decodeTranscript(utf8('\uFEFF李明：你好'));
    assert.ok(result.ok);
    assert.equal(result.text, '李明：你好');
    assert.equal(result.hadBom, true);
  });

  it('refuses binary, invalid UTF-8 and oversized input with a reason', () => {
    const binary = decodeTranscript(new Uint8Array([0x41, 0x00, 0x42]));
    assert.ok(!binary.ok && /binary/.test(binary.reason));
    const latin1 = decodeTranscript(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    assert.ok(!latin1.ok && /UTF-8/.test(latin1.reason));
    const big = decodeTranscript(utf8('x'.repeat(2048)), 1024);
    assert.ok(!big.ok && /limit/.test(big.reason));
  });
});
