/** The desk's default workflow; `transcriptAnnotator.statusWorkflow` sets another. */
export const DEFAULT_STATUS_WORKFLOW: readonly string[] = ['To check', 'Checking', 'Checked', 'Published'];
/** The first step that counts as checked, by default. */
export const DEFAULT_CHECKED_FROM = 'Checked';

export interface StatusWorkflow {
  /** The steps in order. */
  readonly steps: readonly string[];
  /** Index of the first step that counts as checked. */
  readonly checkedFrom: number;
}

/**
 * The workflow from the settings' values (untrusted). Unusable steps are dropped; an unusable list gives
 * the default. `checkedFrom` names the first checked step; when it is not a step, only the last one counts.
 */
export function readStatusWorkflow(steps: unknown, checkedFrom: unknown): StatusWorkflow {
  const names: string[] = [];
  if (Array.isArray(steps)) {
    for (const step of steps as unknown[]) {
      const name = typeof step === 'string' ? step.trim() : '';
      if (name && !names.includes(name)) names.push(name);
    }
  }
  const list = names.length ? names : [...DEFAULT_STATUS_WORKFLOW];
  const from = typeof checkedFrom === 'string' ? list.indexOf(checkedFrom.trim()) : -1;
  return { steps: list, checkedFrom: from >= 0 ? from : list.length - 1 };
}

export const DEFAULT_WORKFLOW: StatusWorkflow = readStatusWorkflow(DEFAULT_STATUS_WORKFLOW, DEFAULT_CHECKED_FROM);

/**
 * True when a tag with this status still needs checking: no status, or one before the first checked step.
 * A status that is not a step of the workflow (a typo, another team's workflow) still needs checking, so
 * nothing is skipped by mistake.
 */
export function needsChecking(status: string | undefined, workflow: StatusWorkflow): boolean {
  if (status === undefined) return true;
  const index = workflow.steps.indexOf(status);
  return index < 0 || index < workflow.checkedFrom;
}
