import * as vscode from 'vscode';
import { showInformation } from './ui/untrustedUi';

interface Step {
  readonly label: string;
  readonly undo: () => Promise<void>;
}

const MAX_STEPS = 50;

/** Tagging changes that can be taken back, newest last (the sidecar is a file, so the editor's undo cannot). */
export class TaggingHistory {
  private readonly steps: Step[] = [];

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

  /** Shows what was done with an Undo button that takes back exactly this step. */
  async notify(message: string, label: string, undo: () => Promise<void>, ...extra: string[]): Promise<string | undefined> {
    const step: Step = { label, undo };
    this.steps.push(step);
    if (this.steps.length > MAX_STEPS) this.steps.shift();
    const undoAction = vscode.l10n.t('Undo');
    const choice = await showInformation(message, undoAction, ...extra);
    if (choice === undoAction) {
      const index = this.steps.lastIndexOf(step);
      if (index >= 0) {
        this.steps.splice(index, 1);
        await undo();
      }
      return undefined;
    }
    return choice;
  }
}
