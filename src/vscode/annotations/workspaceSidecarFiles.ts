import * as vscode from 'vscode';
import type { SidecarFiles, WriteOutcome } from '../../core/sidecar/port';
import { writeIfUnchanged, type UnlockedFile } from '../../core/sidecar/unlockedWrite';

/**
 * Sidecar files through `vscode.workspace.fs`, where no Node is available (the web extension host) or the
 * file lives on a virtual file system. Paths are URI strings. The host's write truncates and rewrites, so
 * it is not crash-safe, and there is no lock: it never overwrites a file seen changed since it was read,
 * but a writer elsewhere can slip in just before the write (see docs/security-store.md).
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

  writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
    return writeIfUnchanged(this.file(path), path, bytes, expected);
  }

  private file(path: string): UnlockedFile {
    const uri = vscode.Uri.parse(path);
    const stat = async (): Promise<vscode.FileStat | undefined> => {
      try {
        return await vscode.workspace.fs.stat(uri);
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
    };
    return {
      read: () => this.read(path),
      version: async () => {
        const info = await stat();
        return info && `${info.mtime}:${info.size}`;
      },
      isReadOnly: async () => (((await stat())?.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0,
      write: (bytes) => Promise.resolve(vscode.workspace.fs.writeFile(uri, bytes)),
    };
  }
}
