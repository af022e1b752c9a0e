// Scratch arrays are emptied in place: they are reused for every sentence.

/** Empties a scratch array (a few items at most); pop() stays inline where setting length is a runtime call. */
export function clear(array: unknown[]): void {
  while (array.length !== 0) array.pop();
}
