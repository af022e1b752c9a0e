import * as vscode from 'vscode';

/** How long a tree waits for more changes before asking VS Code to redraw it. */
const REFRESH_DELAY_MS = 60;
/** How long a pause in re-analyses (typing) a tree waits for before redrawing. */
const AFTER_ANALYSIS_DELAY_MS = 400;

/**
 * Why a tree's model changed: a re-analysis (mostly typing), tags or aliases, another transcript in the
 * sidebar, or anything else (grouping, filter, display script).
 */
export type TreeChange = 'analysis' | 'annotations' | 'transcript' | 'other';

/** A due redraw: `full` when the whole tree goes, else only the rows that changed (see ShownTree). */
export interface TreeRedraw {
  readonly full: boolean;
}

/**
 * Coalesces a model's change bursts (analysis, tags and aliases often change together) into one tree
 * refresh. Fewer refreshes also mean fewer in-flight requests for elements that a newer refresh replaced.
 */
export class TreeRefresher implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly redrawEmitter = new vscode.EventEmitter<TreeRedraw>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = 0;
  private full = false;
  /** A redraw of the whole tree is due (for trees that always redraw whole). */
  readonly event = this.emitter.event;
  /** A redraw is due, whole or of the changed rows. */
  readonly onRedraw = this.redrawEmitter.event;

  /** Redraws soon, unless a redraw at least as soon is already due. */
  request(full = true): void {
    this.full ||= full;
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
    this.full = false;
    this.fire(true);
  }

  /** Redraws for a change of the given kind (see TreeChange); analyses and tags redraw only what changed. */
  requestFor(why: TreeChange): void {
    if (why === 'analysis') this.requestAfterAnalysis();
    else if (why === 'transcript') this.requestNow();
    else this.request(why === 'other');
  }

  private fireAfter(delay: number): void {
    clearTimeout(this.timer);
    this.due = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const full = this.full;
      this.full = false;
      this.fire(full);
    }, delay);
  }

  private fire(full: boolean): void {
    this.emitter.fire();
    this.redrawEmitter.fire({ full });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
    this.redrawEmitter.dispose();
  }
}
