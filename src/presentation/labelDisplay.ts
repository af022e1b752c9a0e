import { SCRIPT_TARGETS, type ScriptTarget } from '../core/convert/scripts';

/** How a speaker name or topic title is shown; the text itself is never changed. */
export type LabelDisplay = (label: string) => string;

export const showAsWritten: LabelDisplay = (label) => label;

/** The `displayScript` setting: as written, or one of the conversion targets. */
export const DISPLAY_SCRIPTS = ['original', ...SCRIPT_TARGETS] as const;
export type DisplayScript = 'original' | ScriptTarget;

export function isDisplayScript(value: unknown): value is DisplayScript {
  return typeof value === 'string' && (DISPLAY_SCRIPTS as readonly string[]).includes(value);
}

/**
 * Remembers each label's display form: trees are rebuilt on every keystroke's analysis and the same
 * few names and titles come back each time.
 */
export function memoizeDisplay(show: LabelDisplay, limit = 2000): LabelDisplay {
  const seen = new Map<string, string>();
  return (label) => {
    let shown = seen.get(label);
    if (shown === undefined) {
      shown = show(label);
      if (seen.size >= limit) seen.clear();
      seen.set(label, shown);
    }
    return shown;
  };
}
