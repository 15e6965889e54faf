import type { AxeBuilder } from '@axe-core/playwright';

/** One axe rule violation (axe-core's `Result`, reached through the package the tests depend on). */
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Impacts that fail the accessibility tests. */
export const blockingImpacts: readonly string[] = ['serious', 'critical'];

/** The serious and critical axe violations of a page. */
export function blockingViolations(violations: readonly Result[]): Result[] {
  return violations.filter((violation) => blockingImpacts.includes(violation.impact ?? ''));
}

/**
 * axe violations as a person reads them: the rule, its impact and help link, then each offending
 * element's selector, HTML and axe's summary of what to fix.
 */
export function formatViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\n\s*/g, ' ');
        return `    ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${summary}`;
      });
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
