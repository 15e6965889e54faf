import type { Command } from './command.ts';
import { indexCommand } from './indexSearch.ts';
import { align } from './align.ts';
import { ask } from './ask.ts';
import { assemble } from './assemble.ts';
import { bot } from './bot.ts';
import { check } from './check.ts';
import { glossary } from './glossary.ts';
import { review } from './review.ts';
import { status } from './status.ts';
import { tm } from './tm.ts';
import { translate } from './translate.ts';
import { validate } from './validate.ts';
import { xliff } from './xliff.ts';

/** Every `kb` subcommand by name. */
export const commands: Record<string, Command> = {
  validate,
  check,
  assemble,
  index: indexCommand,
  bot,
  ask,
  translate,
  status,
  review,
  align,
  tm,
  xliff,
  glossary,
};
