import type { LocaleLeverage } from '../translate/leverage.ts';
import type { Finding } from './types.ts';

/** Errors and warnings of a list of findings. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

const where = (f: Finding) => `${f.file ?? f.unit}:${f.line ?? 1}:${f.column ?? 1}`;
/** A validation problem's unit is its file; a QA finding names its segment and locale. */
const subject = (f: Finding) => (f.unit === f.file ? '' : `${f.locale} ${f.unit}: `);

/** `file:line:col  [warning ]check  locale unit: message (hint)`, as every kb command prints problems. */
export function formatFindingText(f: Finding): string {
  return `${where(f)}  ${f.severity === 'warning' ? 'warning ' : ''}${f.check}  ${subject(f)}${f.message}${f.hint ? ` (${f.hint})` : ''}`;
}

/** The `--format json` document: described by pipeline/qa/findings.schema.json. */
export function findingsDocument(findings: readonly Finding[]): { findings: Finding[]; errors: number; warnings: number } {
  return { findings: [...findings], ...countFindings(findings) };
}

// GitHub workflow commands: data escapes %, CR, LF; properties also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…,col=…,title=…::message` annotation, shown on the pull request's diff line. */
export function formatFindingGithub(f: Finding): string {
  const properties = [f.file && `file=${escapeProperty(f.file)}`, f.line && `line=${f.line}`, f.column && `col=${f.column}`, `title=${escapeProperty(f.check)}`].filter(Boolean).join(',');
  return `::${f.severity} ${properties}::${escapeData(`${subject(f)}${f.message}${f.hint ? ` (${f.hint})` : ''}`)}`;
}

/** What the pull request changes for translators, per locale: work by TM band and what MT would bill. */
export interface LocaleWork {
  locale: string;
  leverage: LocaleLeverage;
  /** Characters DeepL would bill for the segments no TM match covers. */
  billableCharacters: number;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The pull-request summary: new and changed segments per locale with their TM leverage and the
 * characters machine translation would bill, then the QA findings (errors first, at most `limit`).
 */
export function formatMarkdownSummary(findings: readonly Finding[], work: readonly LocaleWork[], limit = 50): string {
  const { errors, warnings } = countFindings(findings);
  const lines = [`## kb check: ${errors === 0 ? '✅' : '❌'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`, ''];
  lines.push('### Translation work', '', '| locale | new + changed segments | words | context 101 % | exact 100 % | fuzzy ≥ 75 % | no match | MT billable characters |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const { locale, leverage, billableCharacters } of work) {
    const { bands } = leverage;
    const fuzzy = bands.fuzzy95.segments + bands.fuzzy85.segments + bands.fuzzy75.segments;
    const all = Object.values(bands);
    const segments = all.reduce((n, b) => n + b.segments, 0);
    const words = all.reduce((n, b) => n + b.words, 0);
    lines.push(`| ${locale} | ${segments} | ${words} | ${bands.context.segments} | ${bands.exact.segments} | ${fuzzy} | ${bands.new.segments} | ${billableCharacters} |`);
  }
  lines.push('');
  if (findings.length > 0) {
    const byCheck = new Map<string, { errors: number; warnings: number }>();
    for (const f of findings) {
      const counts = byCheck.get(f.check) ?? { errors: 0, warnings: 0 };
      counts[f.severity === 'error' ? 'errors' : 'warnings'] += 1;
      byCheck.set(f.check, counts);
    }
    lines.push('### Findings by check', '', '| check | errors | warnings |', '|---|---:|---:|');
    for (const [check, counts] of [...byCheck].sort((a, b) => b[1].errors - a[1].errors || a[0].localeCompare(b[0]))) lines.push(`| ${check} | ${counts.errors} | ${counts.warnings} |`);
    const shown = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)).slice(0, limit);
    lines.push('', '### Findings', '', '| | where | check | unit | message |', '|---|---|---|---|---|');
    for (const f of shown) lines.push(`| ${f.severity === 'error' ? '❌' : '⚠️'} | \`${cell(where(f))}\` | ${f.check} | ${cell(f.unit === f.file ? '' : `${f.locale} ${f.unit}`)} | ${cell(f.message + (f.hint ? ` (${f.hint})` : ''))} |`);
    if (findings.length > shown.length) lines.push('', `…and ${findings.length - shown.length} more (\`npx kb check\` lists all).`);
  } else {
    lines.push('No QA findings.');
  }
  return lines.join('\n') + '\n';
}
