import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assembledArticleSchema } from './utils/assembledArticleSchema.ts';

/** Articles written by `kb assemble`: one copy per locale, `<locale>/<category>/<slug>.md(x)`. */
const articles = defineCollection({
  // retainBody: false — pages render the stored HTML and never read the raw Markdown; keeping it
  // would add every body to the data store module that each build loads (~40 % of it).
  loader: glob({ pattern: '**/*.{md,mdx}', base: './.kb/site-content', retainBody: false }),
  schema: assembledArticleSchema,
});

export const collections = { articles };
