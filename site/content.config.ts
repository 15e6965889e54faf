import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { originalKinds, shownStates, sourceGaps, textFields } from '../pipeline/assemble/pageStatus.ts';

/** YAML reads an unquoted 2026-10-14 as a Date; the site contract means a calendar day string either way. */
const isoDay = z.union([
  z.iso.date(),
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

/** Articles written by `kb assemble`: one copy per locale, `<locale>/<category>/<slug>.md(x)`. */
const articles = defineCollection({
  // retainBody: false — pages render the stored HTML and never read the raw Markdown; keeping it
  // would add every body to the data store module that each build loads (~40 % of it).
  loader: glob({ pattern: '**/*.{md,mdx}', base: './.kb/site-content', retainBody: false }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string(),
    type: z.enum(['faq', 'troubleshooting', 'guide', 'notice']),
    category: z.string().min(1),
    // YAML reads `tags: [429]` as a number; a tag is a label either way.
    tags: z.array(z.coerce.string()).default([]),
    updated: isoDay,
    audience: z.enum(['end-user', 'developer']),
    related: z.array(z.string()).default([]),
    locale: z.string().min(1),
    articleId: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
    status: z.discriminatedUnion('kind', [
      z.object({ kind: z.enum(originalKinds) }),
      z.object({ kind: z.literal('translation'), review: z.enum(shownStates), gaps: z.array(z.enum(sourceGaps)) }),
    ]),
    inSourceLanguage: z.array(z.enum(textFields)),
    sourceUpdated: isoDay,
  }),
});

export const collections = { articles };
