/** Conversion targets, named as opencc-js names its locales. `twp` is Taiwan with phrases (软件 → 軟體). */
export const SCRIPT_TARGETS = ['cn', 'tw', 'twp', 'hk'] as const;
export type ScriptTarget = (typeof SCRIPT_TARGETS)[number];

/**
 * What a text is written in: Simplified (`cn`), Traditional of any region (`t`), or Taiwan Traditional
 * with Taiwanese phrases (`twp`), whose phrases are then turned back too (軟體 → 软件, 記憶體 → 内存).
 */
export type SourceScript = 'cn' | 't' | 'twp';

export const SOURCE_SCRIPTS: readonly SourceScript[] = ['cn', 't', 'twp'];

export function isSourceScript(value: unknown): value is SourceScript {
  return typeof value === 'string' && (SOURCE_SCRIPTS as readonly string[]).includes(value);
}

export function isScriptTarget(value: unknown): value is ScriptTarget {
  return typeof value === 'string' && (SCRIPT_TARGETS as readonly string[]).includes(value);
}

export const SCRIPT_TARGET_LABELS: Readonly<Record<ScriptTarget, string>> = {
  cn: 'Simplified Chinese',
  tw: 'Traditional Chinese (Taiwan)',
  twp: 'Traditional Chinese (Taiwan, with Taiwanese phrases)',
  hk: 'Traditional Chinese (Hong Kong)',
};
