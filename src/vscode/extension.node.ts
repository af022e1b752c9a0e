// Placeholder entry so the integration harness has an extension to load; the real extension replaces it.
export function activate(): void {}

export function deactivate(): void {}
