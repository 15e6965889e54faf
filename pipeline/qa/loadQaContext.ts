import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import type { Article } from '../content/parseArticle.ts';
import type { Project } from '../content/loadProject.ts';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { loadGlossary } from '../glossary/loadGlossary.ts';
import type { PlaceholderInfo } from '../segment/splitSentences.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { isTranslatable, segmentSource } from '../store/sourceSegments.ts';
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
async function loadToneGuides(root: string, config: KbConfig): Promise<Record<string, ToneGuide>> {
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

/** A translatable article segmented as it reads now: its store entries are pinned to these segments. */
export interface SourceArticle {
  article: Article;
  segmented: SegmentedArticle;
}

/** The project's translatable articles, each segmented with the glossary's do-not-translate terms as the store is. */
export function sourceArticles(project: Project, doNotTranslate: readonly string[]): SourceArticle[] {
  return project.articles.filter(isTranslatable).map((article) => ({ article, segmented: segmentSource(article, project.config.sourceLocale, doNotTranslate) }));
}

/** What each source text's placeholders stand for, so checks know a link placeholder from a code one. */
function placeholderKinds(sources: readonly SourceArticle[]): Map<string, PlaceholderInfo[]> {
  const kinds = new Map<string, PlaceholderInfo[]>();
  for (const { segmented } of sources) {
    for (const segment of segmented.segments) kinds.set(segment.text, segment.placeholders.map(({ id, shape, kind }) => ({ id, shape, kind })));
  }
  return kinds;
}

/** A loaded project ready for QA: the checks' context and the translatable articles' segments. */
export interface QaProject {
  context: QaContext;
  sources: SourceArticle[];
}

/**
 * The QA context of a loaded project: glossary, tone guides, locale tags, placeholder kinds of the
 * source segments, and the Japanese analyser when the ja guide asks for plain-form endings. Each
 * translatable article is segmented once, and its segments come back for the caller's own use
 * (store reconciliation, the writers' checks, an export).
 */
export async function loadQaProject(project: Project): Promise<QaProject> {
  const { root, config } = project;
  const glossary = await loadGlossary(root);
  const toneGuides = await loadToneGuides(root, config);
  const sources = sourceArticles(project, glossary.doNotTranslate);
  const needsJapanese = Object.values(toneGuides).some((g) => g.plainFormEndings);
  const context: QaContext = {
    sourceLocale: config.sourceLocale,
    tags: Object.fromEntries(config.locales.map((l) => [l.code, l.tag])),
    glossary,
    toneGuides,
    ...(needsJapanese ? { japanese: await loadJapaneseAnalyser() } : {}),
    placeholders: placeholderKinds(sources),
  };
  return { context, sources };
}

