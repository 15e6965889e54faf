import { AuthorizationError, DeepLError, QuotaExceededError, type DeepLClient, type SourceLanguageCode, type TargetLanguageCode } from 'deepl-node';
import type { LocaleConfig } from '../../../config/defineConfig.ts';
import { ProviderStopped, type TranslationProvider } from '../provider.ts';
import type { ApprovedTerms } from './approvedTerms.ts';
import { planBatches } from './batching.ts';
import { createClient, type DeepLSettings } from './deeplSettings.ts';
import { deeplFormality } from './formality.ts';
import { syncGlossary, type GlossaryDictionary, type SyncedGlossary } from './glossarySync.ts';
import { fromDeepLXml, inlineTags, toDeepLXml } from './tagMapping.ts';

export interface DeepLProviderOptions {
  /** Absent on a dry run, which plans and counts but never connects. */
  settings?: DeepLSettings;
  source: LocaleConfig;
  /** Every target locale of the project: the glossary has a dictionary for each, whatever this run translates. */
  targets: LocaleConfig[];
  approvedTerms: ApprovedTerms;
  /** `.kb/cache/deepl-glossary.json`: the glossary id and digests of what was sent. */
  glossaryStateFile: string;
  onWarning?: (message: string) => void;
}

/**
 * Machine translation through the official deepl-node client: placeholders as XML tags with
 * `tag_handling=xml`, the locale's formality, the project glossary (synced once per run, and only
 * when it changed), the article title and neighbouring sentences as `context`. deepl-node retries
 * 429, 5xx and network errors with backoff; what still fails stops the run (ProviderStopped).
 */
export function deeplProvider(options: DeepLProviderOptions): TranslationProvider {
  let client: DeepLClient | undefined;
  let glossary: Promise<SyncedGlossary> | undefined;
  const sourceLang = (options.source.tag.split('-')[0] as string).toLowerCase() as SourceLanguageCode;
  return {
    name: 'deepl',
    plan: (segments, queue) => planBatches(segments, queue),
    async translate(batch, _source, target) {
      const { settings } = options;
      if (!settings) throw new Error('the deepl provider of a dry run cannot translate');
      return stopOnDeepLError(settings.authKey, async () => {
        client ??= createClient(settings);
        const connected = client;
        const sync = (fresh: boolean) =>
          syncGlossary(connected, dictionaries(sourceLang, options), options.glossaryStateFile, settings.serverUrl ?? 'deepl', fresh).then((synced) => {
            for (const pair of synced.unsupported) options.onWarning?.(`DeepL has no glossaries for ${pair.replace('>', '→')}: that language is translated without the project glossary`);
            return synced;
          });
        const targetLang = target.deepl as TargetLanguageCode;
        const idFor = (synced: SyncedGlossary) => (synced.targets.has(rootCode(targetLang)) ? synced.glossaryId : undefined);
        const send = (glossaryId: string | undefined) =>
          connected.translateText(batch.texts.map(toDeepLXml), sourceLang, targetLang, {
            tagHandling: 'xml',
            nonSplittingTags: inlineTags,
            formality: deeplFormality(target),
            context: batch.context,
            glossary: glossaryId,
          });
        const glossaryId = idFor(await (glossary ??= sync(false)));
        let results;
        try {
          results = await send(glossaryId);
        } catch (error) {
          // A refused glossary id: the glossary this project remembers is gone (deleted, or another
          // account behind the same URL). Make it afresh, once, and send the batch again.
          if (!glossaryId || !(error instanceof DeepLError) || !/^(Bad request|Not found)/.test(error.message)) throw error;
          glossary = sync(true);
          results = await send(idFor(await glossary));
        }
        return {
          texts: batch.texts.map((_, k) => (results[k] ? fromDeepLXml(results[k].text) : { problem: 'DeepL sent no translation for it' })),
          billedCharacters: results.reduce((n, r, k) => n + (r.billedCharacters ?? batch.characters[k] ?? 0), 0),
        };
      });
    },
  };
}

/** The glossary's dictionaries: source root → each target locale's root code (`es-419` → `es`). */
function dictionaries(sourceLang: string, options: DeepLProviderOptions): GlossaryDictionary[] {
  const byTarget = new Map<string, GlossaryDictionary>();
  for (const locale of options.targets) {
    if (!locale.deepl) continue;
    const targetLang = rootCode(locale.deepl);
    const dictionary = byTarget.get(targetLang) ?? { sourceLang, targetLang, entries: {} };
    for (const term of options.approvedTerms(locale.code)) dictionary.entries[term.source] ??= term.target;
    byTarget.set(targetLang, dictionary);
  }
  return [...byTarget.values()];
}

function rootCode(deeplCode: string): string {
  return (deeplCode.split('-')[0] as string).toLowerCase();
}

/** deepl-node's errors as a clean stop with a message a person can act on; the key never appears in it. */
async function stopOnDeepLError<T>(authKey: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof DeepLError)) throw error;
    const message = error.message.split(authKey).join('[DEEPL_AUTH_KEY]');
    if (error instanceof QuotaExceededError) throw new ProviderStopped(`DeepL quota exceeded (456): ${message}`);
    if (error instanceof AuthorizationError) throw new ProviderStopped('DeepL refused the key (403): check DEEPL_AUTH_KEY');
    throw new ProviderStopped(`DeepL request failed: ${message}`);
  }
}
