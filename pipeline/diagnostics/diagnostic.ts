/** A problem a person can act on: where, which rule, what is wrong, how to fix it. */
export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  rule: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** `file:line:col  rule  message (hint)` — the one format every command prints. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const hint = d.hint ? ` (${d.hint})` : '';
  const level = d.severity === 'warning' ? 'warning ' : '';
  return `${where}  ${level}${d.rule}  ${d.message}${hint}`;
}

/** Stable order: by file, then position, then rule — so output diffs cleanly between runs. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** Thrown for a user's mistake; the CLI prints the diagnostics and exits 1 without a stack trace. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = diagnostics;
  }
}

/** A diagnostic about a whole file or a command-line input, where no line applies. */
export function fileDiagnostic(file: string, rule: string, message: string, hint?: string): Diagnostic {
  return { file, line: 1, column: 1, rule, message, hint, severity: 'error' };
}
