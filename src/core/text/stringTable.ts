/**
 * Strings stored once, referred to by index: how results that cross to another thread send their
 * strings (speaker names, cue reasons, label shapes) beside typed arrays of numbers.
 */
export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  /** The index of `value`, added on first use. */
  intern(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.strings.length;
      this.strings.push(value);
      this.index.set(value, at);
    }
    return at;
  }
}
