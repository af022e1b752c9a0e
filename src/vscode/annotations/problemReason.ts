import * as vscode from 'vscode';
import { NOT_UTF8, type SidecarProblem } from '../../core/sidecar/codec';
import { MAX_SIDECAR_BYTES } from '../../core/sidecar/model';

const JSON_DETAIL_PREFIX = /^invalid JSON:\s*/u;

/**
 * Why a sidecar cannot be read, as the editor says it: the kind of problem in the UI's language. The core's
 * detail (a parser's message, or which field breaks the format) stays in English beside it, because it names
 * the JSON's own keys; the git conflict case points to the editor's way out where the core names the CLI's.
 */
export function problemReason(problem: SidecarProblem): string {
  switch (problem.code) {
    case 'conflict-markers':
      return vscode.l10n.t('git left conflict markers in it; merge it tag by tag (Merge Tag by Tag)');
    case 'too-large':
      return vscode.l10n.t('it is larger than {0} MB, the limit for an annotations file: split the transcript or remove tags', MAX_SIDECAR_BYTES / (1024 * 1024));
    case 'version-too-new':
      return vscode.l10n.t('a newer version of Transcript Annotator wrote it; update the extension to read it');
    case 'invalid-json':
      return problem.reason === NOT_UTF8 ? vscode.l10n.t('it is not UTF-8 text') : vscode.l10n.t('it is not valid JSON ({0})', problem.reason.replace(JSON_DETAIL_PREFIX, ''));
    case 'schema':
      return vscode.l10n.t('it does not follow the annotations file format ({0})', problem.reason);
  }
}
