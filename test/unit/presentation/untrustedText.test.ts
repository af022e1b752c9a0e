import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, escapeMarkdownLines, markdownCodeSpan, pickText, plainText } from '../../../src/presentation/untrustedText';

/** How VS Code finds links in notification text (vs/base/common/linkedText.ts, as shipped in 1.100). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/giu;

const commandLink = '[Open the annotations file](command:workbench.action.closeAllEditors)';

/** Characters that mean something to Markdown, VS Code labels or notifications, and some plain ones. */
const hostileText = fc.stringOf(
  fc.constantFrom(...'[]()<>!*_`~|#-+=.:$&\\/ \t\n\r1aZ語\u202e\u2028', 'command:', 'https://', 'www.', '```', '$(alert)', '&amp;', '&#91;'),
  { maxLength: 40 },
);

// CommonMark as VS Code's Markdown preview reads it, with GFM tables (on by default in markdown-it).
const markdown = new MarkdownIt({ html: true, linkify: false });

function htmlText(html: string): string {
  return html.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
}

/** The text a value should show as: one line, no control or bidi characters. */
function shownAs(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu, '').replace(/[\p{Cc}\u2028\u2029]/gu, ' ').replace(/\s{2,}/gu, ' ');
}

describe('text from files, neutralised for the UI', () => {
  describe('plainText (notifications, tooltips, tree items)', () => {
    it('turns a command link into readable text that VS Code does not link', () => {
      const shown = plainText(`annotation 1: 'kind' must be fact, forecast or opinion, not "${commandLink}"`);
      assert.equal(shown.match(NOTIFICATION_LINK), null);
      assert.ok(shown.includes('[Open the annotations file] (command:workbench.action.closeAllEditors)'), shown);
    });

    it('never leaves a link, a line break or a bidi override, whatever the text', () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const shown = plainText(text);
          assert.equal(shown.match(NOTIFICATION_LINK), null, shown);
          assert.doesNotMatch(shown, /[\n\r\u2028\u2029\u202e]/u);
        }),
      );
    });

    it('leaves ordinary text as it is', () => {
      assert.equal(plainText('黃仁勳：明年很可能會再擴建兩座工廠 [sic] (2026).'), '黃仁勳：明年很可能會再擴建兩座工廠 [sic] (2026).');
    });
  });

  it('pickText escapes $(icon) syntax for quick picks', () => {
    assert.equal(pickText('$(alert) urgent [x](command:y)'), '\\$(alert) urgent [x] (command:y)');
  });

  describe('escapeMarkdown', () => {
    it('shows any value exactly as written, as one paragraph of text without links, HTML or formatting', () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const html = markdown.render(`x ${escapeMarkdown(text)}`);
          assert.equal(html, `<p>${html.slice(3, -5)}</p>\n`, html);
          assert.equal(htmlText(html.slice(3, -5)), `x ${shownAs(text)}`.trimEnd());
        }),
      );
    });

    it('cannot start a block even at the start of a line', () => {
      for (const text of ['# Summary', '- item', '+ item', '1. item', '2) item', '> quote', '===', ' - item', '```js']) {
        const html = markdown.render(escapeMarkdown(text));
        assert.equal(html, `<p>${html.slice(3, -5)}</p>\n`, `${text} → ${html}`);
        assert.equal(htmlText(html.slice(3, -5)), text.trim());
      }
    });

    it('keeps a table to its cells', () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const html = markdown.render(`| A | B |\n| --- | --- |\n| ${escapeMarkdown(text)} | 2 |\n| 3 | 4 |`);
          assert.equal(html.match(/<td>/gu)?.length, 4, html);
          assert.equal(html.match(/<tr>/gu)?.length, 3, html);
        }),
      );
    });

    it('keeps the source readable: only what Markdown would read is escaped', () => {
      assert.equal(escapeMarkdown('interview-zh-Hant.txt, 3.5%'), 'interview-zh-Hant.txt, 3.5%');
      assert.equal(escapeMarkdown(commandLink), '\\[Open the annotations file\\](command:workbench.action.closeAllEditors)');
    });
  });

  it('escapeMarkdownLines keeps a note’s lines and paragraphs, and nothing else', () => {
    const html = markdown.render(escapeMarkdownLines(`first ${commandLink}\n# not a heading\n\n- not a list\n<b>not bold</b>`));
    assert.equal(html, '<p>first [Open the annotations file](command:workbench.action.closeAllEditors)<br>\n# not a heading</p>\n<p>- not a list<br>\n&lt;b&gt;not bold&lt;/b&gt;</p>\n');
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = markdown.render(escapeMarkdownLines(text));
        assert.deepEqual(html.match(/<(?!\/?p>|br>)[^>]*>/gu), null, html);
      }),
    );
  });

  it('markdownCodeSpan shows any value as one piece of code, whatever backticks it holds', () => {
    assert.equal(markdownCodeSpan('a`b'), '``a`b``');
    assert.equal(markdownCodeSpan('`'), '`` ` ``');
    fc.assert(
      fc.property(hostileText, (text) => {
        const value = shownAs(text);
        fc.pre(value.trim() !== '');
        const html = markdown.renderInline(markdownCodeSpan(text));
        assert.ok(html.startsWith('<code>') && html.endsWith('</code>'), html);
        assert.equal(htmlText(html.slice(6, -7)), value);
      }),
    );
  });
});
