import { codesOf } from '../text/codesOf';

/** Closing punctuation, quotes and spaces that may follow the last word of a sentence. */
export const TRAILING = codesOf(' \t\u3000。．.！!…」』”’）)"\'】');
