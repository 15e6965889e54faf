import type { QaCheck } from '../types.ts';
import { proseOf } from './text.ts';

/** Markdown a translator may type by habit; in a segment it would render literally or as new markup. */
const SYNTAX = /\*\*[^*]+\*\*|__[^_]+__|~~[^~]+~~|\[[^\]]+\]\([^)]*\)|!\[[^\]]*\]|^#{1,6}\s/gu;

/** Inline Markdown the source does not have: formatting travels as placeholders, never as syntax. */
export const markdownSyntax: QaCheck = {
  id: 'markdown',
  severity: 'error',
  description: 'the target introduces Markdown syntax (**bold**, [link](url)) its source lacks',
  target(unit, _context, report) {
    const inSource = new Set(proseOf(unit.source).match(SYNTAX) ?? []);
    for (const syntax of proseOf(unit.target).match(SYNTAX) ?? []) {
      if (!inSource.has(syntax)) report(unit, { message: `the translation has Markdown "${syntax}" the source does not have`, hint: 'keep formatting as the source\'s placeholders ({1}…{/1}); remove the Markdown' });
    }
  },
};
