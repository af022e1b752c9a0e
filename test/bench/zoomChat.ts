// A deterministic Zoom saved chat of a given size (`10:02:15 From Alice Wong to Everyone:` over each message), for
// the keystroke bench: every message in one label frame the document repeats (turns/learnedFrames.ts).

const SENDERS = ['Alice Wong', 'Marcus Hale', 'Dana Ruiz', 'Priya Shah', 'Tom Becker', 'Lena Ortiz', 'Omar Said', 'Kai Young'];
const MESSAGES = [
  'Can everyone see my screen?',
  'Revenue grew 12 percent over the quarter.',
  'Could you share the deck afterwards?',
  'I think the second option is cheaper in the long run.',
  'The vendor said delivery slips to March.',
  'We expect hiring to pick up next year.',
];

/** The same text on every run: sender and message by a counter, each message made distinct by its number. */
export function zoomChat(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const seconds = i * 7;
    const clock = [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
    const message = `${clock} From ${SENDERS[(i * 5 + (i >> 3)) % SENDERS.length]} to Everyone:\n\t${MESSAGES[i % MESSAGES.length]} (item ${i})\n`;
    parts.push(message);
    size += message.length;
  }
  return parts.join('');
}

/** Offsets of `count` message lines from line `fromLine` on, six characters into each message. */
export function messageOffsets(text: string, fromLine: number, count: number): number[] {
  const found: number[] = [];
  let start = 0;
  let line = 0;
  for (const lineText of text.split('\n')) {
    if (line >= fromLine && lineText.startsWith('\t') && found.length < count) found.push(start + 7);
    start += lineText.length + 1;
    line++;
  }
  return found;
}
