import type { Command } from './command.ts';
import { indexCommand } from './indexSearch.ts';
import { align } from './align.ts';
import { assemble } from './assemble.ts';
import { status } from './status.ts';
import { tm } from './tm.ts';
import { translate } from './translate.ts';
import { validate } from './validate.ts';

/** Every `kb` subcommand by name. */
export const commands: Record<string, Command> = {
  validate,
  assemble,
  index: indexCommand,
  translate,
  status,
  align,
  tm,
};
