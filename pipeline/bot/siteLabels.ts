import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { categoryLabel } from '../../site/utils/categoryLabel.ts';

/** The few UI strings of a locale that files outside the site (llms.txt) show. */
export interface SiteLabels {
  name: string;
  description: string;
  /** Category folder → label in the locale (humanized folder name where the locale has none). */
  category: (folder: string) => string;
}

/** The site's UI strings: the site is this repository's, whichever project root its content comes from. */
const i18nDir = join(import.meta.dirname, '..', '..', 'site', 'i18n');

/** Read `site/i18n/<locale>.json`, falling back to the source locale's strings (a new locale may lack some). */
export async function loadSiteLabels(locale: string, sourceLocale: string): Promise<SiteLabels> {
  const read = async (code: string): Promise<UiStrings> => JSON.parse(await readFile(join(i18nDir, `${code}.json`), 'utf8').catch(() => '{}')) as UiStrings;
  const [own, source] = await Promise.all([read(locale), read(sourceLocale)]);
  return {
    name: own.site?.name ?? source.site?.name ?? 'Help center',
    description: own.site?.description ?? source.site?.description ?? '',
    category: (folder) => categoryLabel(folder, (_key, { defaultValue }) => own.categories?.[folder] ?? defaultValue),
  };
}

interface UiStrings {
  site?: { name?: string; description?: string };
  categories?: Record<string, string>;
}
