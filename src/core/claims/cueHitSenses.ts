// What a cue hit was read as: its senses' roles and forecast categories.
import type { CueHit, CueRole } from './cueMatcher';

// Loops rather than senses.some(): the Chinese readings (isNotCueHere) test every cue hit, and a closure per test cost.
export function hasRole(hit: CueHit, role: CueRole): boolean {
  for (const s of hit.senses) if (s.role === role) return true;
  return false;
}

export function hasForecastIn(hit: CueHit, categories: ReadonlySet<string>): boolean {
  for (const s of hit.senses) if (s.role === 'forecast' && categories.has(s.category)) return true;
  return false;
}
