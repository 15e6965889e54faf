import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs with errors a user can read instead of a stack trace. */
export function parseFlags<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { root: { type: 'string' }, ...options }, allowPositionals, strict: true });
  } catch (error) {
    const argumentError = new Error((error as Error).message);
    argumentError.name = 'ArgumentError';
    throw argumentError;
  }
}

/** An error about the command line itself (bad or missing flag), printed with the command's help. */
export function argumentError(message: string): Error {
  const error = new Error(message);
  error.name = 'ArgumentError';
  return error;
}
