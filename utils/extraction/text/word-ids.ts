/**
 * The words the lexicons know, as small integers. A token's word is looked up here once, and every
 * phrase lookup after that compares integers; a word no lexicon knows is 0, so most lookups stop
 * at the first token without a map lookup at all.
 */
const ids = new Map<string, number>();

/** Bumped whenever a word is added, so ids read before that are read again. */
let version = 1;

/** The id of a word key, added when new (the lexicons build their tries with it). */
export function addWordKey(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(key, id);
    version++;
  }
  return id;
}

/** The id of a word key, 0 when no lexicon knows it. */
export function wordKeyId(key: string): number {
  return ids.get(key) ?? 0;
}

export function wordIdsVersion(): number {
  return version;
}
