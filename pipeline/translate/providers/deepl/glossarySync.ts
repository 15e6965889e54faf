import { readFile } from 'node:fs/promises';
import { GlossaryEntries, GlossaryNotFoundError, type DeepLClient } from 'deepl-node';
import { contentKey } from '../../../cache/ContentCache.ts';
import { writeFileAtomic } from '../../../fs/writeFileAtomic.ts';

/** One language pair of the project glossary, in DeepL's root codes (`en` → `es`, not `es-419`). */
export interface GlossaryDictionary {
  sourceLang: string;
  targetLang: string;
  /** Source term → approved translation. */
  entries: Record<string, string>;
}

/** What `.kb/cache/deepl-glossary.json` remembers: which glossary, and the digest of each dictionary sent. */
interface GlossaryState {
  serverUrl: string;
  glossaryId: string;
  dictionaries: Record<string, string>;
}

export interface SyncedGlossary {
  glossaryId: string;
  /** Target root codes the glossary has a dictionary for. */
  targets: Set<string>;
}

/**
 * Make DeepL's copy of the project glossary match `dictionaries`: one v3 multilingual glossary,
 * created once, then only the dictionaries whose entries changed are replaced (and dropped ones
 * deleted). Nothing is sent when nothing changed. The glossary id and digests are kept in
 * `stateFile`; the key never is.
 */
export async function syncGlossary(client: DeepLClient, dictionaries: GlossaryDictionary[], stateFile: string, serverUrl: string): Promise<SyncedGlossary | undefined> {
  const wanted = new Map(dictionaries.filter((d) => Object.keys(d.entries).length > 0).map((d) => [pairKey(d), d]));
  const digests = Object.fromEntries([...wanted].map(([key, d]) => [key, contentKey(Object.entries(d.entries).sort())]));
  const state = await readState(stateFile, serverUrl);
  const synced = (glossaryId: string): SyncedGlossary => ({ glossaryId, targets: new Set([...wanted.values()].map((d) => d.targetLang)) });
  if (wanted.size === 0) {
    if (state) await ignoreMissing(client.deleteMultilingualGlossary(state.glossaryId));
    if (state) await writeFileAtomic(stateFile, '{}\n');
    return undefined;
  }
  if (state && sameDigests(state.dictionaries, digests)) return synced(state.glossaryId);

  let glossaryId = state?.glossaryId;
  if (glossaryId && state) {
    const updated = await updateDictionaries(client, glossaryId, state.dictionaries, digests, wanted);
    if (!updated) glossaryId = undefined;
  }
  if (!glossaryId) {
    const info = await client.createMultilingualGlossary('polyglot-kb project glossary', [...wanted.values()].map(toDeepL));
    glossaryId = info.glossaryId;
  }
  await writeFileAtomic(stateFile, `${JSON.stringify({ serverUrl, glossaryId, dictionaries: digests } satisfies GlossaryState, null, 2)}\n`);
  return synced(glossaryId);
}

/** Replace changed dictionaries and delete dropped ones; false when the glossary is gone from DeepL. */
async function updateDictionaries(client: DeepLClient, glossaryId: string, sent: Record<string, string>, digests: Record<string, string>, wanted: Map<string, GlossaryDictionary>): Promise<boolean> {
  try {
    for (const [key, dictionary] of wanted) {
      if (sent[key] !== digests[key]) await client.replaceMultilingualGlossaryDictionary(glossaryId, toDeepL(dictionary));
    }
    for (const key of Object.keys(sent)) {
      if (wanted.has(key)) continue;
      const [source, target] = key.split('>') as [string, string];
      await ignoreMissing(client.deleteMultilingualGlossaryDictionary(glossaryId, source, target));
    }
    return true;
  } catch (error) {
    if (error instanceof GlossaryNotFoundError) return false;
    throw error;
  }
}

function toDeepL(dictionary: GlossaryDictionary) {
  return { sourceLangCode: dictionary.sourceLang, targetLangCode: dictionary.targetLang, entries: new GlossaryEntries({ entries: dictionary.entries }) };
}

function pairKey(pair: { sourceLang: string; targetLang: string }): string {
  return `${pair.sourceLang}>${pair.targetLang}`;
}

function sameDigests(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([key, digest]) => a[key] === digest);
}

async function ignoreMissing(request: Promise<void>): Promise<void> {
  try {
    await request;
  } catch (error) {
    if (!(error instanceof GlossaryNotFoundError)) throw error;
  }
}

/** The saved state for this server, or undefined (none yet, another server, unreadable: sync afresh). */
async function readState(file: string, serverUrl: string): Promise<GlossaryState | undefined> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as Partial<GlossaryState>;
    if (state.serverUrl !== serverUrl || typeof state.glossaryId !== 'string' || typeof state.dictionaries !== 'object') return undefined;
    return state as GlossaryState;
  } catch {
    return undefined;
  }
}
