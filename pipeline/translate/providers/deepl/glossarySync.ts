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

/** What `.kb/cache/deepl-glossary.json` remembers: the glossary, what it was made from, what it holds. */
interface GlossaryState {
  serverUrl: string;
  /** Absent while no dictionary could be sent. */
  glossaryId?: string;
  /** Digest of every wanted dictionary, by `en>de` pair: unchanged digests mean nothing to send. */
  dictionaries: Record<string, string>;
  /** Pairs the glossary holds (those DeepL supports). */
  sent: string[];
}

export interface SyncedGlossary {
  glossaryId?: string;
  /** Target root codes the glossary has a dictionary for. */
  targets: Set<string>;
  /** Pairs left out because DeepL has no glossaries for them (reported when syncing). */
  unsupported: string[];
}

/**
 * Make DeepL's copy of the project glossary match `dictionaries`: one v3 multilingual glossary,
 * created once, then only the dictionaries whose entries changed are replaced (and dropped ones
 * deleted); pairs DeepL has no glossaries for are left out. Nothing is sent when nothing changed;
 * `fresh` ignores what was remembered and creates a new glossary.
 * The glossary id and digests are kept in `stateFile`; the key never is.
 */
export async function syncGlossary(client: DeepLClient, dictionaries: GlossaryDictionary[], stateFile: string, serverUrl: string, fresh = false): Promise<SyncedGlossary> {
  const wanted = new Map(dictionaries.filter((d) => Object.keys(d.entries).length > 0).map((d) => [pairKey(d), d]));
  const digests = Object.fromEntries([...wanted].map(([key, d]) => [key, contentKey(Object.entries(d.entries).sort())]));
  // `fresh`: DeepL refused the remembered glossary, so the state is of no use.
  const state = fresh ? undefined : await readState(stateFile, serverUrl);
  if (state && sameDigests(state.dictionaries, digests)) return { glossaryId: state.glossaryId, targets: targetsOf(state.sent), unsupported: [] };

  const supported = wanted.size === 0 ? new Map<string, GlossaryDictionary>() : await supportedOnly(client, wanted);
  let glossaryId = state?.glossaryId;
  if (glossaryId && supported.size === 0) {
    await ignoreMissing(client.deleteMultilingualGlossary(glossaryId));
    glossaryId = undefined;
  } else if (glossaryId && state && !(await updateDictionaries(client, glossaryId, state, digests, supported))) {
    glossaryId = undefined;
  }
  if (!glossaryId && supported.size > 0) {
    glossaryId = (await client.createMultilingualGlossary('polyglot-kb project glossary', [...supported.values()].map(toDeepL))).glossaryId;
  }
  const sent = [...supported.keys()];
  await writeFileAtomic(stateFile, `${JSON.stringify({ serverUrl, glossaryId, dictionaries: digests, sent } satisfies GlossaryState, null, 2)}\n`);
  return { glossaryId, targets: targetsOf(sent), unsupported: [...wanted.keys()].filter((key) => !supported.has(key)) };
}

/** The dictionaries whose language pair DeepL supports for glossaries. */
async function supportedOnly(client: DeepLClient, wanted: Map<string, GlossaryDictionary>): Promise<Map<string, GlossaryDictionary>> {
  const pairs = new Set((await client.getGlossaryLanguagePairs()).map((p) => pairKey({ sourceLang: p.sourceLang.toLowerCase(), targetLang: p.targetLang.toLowerCase() })));
  return new Map([...wanted].filter(([key]) => pairs.has(key)));
}

/** Replace new and changed dictionaries, delete dropped ones; false when the glossary is gone from DeepL. */
async function updateDictionaries(client: DeepLClient, glossaryId: string, state: GlossaryState, digests: Record<string, string>, supported: Map<string, GlossaryDictionary>): Promise<boolean> {
  try {
    for (const [key, dictionary] of supported) {
      if (!state.sent.includes(key) || state.dictionaries[key] !== digests[key]) await client.replaceMultilingualGlossaryDictionary(glossaryId, toDeepL(dictionary));
    }
    for (const key of state.sent) {
      if (supported.has(key)) continue;
      const [source, target] = key.split('>') as [string, string];
      await ignoreMissing(client.deleteMultilingualGlossaryDictionary(glossaryId, source, target));
    }
    return true;
  } catch (error) {
    if (error instanceof GlossaryNotFoundError) return false;
    throw error;
  }
}

function targetsOf(pairs: string[]): Set<string> {
  return new Set(pairs.map((key) => key.split('>')[1] as string));
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
    if (state.serverUrl !== serverUrl || typeof state.dictionaries !== 'object' || !Array.isArray(state.sent)) return undefined;
    return state as GlossaryState;
  } catch {
    return undefined;
  }
}
