/** Chat exports shared by the label-frame tests (learnedFrames, frameEdits). */

/** Zoom's saved chat: a time, the tool's words around the sender, the message indented below. */
export const ZOOM_CHAT = [
  '10:02:15 From Alice Wong to Everyone:',
  '\tCan everyone see my screen?',
  '10:02:31 From Marcus Hale to Everyone:',
  '\tYes, the slides are up.',
  '10:03:02 From Alice Wong to Everyone:',
  '\tThe Q3 numbers are on slide four.',
  '10:04:40 From Dana Ruiz to Everyone:',
  '\tCould you share the deck afterwards?',
  '10:05:12 From Marcus Hale to Everyone:',
  '\tRevenue grew 12 percent over the quarter.',
  '10:06:00 From Dana Ruiz to Everyone:',
  '\tThanks, that answers it.',
].join('\n');
