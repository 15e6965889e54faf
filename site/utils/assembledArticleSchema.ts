import { z } from 'astro/zod';
import { originalKinds, sourceGaps, textFields } from '../../pipeline/assemble/pageStatus.ts';
import { shownStates } from '../../pipeline/store/publishPolicy.ts';
import { articleTypes, audiences } from '../../pipeline/content/frontmatterSchema.ts';
import { articleIdPattern } from '../../pipeline/store/storePaths.ts';

/** YAML reads an unquoted 2026-10-14 as a Date; the site contract means a calendar day string either way. */
const isoDay = z.union([
  z.iso.date(),
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

/**
 * Frontmatter of an article copy as `kb assemble` writes it (`renderSiteArticle`). Types, audiences,
 * statuses and the id pattern come from the pipeline, so the site accepts exactly what it writes.
 */
export const assembledArticleSchema = z.object({
  title: z.string().min(1),
  description: z.string(),
  type: z.enum(articleTypes),
  category: z.string().min(1),
  // YAML reads `tags: [429]` as a number; a tag is a label either way.
  tags: z.array(z.coerce.string()).default([]),
  updated: isoDay,
  audience: z.enum(audiences),
  related: z.array(z.string()).default([]),
  locale: z.string().min(1),
  articleId: z.string().regex(articleIdPattern),
  status: z.discriminatedUnion('kind', [
    z.object({ kind: z.enum(originalKinds) }),
    z.object({ kind: z.literal('translation'), review: z.enum(shownStates), gaps: z.array(z.enum(sourceGaps)) }),
  ]),
  /** Title or description shown in the source language (no translation for it yet): marked with its `lang`. */
  inSourceLanguage: z.array(z.enum(textFields)),
  /** Body headings shown in the source language, by their text: their contents entries get its `lang` too. */
  headingsInSourceLanguage: z.array(z.string()),
  sourceUpdated: isoDay,
});
