/** Typed project configuration: locales, matching thresholds. Loaded from `kb.config.ts`. */

import { publishPolicies, type PublishPolicy } from '../store/publishPolicy.ts';

export type Direction = 'ltr' | 'rtl';

/** Register a locale's tone guide and machine translation aim for. */
export type Formality = 'formal' | 'informal' | 'default';

export interface LocaleConfig {
  /** URL segment and folder name, lower case: `pt-br`. */
  code: string;
  /** BCP 47 tag for `<html lang>`, hreflang, Intl APIs: `pt-BR`. */
  tag: string;
  dir: Direction;
  /** The locale's own name for itself, shown in the language switcher. */
  label: string;
  /** English name, for reports and reviewers. */
  englishName: string;
  /** Target language code DeepL expects (`PT-BR`, `ES` for es-419 with a glossary). */
  deepl?: string;
  formality: Formality;
  /** Which translations the site shows: `approved` only, `reviewed` and up, or `machine` (everything, machine output labelled; the default). */
  publish?: PublishPolicy;
}

export interface KbConfig {
  /** Code of the language writers author in. */
  sourceLocale: string;
  /** Every published locale, source first. */
  locales: LocaleConfig[];
  /** Lowest fuzzy match score (0–100) the translation memory offers. */
  fuzzyThreshold: number;
  /** Origin of the published help center (`https://help.lumo.example`), for absolute links in feeds; empty for site-relative links. */
  site: string;
}

export type KbConfigInput = Omit<KbConfig, 'fuzzyThreshold' | 'site'> & Partial<Pick<KbConfig, 'fuzzyThreshold' | 'site'>>;

/** Fill defaults and check invariants a typo would break (duplicate codes, missing source). */
export function defineConfig(input: KbConfigInput): KbConfig {
  const config: KbConfig = { fuzzyThreshold: 75, site: '', ...input };
  const seen = new Set<string>();
  for (const locale of config.locales) {
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(locale.code)) {
      throw new Error(`locale code "${locale.code}" must be lower-case letters and hyphens, such as "pt-br"`);
    }
    if (locale.publish !== undefined && !publishPolicies.includes(locale.publish)) {
      throw new Error(`locale "${locale.code}" has publish: ${JSON.stringify(locale.publish)}; use one of ${publishPolicies.join(', ')}`);
    }
    if (seen.has(locale.code)) throw new Error(`locale "${locale.code}" is listed twice`);
    seen.add(locale.code);
  }
  if (!seen.has(config.sourceLocale)) {
    throw new Error(`sourceLocale "${config.sourceLocale}" is not among the locales`);
  }
  // Match scores are whole percentages, as in every CAT tool; 80.5 is a typo for 80 or 85.
  if (!Number.isInteger(config.fuzzyThreshold) || config.fuzzyThreshold < 1 || config.fuzzyThreshold > 100) {
    throw new Error(`fuzzyThreshold must be a whole number from 1 to 100, got ${JSON.stringify(config.fuzzyThreshold)}`);
  }
  return config;
}
