import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readIfExists, writeBuildOutputSync, writeFileAtomic } from '../fs/writeFileAtomic.ts';
import { sha256 } from './buildBotIndex.ts';
import { chunkRecordSchema, type ChunkRecord } from './chunkRecord.ts';
import { feedChanges, type FeedChanges } from './feedChanges.ts';

/** Folder of the feed inside the built site. */
export const botIndexDir = 'bot-index';
/**
 * Digest of every record of the last feed written, by id: `dist/` is wiped by each `astro build`,
 * so the baseline for the changes file lives in the git-ignored `.kb/`.
 */
export const previousFeedFile = join('.kb', 'bot-index', 'records.json');

export interface FeedManifest {
  format: 'polyglot-kb-bot-feed';
  version: 1;
  site: string;
  source_locale: string;
  schema: string;
  changes: string;
  locales: { locale: string; tag: string; file: string; articles: number; chunks: number; sha256: string }[];
}

export interface WriteFeedOptions {
  distDir: string;
  root: string;
  site: string;
  sourceLocale: string;
  tags: ReadonlyMap<string, string>;
}

/**
 * Write `<dist>/bot-index/`: one JSON Lines file per locale, `manifest.json`, the record schema and
 * `changes.json` (against the previous feed, then remembered in `.kb/`). Each file is written atomically
 * (the ones in dist/ synchronously: see writeBuildOutputSync).
 */
export async function writeBotFeed(feed: ReadonlyMap<string, ChunkRecord[]>, options: WriteFeedOptions): Promise<{ manifest: FeedManifest; changes: FeedChanges }> {
  const dir = join(options.distDir, botIndexDir);
  const digests = new Map<string, string>();
  const locales: FeedManifest['locales'] = [];
  const folders = new Set<string>();
  for (const [locale, records] of feed) {
    const bytes = jsonLines(records, (i, line) => digests.set(records[i]!.id, sha256(line).slice(0, 16)));
    const file = `${locale}.jsonl`;
    writeBuildOutputSync(join(dir, file), bytes, folders);
    locales.push({ locale, tag: options.tags.get(locale) ?? locale, file, articles: new Set(records.map((r) => r.article_id)).size, chunks: records.length, sha256: sha256(bytes) });
  }
  const previousFile = join(options.root, previousFeedFile);
  const previous = await readIfExists(previousFile);
  const changes = feedChanges(previous === undefined ? undefined : new Map(Object.entries(JSON.parse(previous) as Record<string, string>)), digests);
  const manifest: FeedManifest = {
    format: 'polyglot-kb-bot-feed',
    version: 1,
    site: options.site,
    source_locale: options.sourceLocale,
    schema: 'chunk.schema.json',
    changes: 'changes.json',
    locales,
  };
  writeBuildOutputSync(join(dir, 'chunk.schema.json'), `${JSON.stringify(chunkRecordSchema, null, 2)}\n`, folders);
  writeBuildOutputSync(join(dir, 'changes.json'), `${JSON.stringify(changes, null, 2)}\n`, folders);
  writeBuildOutputSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, folders);
  await writeFileAtomic(previousFile, `${JSON.stringify(Object.fromEntries(digests))}\n`);
  return { manifest, changes };
}

/**
 * The records as JSON Lines, UTF-8: each line encoded once, straight into the file's bytes, and
 * handed to `eachLine` (its bytes, without the line break) — rather than joining the lines into
 * one string that is encoded again to be hashed and again to be written.
 */
function jsonLines(records: readonly ChunkRecord[], eachLine: (index: number, line: Uint8Array) => void): Buffer {
  const lines = records.map((record) => JSON.stringify(record));
  const lengths = lines.map((line) => Buffer.byteLength(line, 'utf8'));
  const bytes = Buffer.allocUnsafe(lengths.reduce((sum, n) => sum + n + 1, 0));
  let offset = 0;
  lines.forEach((line, i) => {
    const end = offset + bytes.write(line, offset, lengths[i]!, 'utf8');
    eachLine(i, bytes.subarray(offset, end));
    bytes[end] = 0x0a;
    offset = end + 1;
  });
  return bytes;
}

/** Read one locale's feed back (the retrieval side and tests). */
export async function readFeedFile(file: string): Promise<ChunkRecord[]> {
  const text = await readFile(file, 'utf8');
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as ChunkRecord);
}
