/** Conversion targets, named as opencc-js names its locales. `twp` is Taiwan with phrases (软件 → 軟體). */
export const SCRIPT_TARGETS = ['cn', 'tw', 'twp', 'hk'] as const;
export type ScriptTarget = (typeof SCRIPT_TARGETS)[number];

/** What a text is written in: Simplified (`cn`) or Traditional of any region (`t`). */
export type SourceScript = 'cn' | 't';

export function isScriptTarget(value: unknown): value is ScriptTarget {
  return typeof value === 'string' && (SCRIPT_TARGETS as readonly string[]).includes(value);
}

export const SCRIPT_TARGET_LABELS: Readonly<Record<ScriptTarget, string>> = {
  cn: 'Simplified Chinese',
  tw: 'Traditional Chinese (Taiwan)',
  twp: 'Traditional Chinese (Taiwan, with Taiwanese phrases)',
  hk: 'Traditional Chinese (Hong Kong)',
};
