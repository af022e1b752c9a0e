/**
 * Gives each speaker one of `slotCount` colour slots. A speaker's preferred slot comes from a hash of the
 * name, so it keeps its colour across sessions and documents; speakers that collide take the next free slot
 * in order of first appearance, so two speakers share a colour only when there are more speakers than slots.
 */
export function assignColorSlots(speakers: readonly string[], slotCount: number): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const name of speakers) {
    if (slots.has(name)) continue;
    const preferred = hashName(name) % slotCount;
    let slot = preferred;
    if (taken.size < slotCount) {
      while (taken.has(slot)) slot = (slot + 1) % slotCount;
    }
    slots.set(name, slot);
    taken.add(slot);
  }
  return slots;
}

/** FNV-1a over UTF-16 code units: small, stable, and spreads short CJK names well. */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
