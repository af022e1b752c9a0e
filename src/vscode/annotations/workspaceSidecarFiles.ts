import * as vscode from 'vscode';
import type { SidecarFiles, WriteOutcome } from '../../core/sidecar/port';
import { sameBytes } from '../../core/sidecar/port';

/**
 * Sidecar files through `vscode.workspace.fs`, where no Node is available (the web extension host) or the
 * file lives on a virtual file system. Paths are URI strings. The host's write truncates and rewrites, so
 * it is not crash-safe; it still never overwrites a file that changed since it was read.
 */
export class WorkspaceSidecarFiles implements SidecarFiles {
  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.parse(path));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  async writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
    const current = await this.read(path);
    if (!sameBytes(current ?? null, expected)) return { written: false, current };
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(path), bytes);
    return { written: true };
  }
}
