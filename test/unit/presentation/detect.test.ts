import assert from 'node:assert/strict';
import { couldBeTranscript, looksLikeTranscript } from '../../../src/presentation/detect';

describe('transcript detection for plain text and Markdown', () => {
  it('recognises Chinese and English speaker labels', () => {
    assert.equal(looksLikeTranscript('林雅婷：您好。\n陳立文：謝謝邀請。\n林雅婷：人才方面呢？\n'), true);
    assert.equal(looksLikeTranscript('Q:  What now?\nA:  Wait.\nQ: Why?\n'), true);
    assert.equal(looksLikeTranscript('[00:01:23] Alice: hi\n[00:01:25] Bob: hello\n[00:01:30] Alice: so\n'), true);
  });

  it('recognises a CSV or TSV export by its header row, and leaves a table of data alone', () => {
    assert.equal(looksLikeTranscript('"Speaker","Start Time","End Time","Text"\n"Ann Lee","00:00:01","00:00:04","Hello."\n'), true);
    assert.equal(looksLikeTranscript('开始时间\t结束时间\t说话人\t内容\n00:00:01\t00:00:05\t王磊\t大家好。\n'), true);
    assert.equal(looksLikeTranscript('Region,Year,Exports\nNorth,2023,14\nSouth,2023,9\n'), false);
  });

  it('leaves ordinary notes, front matter and prose alone', () => {
    assert.equal(looksLikeTranscript('---\ntitle: Notes\nauthor: me\ndate: 2024\n---\n# Notes\nSome text.'), false);
    assert.equal(looksLikeTranscript('Shopping list\n- milk\n- eggs\n'), false);
    assert.equal(looksLikeTranscript('See https://example.com and http://example.org and ftp://x.y for details.\n'), false);
    assert.equal(looksLikeTranscript('Note: only one label here.\nAnother line.\n'), false);
  });
});

describe('files that could be transcripts', () => {
  it('names a transcript, or has two label lines', () => {
    assert.equal(couldBeTranscript('hello', 'interview-2024.txt'), true);
    assert.equal(couldBeTranscript('hello', '訪談逐字稿.md'), true);
    assert.equal(couldBeTranscript('李明：你好。\n王芳：你好。\n', 'notes.txt'), true);
  });

  it('leaves out a README', () => {
    const readme = '# Project\n\nInstall it with npm.\n\nusage: run it\n\nSee LICENSE.\n';
    assert.equal(couldBeTranscript(readme, 'README.md'), false);
    assert.equal(couldBeTranscript('Note: one label line only.\n', 'README.md'), false);
  });
});
