import type { CommandEntry } from './command.ts';

/**
 * Every `kb` subcommand by name: its one-line summary (for `kb --help`) and how to load it. A
 * command's module is imported only when it runs, so `kb bot` does not load (and type-strip) the
 * modules of the other twelve commands.
 */
export const commands: Record<string, CommandEntry> = {
  validate: {
    summary: 'check every article: frontmatter, links, Markdown',
    load: async () => (await import('./validate.ts')).validate,
  },
  check: {
    summary: 'validation, links and QA checks of the source and its translations (store or XLIFF)',
    load: async () => (await import('./check.ts')).check,
  },
  assemble: {
    summary: 'write every locale\'s articles for the site (translated, or the source as fallback)',
    load: async () => (await import('./assemble.ts')).assemble,
  },
  index: {
    summary: 'build the search indexes (Pagefind, one per language) of the built site',
    load: async () => (await import('./indexSearch.ts')).indexCommand,
  },
  bot: {
    summary: 'write the bot chunk feed, llms.txt and Markdown twins of the assembled articles into the built site',
    load: async () => (await import('./bot.ts')).bot,
  },
  ask: {
    summary: 'find the help articles that answer a question, from the bot feed (any locale, cross-lingual)',
    load: async () => (await import('./ask.ts')).ask,
  },
  translate: {
    summary: 'update the translation store: reuse the memory, machine-translate the rest',
    load: async () => (await import('./translate.ts')).translate,
  },
  status: {
    summary: 'show per locale what is translated, outdated, missing or waiting for review',
    load: async () => (await import('./status.ts')).status,
  },
  review: {
    summary: 'open the review web app on 127.0.0.1: approve, edit or reject translations',
    load: async () => (await import('./review.ts')).review,
  },
  align: {
    summary: 'seed the store from existing translated articles (a help-center export)',
    load: async () => (await import('./align.ts')).align,
  },
  tm: {
    summary: 'exchange translation memory as TMX 1.4b (import FILE | export --locale L --out FILE)',
    load: async () => (await import('./tm.ts')).tm,
  },
  xliff: {
    summary: 'exchange translations with CAT tools as XLIFF 2.1 or 1.2 (export --locale L --out FILE | import FILE)',
    load: async () => (await import('./xliff.ts')).xliff,
  },
  glossary: {
    summary: 'exchange the term base as TBX-Basic or CSV (import FILE | export --format tbx|csv)',
    load: async () => (await import('./glossary.ts')).glossary,
  },
};
