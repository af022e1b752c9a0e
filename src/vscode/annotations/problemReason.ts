import * as vscode from 'vscode';
import type { SidecarProblem } from '../../core/sidecar/codec';

/**
 * Why a sidecar cannot be read, as the editor says it. The core's reasons are English; the one a user meets
 * most, git's conflict markers, is said in the UI's language and points to the editor's own way out (the
 * core's names the command line's).
 */
export function problemReason(problem: SidecarProblem): string {
  return problem.code === 'conflict-markers' ? vscode.l10n.t('git left conflict markers in it; merge it tag by tag (Merge Tag by Tag)') : problem.reason;
}
