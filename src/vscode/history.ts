import * as vscode from 'vscode';
import { showStatus } from './ui/untrustedUi';

interface Step {
  readonly label: string;
  readonly undo: () => Promise<void>;
}

const MAX_STEPS = 50;
/** How long a tagging confirmation stays in the status bar. */
const CONFIRMATION_MS = 5000;

/** Tagging changes that can be taken back, newest last (the sidecar is a file, so the editor's undo cannot). */
export class TaggingHistory {
  private readonly steps: Step[] = [];
  private statusMessage: vscode.Disposable | undefined;

  push(label: string, undo: () => Promise<void>): void {
    this.steps.push({ label, undo });
    if (this.steps.length > MAX_STEPS) this.steps.shift();
  }

  async undoLast(): Promise<string | undefined> {
    const step = this.steps.pop();
    if (!step) return undefined;
    await step.undo();
    return step.label;
  }

  /**
   * Records the step and says what was done in the status bar for a few seconds: tagging is frequent, so no
   * notification piles up (the gutter icon and the views show the tag too). Undo Last Tagging takes it back.
   */
  confirm(message: string, label: string, undo: () => Promise<void>): void {
    this.push(label, undo);
    this.statusMessage?.dispose();
    this.statusMessage = showStatus('check', message, CONFIRMATION_MS);
  }
}
