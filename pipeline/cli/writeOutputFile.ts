import { relative, resolve } from 'node:path';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../fs/writeFileAtomic.ts';

/**
 * Write a command's `--out` file (relative to the project root), atomically. A folder, a missing
 * permission or a read-only disk is a one-line user error, not a stack trace. Returns the path to print.
 */
export async function writeOutputFile(root: string, out: string, text: string): Promise<string> {
  const path = resolve(root, out);
  await writeFileAtomic(path, text).catch((error: NodeJS.ErrnoException) => {
    throw new UserError([fileDiagnostic(out, 'output/unwritable', `cannot write it (${error.code ?? error.message})`, 'pass a file path in a folder you may write to')]);
  });
  return relative(root, path) || path;
}
