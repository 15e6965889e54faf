/** One `kb` subcommand: flags in, library call, printed result, exit code out. */
export interface Command {
  help: string;
  run(args: string[]): Promise<number>;
}

/** A command in the table: what `kb --help` lists, and the command itself, imported on first use. */
export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}
