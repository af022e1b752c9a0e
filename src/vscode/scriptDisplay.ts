import * as vscode from 'vscode';
import { loadScriptDisplay } from '../core/convert/converter';
import type { DisplayScript, LabelDisplay } from '../presentation/labelDisplay';
import { memoizeDisplay, showAsWritten } from '../presentation/labelDisplay';
import { Configuration } from './configuration';
import { Disposable } from './util/dispose';
import { showError } from './ui/untrustedUi';

/**
 * Shows speaker names and topic titles in the script the `displayScript` setting asks for, without
 * touching any file. The conversion dictionaries load on the first use of a script other than
 * "original" (never at activation otherwise); until then names show as written.
 */
export class ScriptDisplay extends Disposable {
  private script: DisplayScript = 'original';
  private current: LabelDisplay = showAsWritten;
  /** Counts setting changes, so a slow load for a script no longer wanted is dropped. */
  private generation = 0;
  private ready: Promise<void> = Promise.resolve();
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when labels should be drawn again (the script changed and its converter is ready). */
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    private readonly configuration: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(configuration.onDidChange((change) => (change.affects('displayScript') ? void this.update() : undefined)));
    void this.update();
  }

  /** The label in the chosen script; as written while that script is still loading. */
  readonly show: LabelDisplay = (label) => this.current(label);

  /** The display function for the trees: `undefined` when labels are shown as written. */
  get display(): LabelDisplay | undefined {
    return this.current === showAsWritten ? undefined : this.show;
  }

  /** Resolves once the current setting is applied. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private update(): Promise<void> {
    const script = this.configuration.get().displayScript;
    if (script === this.script) return this.ready;
    this.script = script;
    const generation = ++this.generation;
    this.ready = this.load(script).then((show) => {
      if (generation !== this.generation || this.isDisposed) return;
      this.current = show;
      this.onDidChangeEmitter.fire();
    });
    return this.ready;
  }

  private async load(script: DisplayScript): Promise<LabelDisplay> {
    if (script === 'original') return showAsWritten;
    try {
      return memoizeDisplay(await loadScriptDisplay(script));
    } catch (error) {
      this.log.error(`Could not load the ${script} display conversion`, error);
      void showError(vscode.l10n.t('Names cannot be shown in the chosen script: {0}', error instanceof Error ? error.message : String(error)));
      return showAsWritten;
    }
  }
}
