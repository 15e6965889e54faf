import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { commands } from './commands/index.ts';

const usage = `kb — Polyglot KB pipeline

Usage: kb <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

Run kb <command> --help for its options.`;

/** Parse the command name, run it, and turn user errors into diagnostics and an exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage);
    return name ? 0 : 1;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    console.error(`kb: unknown command "${name}"\n\n${usage}`);
    return 1;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`kb ${name} — ${entry.summary}\n\n${command.help}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UserError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      return 1;
    }
    if (error instanceof Error && error.name === 'ArgumentError') {
      console.error(`kb ${name}: ${error.message}\n\n${command.help}`);
      return 1;
    }
    throw error;
  }
}
