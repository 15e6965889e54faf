/** One `kb` subcommand: flags in, library call, printed result, exit code out. */
export interface Command {
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}
