import * as vscode from 'vscode';

// The few parts of the built-in Git extension's API (`vscode.git`, API version 1) that comparing with
// another branch or commit uses. Typed here rather than copied whole: only these calls are relied on.

interface GitRef {
  /** 0 a local branch, 1 a remote branch, 2 a tag. */
  readonly type: number;
  readonly name?: string;
  readonly commit?: string;
}

interface GitCommit {
  readonly hash: string;
  readonly message: string;
  readonly authorName?: string;
  readonly authorDate?: Date;
}

interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD?: GitRef; readonly refs: readonly GitRef[] };
  getRefs?(query: { readonly count?: number; readonly sort?: 'alphabetically' | 'committerdate' }): Promise<GitRef[]>;
  log(options: { readonly maxEntries?: number; readonly path?: string }): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
}

interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitExtension {
  getAPI(version: 1): GitApi;
}

/** A branch, tag or commit to compare with, as the quick pick offers it. */
export interface GitRevision {
  /** What git is given: a branch or tag name, or a full commit hash. */
  readonly ref: string;
  readonly label: string;
  readonly description: string;
  readonly detail?: string;
}

export type GitFileHistory =
  | { readonly ok: true; revisions(): Promise<GitRevision[]>; show(ref: string): Promise<string> }
  | { readonly ok: false; readonly reason: string };

const RECENT_COMMITS = 30;

/**
 * The history of `file` through the built-in Git extension, or why there is none: no Git extension (VS Code
 * for the Web has none), a file that is not on disk, a folder that is not a git repository.
 */
export async function gitFileHistory(file: vscode.Uri): Promise<GitFileHistory> {
  if (file.scheme !== 'file') return { ok: false, reason: vscode.l10n.t('Comparing with a branch or commit needs a file on disk and the built-in Git extension; this one is not on disk.') };
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  let api: GitApi | undefined;
  try {
    const exports = extension ? (extension.isActive ? extension.exports : await extension.activate()) : undefined;
    api = exports?.getAPI(1);
  } catch {
    api = undefined;
  }
  if (!api) return { ok: false, reason: vscode.l10n.t('The built-in Git extension is not available here (or is disabled), so there are no branches or commits to compare with. Compare with another annotations file, or use the command line: agreement --against REF.') };
  await initialized(api);
  const folder = vscode.Uri.joinPath(file, '..');
  const repository = api.getRepository(file) ?? (await api.openRepository?.(folder).catch(() => null)) ?? null;
  if (!repository) return { ok: false, reason: vscode.l10n.t('{0} is not in a git repository, so there is no other branch or commit to compare with.', vscode.workspace.asRelativePath(file)) };
  return {
    ok: true,
    revisions: () => revisions(repository, file),
    show: (ref) => repository.show(ref, file.fsPath),
  };
}

function initialized(api: GitApi): Promise<void> {
  if (api.state === 'initialized') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, 5000);
    const listener = api.onDidChangeState((state) => state === 'initialized' && done());
    function done(): void {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

/** Branches and tags (other than the current one), then the recent commits that changed the file. */
async function revisions(repository: GitRepository, file: vscode.Uri): Promise<GitRevision[]> {
  const refs = repository.getRefs ? await repository.getRefs({ sort: 'committerdate' }).catch(() => repository.state.refs) : repository.state.refs;
  const head = repository.state.HEAD?.name;
  const kinds = [vscode.l10n.t('branch'), vscode.l10n.t('remote branch'), vscode.l10n.t('tag')];
  const named = refs
    .filter((ref): ref is GitRef & { name: string } => typeof ref.name === 'string' && ref.name !== head && ref.type >= 0 && ref.type <= 2 && !ref.name.endsWith('/HEAD'))
    .map((ref) => ({ ref: ref.name, label: ref.name, description: `${kinds[ref.type]!}${ref.commit ? ` · ${ref.commit.slice(0, 8)}` : ''}` }));
  const commits = await repository.log({ maxEntries: RECENT_COMMITS, path: file.fsPath }).catch(() => [] as GitCommit[]);
  const recent = commits.map((commit) => ({
    ref: commit.hash,
    label: commit.message.split('\n')[0] ?? commit.hash,
    description: `${vscode.l10n.t('commit')} · ${commit.hash.slice(0, 8)}`,
    detail: [commit.authorName, commit.authorDate?.toISOString().slice(0, 16).replace('T', ' ')].filter(Boolean).join(' · '),
  }));
  return [...recent, ...named];
}
