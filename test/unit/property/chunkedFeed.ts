import { IncrementalAnalyzer, type TextChange } from '../../../src/core/analysis/incremental';
import type { Analysis, AnalysisOptions } from '../../../src/core/analysis/model';
import { ChunkedText, type TextSource } from '../../../src/core/text/chunkedText';

/** Chunk size of the texts fed: small, so that reads cross chunk borders everywhere. */
const FED_CHUNK = 7;

/**
 * An IncrementalAnalyzer fed as the extension host feeds it (DocumentTexts): each string a test passes
 * becomes a ChunkedText edited from the previous one by the reported change (when it leads to the string;
 * else the string cut into chunks), without the whole string kept, so every read goes through the chunks.
 */
export class ChunkedFeedAnalyzer extends IncrementalAnalyzer {
  /** The last text fed, as the analyzer received it. */
  lastFed: ChunkedText | undefined;
  private lastString = '';

  override update(text: TextSource, changes?: readonly TextChange[]): Analysis {
    return super.update(this.feed(text, changes), changes);
  }

  override updateLocally(text: TextSource, changes?: readonly TextChange[]): Analysis | undefined {
    return super.updateLocally(this.feed(text, changes), changes);
  }

  override adopt(text: TextSource, analysis: Analysis): void {
    super.adopt(this.feed(text), analysis);
  }

  private feed(text: TextSource, changes?: readonly TextChange[]): TextSource {
    if (typeof text !== 'string') return text;
    const previous = this.lastFed;
    const change = changes?.length === 1 ? changes[0]! : undefined;
    let fed: ChunkedText | undefined;
    if (previous && change && change.rangeOffset >= 0 && change.rangeLength >= 0 && change.rangeOffset + change.rangeLength <= this.lastString.length) {
      const edited = previous.edited(change.rangeOffset, change.rangeLength, change.text);
      // slice() joins the chunks without keeping the result in the text.
      if (edited.slice() === text) fed = edited;
    }
    fed ??= ChunkedText.of(text, FED_CHUNK, false);
    this.lastFed = fed;
    this.lastString = text;
    return fed;
  }
}

export interface Feed {
  readonly name: string;
  analyzer(options?: AnalysisOptions, fileName?: string, blockSize?: number): IncrementalAnalyzer;
}

/** The texts an analyzer is given in the property tests: strings (as the CLI and the worker do), and chunked texts (as the extension host does). */
export const FEEDS: readonly Feed[] = [
  { name: 'strings', analyzer: (options, fileName, blockSize) => new IncrementalAnalyzer(options, fileName, blockSize) },
  { name: 'chunked texts', analyzer: (options, fileName, blockSize) => new ChunkedFeedAnalyzer(options, fileName, blockSize) },
];
