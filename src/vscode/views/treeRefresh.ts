import * as vscode from 'vscode';

/** How long a tree waits for more changes before asking VS Code to redraw it. */
const REFRESH_DELAY_MS = 60;
/** How long a pause in re-analyses (typing) a tree waits for before redrawing. */
const AFTER_ANALYSIS_DELAY_MS = 400;

/**
 * Why a tree's model changed: a re-analysis (mostly typing), another transcript in the sidebar, or anything
 * else (tags, grouping).
 */
export type TreeChange = 'analysis' | 'transcript' | 'other';

/**
 * Coalesces a model's change bursts (analysis, tags and aliases often change together) into one tree
 * refresh. Fewer refreshes also mean fewer in-flight requests for elements that a newer refresh replaced.
 */
export class TreeRefresher implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = 0;
  readonly event = this.emitter.event;

  /** Redraws soon, unless a redraw at least as soon is already due. */
  request(): void {
    if (this.timer && this.due <= Date.now() + REFRESH_DELAY_MS) return;
    this.fireAfter(REFRESH_DELAY_MS);
  }

  /**
   * Redraws once analyses stop coming for a while: while the user types, rebuilding a large tree after every
   * re-analysis would hold up the extension host (and the next decorations) for nothing.
   */
  requestAfterAnalysis(): void {
    this.fireAfter(AFTER_ANALYSIS_DELAY_MS);
  }

  /** Redraws at once: the tree shows another transcript now, and must not keep the last one's items a moment longer. */
  requestNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.emitter.fire();
  }

  /** Redraws for a change of the given kind (see TreeChange). */
  requestFor(why: TreeChange): void {
    if (why === 'analysis') this.requestAfterAnalysis();
    else if (why === 'transcript') this.requestNow();
    else this.request();
  }

  private fireAfter(delay: number): void {
    clearTimeout(this.timer);
    this.due = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.emitter.fire();
    }, delay);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
  }
}
