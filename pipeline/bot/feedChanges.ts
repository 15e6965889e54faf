/** What an incremental consumer must do since the previous build: ids in feed order. */
export interface FeedChanges {
  /** False on the first build (no previous feed known): everything is `added`. */
  hasPrevious: boolean;
  added: string[];
  /** Same id, different record (text, and so `source_hash`, or metadata such as state or title). */
  changed: string[];
  removed: string[];
}

/** Compare id → record digest maps of the previous and the new feed. */
export function feedChanges(previous: ReadonlyMap<string, string> | undefined, next: ReadonlyMap<string, string>): FeedChanges {
  const before = previous ?? new Map<string, string>();
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, digest] of next) {
    const old = before.get(id);
    if (old === undefined) added.push(id);
    else if (old !== digest) changed.push(id);
  }
  const removed = [...before.keys()].filter((id) => !next.has(id)).sort();
  return { hasPrevious: previous !== undefined, added, changed, removed };
}
