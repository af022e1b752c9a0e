// The fields the sidecar schema knows, in the order they are written; anything else is kept as unknown.

export const TOP_LEVEL_KEYS: readonly string[] = ['$schema', 'version', 'speakerAliases', 'annotations'];
export const ANNOTATION_KEYS: readonly string[] = ['id', 'kind', 'note', 'author', 'created', 'modified', 'speaker', 'topic', 'target', 'conflict'];
export const TARGET_KEYS: readonly string[] = ['exact', 'prefix', 'suffix', 'start', 'end'];
