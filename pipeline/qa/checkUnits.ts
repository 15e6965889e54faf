import { qaChecks } from './checks/index.ts';
import type { Finding, QaContext, QaUnit, Report, TargetUnit } from './types.ts';

/**
 * Run every check over the units: units in the source locale get the writers' checks, the others
 * the translation checks (units without a target only the untranslated one). Findings come back
 * in unit order, then check order.
 */
export function checkUnits(units: QaUnit[], context: QaContext): Finding[] {
  const order = new Map(units.map((u, i) => [u, i]));
  const findings: (Finding & { order: number; rank: number })[] = [];
  const sources = units.filter((u) => u.locale === context.sourceLocale);
  const targets = units.filter((u): u is TargetUnit => u.locale !== context.sourceLocale && u.target !== undefined);
  const untranslated = units.filter((u) => u.locale !== context.sourceLocale && u.target === undefined);
  qaChecks.forEach((check, rank) => {
    const report: Report = (unit, problem) => {
      findings.push({
        check: check.id,
        severity: problem.severity ?? check.severity,
        unit: unit.id,
        locale: unit.locale,
        message: problem.message,
        ...(problem.hint ? { hint: problem.hint } : {}),
        ...(unit.article ? { article: unit.article } : {}),
        ...(unit.file ? { file: unit.file } : {}),
        ...(unit.line ? { line: unit.line } : {}),
        ...(unit.column ? { column: unit.column } : {}),
        order: order.get(unit) ?? 0,
        rank,
      });
    };
    if (check.source) for (const unit of sources) check.source(unit, context, report);
    if (check.untranslated) for (const unit of untranslated) check.untranslated(unit, context, report);
    // A blank target has one problem, being blank; the other checks would only repeat it.
    const filled = check.id === 'empty' ? targets : targets.filter((u) => u.target.trim());
    if (check.target) for (const unit of filled) check.target(unit, context, report);
    if (check.targets) check.targets(filled, context, report);
  });
  return findings.sort((a, b) => a.order - b.order || a.rank - b.rank).map(({ order: _order, rank: _rank, ...finding }) => finding);
}
