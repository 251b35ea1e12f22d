/**
 * Where a webhook handler records the events it has handled, so that an event delivered twice (Dixa
 * delivers at least once) reaches the user's code once. Share one store between processes (e.g. on
 * Redis) to dedupe across them; the default is in memory.
 */
export interface WebhookDedupeStore {
  /**
   * Claim an event id before handling it: true when no one has claimed or completed it (handle it),
   * false when it is being handled or was handled already (a duplicate).
   */
  claim(id: string): Promise<boolean> | boolean;
  /** The handler failed: drop the claim so the vendor's next delivery is handled. */
  release(id: string): Promise<void> | void;
  /** The handler succeeded: remember the id (for at least the store's retention). */
  complete(id: string): Promise<void> | void;
}

/** Options of {@link memoryDedupeStore}. */
export interface MemoryDedupeOptions {
  /** How long a handled id is remembered, in ms. Default 24 h. */
  ttlMs?: number;
  /** At most this many ids are remembered (the oldest go first). Default 100,000. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** A bounded in-memory dedupe store (per process). */
export function memoryDedupeStore(options: MemoryDedupeOptions = {}): WebhookDedupeStore {
  const ttl = options.ttlMs ?? 86_400_000;
  const max = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  // Insertion order is age order: the first entries are the oldest.
  const done = new Map<string, number>();
  const claimed = new Set<string>();
  const prune = () => {
    const cutoff = now() - ttl;
    for (const [id, at] of done) {
      if (at > cutoff && done.size <= max) break;
      done.delete(id);
    }
  };
  return {
    claim(id) {
      prune();
      if (claimed.has(id) || done.has(id)) return false;
      claimed.add(id);
      return true;
    },
    release(id) {
      claimed.delete(id);
    },
    complete(id) {
      claimed.delete(id);
      done.set(id, now());
      prune();
    },
  };
}
