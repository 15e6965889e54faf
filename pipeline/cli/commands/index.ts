import type { Command } from './command.ts';
import { assemble } from './assemble.ts';
import { validate } from './validate.ts';

/** Every `kb` subcommand by name. */
export const commands: Record<string, Command> = {
  validate,
  assemble,
};
