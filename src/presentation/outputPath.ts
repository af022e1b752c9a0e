/**
 * Checks an output path given as a command argument (from a test, a keybinding, or a link another file
 * could supply): it must be relative to the workspace folder, stay inside it, avoid hidden folders such
 * as `.git` and `.vscode`, and end with the export format's extension. Returns its segments, or
 * undefined when it is not such a path.
 */
export function workspaceOutputSegments(path: string, extension: string): string[] | undefined {
  if (path.length === 0 || path.length > 500) return undefined;
  // Absolute paths, drive letters, URIs, backslashes (a Windows separator) and control characters are refused outright.
  if (/^[/~]|^[a-z][\w+.-]*:|[\\\p{Cc}]/iu.test(path)) return undefined;
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.') || segment !== segment.trim())) return undefined;
  if (!segments[segments.length - 1]!.toLowerCase().endsWith(extension) || segments[segments.length - 1]!.length <= extension.length) return undefined;
  return segments;
}
