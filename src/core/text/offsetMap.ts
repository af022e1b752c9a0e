import type { Span } from './positions';

/** One replacement whose source and target lengths differ. Offsets outside these pieces shift by a constant. */
interface Piece {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
}

/**
 * Maps offsets between a source text and a text derived from it by local replacements
 * (script conversion, folding). Only the replacements that change length are stored, so the common
 * case of a same-length conversion costs nothing.
 */
export class OffsetMap {
  private readonly pieces: Piece[] = [];

  /** Records that source[sourceStart, sourceEnd) became target[targetStart, targetEnd). Call in order. */
  add(sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): void {
    if (sourceEnd - sourceStart === targetEnd - targetStart) return;
    this.pieces.push({ sourceStart, sourceEnd, targetStart, targetEnd });
  }

  get isIdentity(): boolean {
    return this.pieces.length === 0;
  }

  toTarget(sourceOffset: number): number {
    return this.map(sourceOffset, 'sourceStart', 'sourceEnd', 'targetStart', 'targetEnd');
  }

  toSource(targetOffset: number): number {
    return this.map(targetOffset, 'targetStart', 'targetEnd', 'sourceStart', 'sourceEnd');
  }

  spanToTarget(span: Span): Span {
    return { start: this.toTarget(span.start), end: this.toTargetEnd(span.end) };
  }

  spanToSource(span: Span): Span {
    return { start: this.toSource(span.start), end: this.toSourceEnd(span.end) };
  }

  /** Like toTarget, but an offset inside a replaced piece maps to the piece's end, so a span keeps it whole. */
  toTargetEnd(sourceOffset: number): number {
    return this.map(sourceOffset, 'sourceStart', 'sourceEnd', 'targetStart', 'targetEnd', true);
  }

  toSourceEnd(targetOffset: number): number {
    return this.map(targetOffset, 'targetStart', 'targetEnd', 'sourceStart', 'sourceEnd', true);
  }

  /**
   * The map of applying this map and then `next` (this: A→B, next: B→C, result: A→C). Pieces that
   * overlap in B merge into one; pieces that only touch stay apart, so a boundary between two
   * replacements still maps exactly.
   */
  compose(next: OffsetMap): OffsetMap {
    if (this.isIdentity) return next;
    if (next.isIdentity) return this;
    const result = new OffsetMap();
    const mine = this.pieces;
    const theirs = next.pieces;
    let i = 0;
    let j = 0;
    while (i < mine.length || j < theirs.length) {
      // Start a cluster at whichever interval (in B) starts first, then absorb everything overlapping it.
      const takeMine = j >= theirs.length || (i < mine.length && mine[i]!.targetStart <= theirs[j]!.sourceStart);
      let clusterStart: number;
      let clusterEnd: number;
      if (takeMine) {
        clusterStart = mine[i]!.targetStart;
        clusterEnd = mine[i]!.targetEnd;
        i++;
      } else {
        clusterStart = theirs[j]!.sourceStart;
        clusterEnd = theirs[j]!.sourceEnd;
        j++;
      }
      for (;;) {
        if (i < mine.length && mine[i]!.targetStart < clusterEnd) {
          clusterEnd = Math.max(clusterEnd, mine[i]!.targetEnd);
          i++;
        } else if (j < theirs.length && theirs[j]!.sourceStart < clusterEnd) {
          clusterEnd = Math.max(clusterEnd, theirs[j]!.sourceEnd);
          j++;
        } else {
          break;
        }
      }
      result.add(this.toSource(clusterStart), this.toSourceEnd(clusterEnd), next.toTarget(clusterStart), next.toTargetEnd(clusterEnd));
    }
    return result;
  }

  private map(offset: number, fromStart: keyof Piece, fromEnd: keyof Piece, toStart: keyof Piece, toEnd: keyof Piece, roundUp = false): number {
    const pieces = this.pieces;
    let low = 0;
    let high = pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (pieces[mid]![fromStart] <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0) return offset;
    const piece = pieces[found]!;
    if (offset === piece[fromStart]) return piece[toStart];
    if (offset < piece[fromEnd]) return roundUp ? piece[toEnd] : piece[toStart];
    return piece[toEnd] + (offset - piece[fromEnd]);
  }
}
