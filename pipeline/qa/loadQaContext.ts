import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import type { Article } from '../content/parseArticle.ts';
import { loadProject } from '../content/loadProject.ts';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { loadGlossary } from '../glossary/loadGlossary.ts';
import type { PlaceholderInfo } from '../segment/splitSentences.ts';
import { isTranslatable, sourceSegments } from '../store/sourceSegments.ts';
import { loadJapaneseAnalyser } from './japaneseAnalyser.ts';
import { parseToneGuide } from './toneGuide/parseToneGuide.ts';
import type { ToneGuide } from './toneGuide/toneGuideTypes.ts';
import type { QaContext } from './types.ts';

/** Where a locale's tone guide lives. */
export const toneGuideFile = (code: string) => `tone-guides/${code}.md`;

/**
 * Every locale's tone guide (a locale without a file has no tone rules). A guide whose rules do not
 * parse, or whose register contradicts kb.config.ts, is a UserError at the guide's line:col.
 */
export async function loadToneGuides(root: string, config: KbConfig): Promise<Record<string, ToneGuide>> {
  const guides: Record<string, ToneGuide> = {};
  const diagnostics: Diagnostic[] = [];
  for (const locale of config.locales) {
    const file = toneGuideFile(locale.code);
    let text;
    try {
      text = await readFile(join(root, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const parsed = parseToneGuide(file, text, locale.code);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.guide) continue;
    if (parsed.guide.register !== locale.formality) {
      const line = text.split('\n').findIndex((l) => /^register:/.test(l)) + 1;
      diagnostics.push({ file, line, column: 1, rule: 'tone-guide/register', message: `register: ${parsed.guide.register} but kb.config.ts says formality: ${locale.formality}`, hint: 'make the guide and the config agree (the config drives machine translation)', severity: 'error' });
      continue;
    }
    guides[locale.code] = parsed.guide;
  }
  if (diagnostics.some((d) => d.severity === 'error')) throw new UserError(diagnostics);
  return guides;
}

/**
 * What each source text's placeholders stand for, from segmenting the project's articles as the
 * store does, so checks know a link placeholder from a code one.
 */
export function placeholderKinds(articles: Article[], sourceLocale: string, doNotTranslate: readonly string[]): Map<string, PlaceholderInfo[]> {
  const kinds = new Map<string, PlaceholderInfo[]>();
  for (const article of articles.filter(isTranslatable)) {
    for (const segment of sourceSegments(article, sourceLocale, doNotTranslate)) {
      kinds.set(segment.text, segment.placeholders.map(({ id, shape, kind }) => ({ id, shape, kind })));
    }
  }
  return kinds;
}

/**
 * The QA context of the project at `root`: glossary, tone guides, locale tags, placeholder kinds of
 * the source segments, and the Japanese analyser when the ja guide asks for plain-form endings.
 * Pass `articles` when the caller has loaded the project already.
 */
export async function loadQaContext(root: string, config: KbConfig, options: { articles?: Article[] } = {}): Promise<QaContext> {
  const glossary = await loadGlossary(root);
  const toneGuides = await loadToneGuides(root, config);
  const articles = options.articles ?? (await loadProject(root, config, { saveCache: false })).articles;
  const needsJapanese = Object.values(toneGuides).some((g) => g.plainFormEndings);
  return {
    sourceLocale: config.sourceLocale,
    tags: Object.fromEntries(config.locales.map((l) => [l.code, l.tag])),
    glossary,
    toneGuides,
    ...(needsJapanese ? { japanese: await loadJapaneseAnalyser() } : {}),
    placeholders: placeholderKinds(articles, config.sourceLocale, glossary.doNotTranslate),
  };
}
