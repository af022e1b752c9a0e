// Speaker names, aliases and field names come from transcripts and sidecars, so any string can be a key,
// including `constructor`, `toString` and `__proto__`. A plain object answers `table['constructor']`
// with Object's own function and turns `table['__proto__'] = x` into a prototype change; these helpers
// read and write only a table's own keys. Tables stay ordinary objects (not null-prototype ones) so that
// they compare equal to object literals in tests and the sidecar model keeps its plain-data shape.

/** `table[key]` when it is the table's own entry; undefined for inherited members such as `constructor`. */
export function ownEntry<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** A table filled from `entries`, each an own key; `__proto__` becomes an ordinary key. Read it with ownEntry. */
export function nameTable<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const table: Record<string, T> = {};
  for (const [key, value] of entries) setEntry(table, key, value);
  return table;
}

/** Sets `table[key]` as an own, enumerable entry, also for `__proto__`. */
export function setEntry<T>(table: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}
