import * as vscode from 'vscode';

/** How long a tree waits for more changes before asking VS Code to redraw it. */
const REFRESH_DELAY_MS = 60;

/**
 * Coalesces a model's change bursts (analysis, tags and aliases often change together) into one tree
 * refresh. Fewer refreshes also mean fewer in-flight requests for elements that a newer refresh replaced.
 */
export class TreeRefresher implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly event = this.emitter.event;

  request(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.emitter.fire();
    }, REFRESH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
  }
}
