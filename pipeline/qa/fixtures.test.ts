import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Placeholder } from '../segment/types.ts';
import { qaContextOf } from '../../test/helpers/qaContext.ts';
import { repoRoot } from '../../test/helpers/tempProject.ts';
import { placeholdersOf } from './checks/text.ts';
import { checkUnits, qaChecks, type Finding, type QaContext, type QaUnit } from './index.ts';

/**
 * remark-gfm style: fixtures/<case>/input.yaml holds units (with `kinds` for placeholders that
 * stand for links; `together: true` to check them as one set, as consistency checks need), and
 * output.json every finding the checks give them, with the project's glossary
 * and tone guides. `UPDATE_FIXTURES=1 npx vitest run pipeline/qa/fixtures.test.ts` rewrites the
 * outputs; review the diff.
 */
const folder = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(folder).sort();
type FixtureUnit = QaUnit & { kinds?: Record<string, Placeholder['kind']> };
type Expected = Pick<Finding, 'unit' | 'locale' | 'check' | 'severity' | 'message'>;

let context: QaContext;
beforeAll(async () => {
  context = await qaContextOf(repoRoot);
});

function run(units: FixtureUnit[]): Expected[] {
  const placeholders = new Map(context.placeholders);
  for (const unit of units) {
    if (!unit.kinds) continue;
    const inferred = placeholdersOf(unit.source, { ...context, placeholders: new Map() });
    placeholders.set(unit.source, inferred.map((p) => ({ ...p, kind: unit.kinds?.[String(p.id)] ?? p.kind })));
  }
  const plain = units.map(({ kinds: _kinds, ...unit }) => unit);
  return checkUnits(plain, { ...context, placeholders }).map(({ unit, locale, check, severity, message }) => ({ unit, locale, check, severity, message }));
}

describe('QA fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const { units, together } = parse(readFileSync(join(folder, name, 'input.yaml'), 'utf8')) as { units: FixtureUnit[]; together?: boolean };
      // Each unit is checked on its own, unless the case is about units together (inconsistent).
      const actual = together ? run(units) : units.flatMap((unit) => run([unit]));
      const outputFile = join(folder, name, 'output.json');
      if (process.env.UPDATE_FIXTURES || !existsSync(outputFile)) writeFileSync(outputFile, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(outputFile, 'utf8')));
    });
  }

  it('has, for every check, a case with units it flags and units it passes, in several locales', () => {
    for (const check of qaChecks) {
      expect(cases, `fixtures/${check.id}/`).toContain(check.id);
      const { units } = parse(readFileSync(join(folder, check.id, 'input.yaml'), 'utf8')) as { units: FixtureUnit[] };
      const expected = JSON.parse(readFileSync(join(folder, check.id, 'output.json'), 'utf8')) as Expected[];
      const flagged = new Set(expected.filter((f) => f.check === check.id).map((f) => f.unit));
      const positive = units.filter((u) => flagged.has(u.id));
      const negative = units.filter((u) => !expected.some((f) => f.unit === u.id));
      const locales = (list: QaUnit[]) => new Set(list.map((u) => u.locale)).size;
      // Source-side checks read English only; every other check is shown in two locales or more.
      const wanted = check.source ? 1 : 2;
      expect(locales(positive), `${check.id}: locales flagged`).toBeGreaterThanOrEqual(wanted);
      expect(locales(negative), `${check.id}: locales passed`).toBeGreaterThanOrEqual(wanted);
    }
  });
});
