// A text (a string or a document's chunks) read as a TextSource that records how far its readers read: whatever they computed from it holds for any
// text that agrees with it up to there (the incremental checks skip an edit that lies past it).
import type { TextSource } from './chunkedText';

export class ReadReach implements TextSource {
  /** The end (exclusive) of the furthest character read so far: an index search that found nothing, or `length`, read it all. */
  reach = 0;

  constructor(private readonly text: TextSource) {}

  get length(): number {
    this.reached(this.text.length);
    return this.text.length;
  }

  charCodeAt(index: number): number {
    this.reached(index + 1);
    return this.text.charCodeAt(index);
  }

  charAt(index: number): string {
    this.reached(index + 1);
    return this.text.charAt(index);
  }

  slice(start?: number, end?: number): string {
    const length = this.text.length;
    this.reached(end === undefined ? length : end < 0 ? length + end : end);
    return this.text.slice(start, end);
  }

  indexOf(search: string, from?: number): number {
    const found = this.text.indexOf(search, from);
    this.reached(found < 0 ? this.text.length : found + search.length);
    return found;
  }

  lastIndexOf(search: string, from?: number): number {
    this.reached(from === undefined || Number.isNaN(from) ? this.text.length : from + search.length);
    return this.text.lastIndexOf(search, from);
  }

  startsWith(search: string, position = 0): boolean {
    this.reached(position + search.length);
    return this.text.startsWith(search, position);
  }

  endsWith(search: string, endPosition?: number): boolean {
    this.reached(endPosition ?? this.text.length);
    return this.text.endsWith(search, endPosition);
  }

  includes(search: string, position?: number): boolean {
    return this.indexOf(search, position) >= 0;
  }

  toString(): string {
    this.reached(this.text.length);
    return this.text.toString();
  }

  private reached(end: number): void {
    if (end > this.reach) this.reach = Math.min(end, this.text.length);
  }
}
