import type { ErrorObject } from 'ajv';
import { compileSchema, valueAt as valueAtPath } from '../schema/compileSchema.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { descriptionMaxLength, frontmatterHints, frontmatterSchema, translationFrontmatterSchema } from './frontmatterSchema.ts';

export interface FrontmatterProblem {
  /** JSON pointer of the offending value: `/description`, `/tags/2`. */
  path: string;
  rule: string;
  message: string;
  hint: string;
  severity: Diagnostic['severity'];
}

/**
 * `source`: a writer's article, where every rule is an error. `translation`: a translated article,
 * where length limits (German runs long) and keys kb does not use are warnings a reviewer sees,
 * never a reason to refuse the translation; a missing title or a malformed value is still an error.
 */
export type FrontmatterRules = 'source' | 'translation';

const validators = { source: compileSchema(frontmatterSchema), translation: compileSchema(translationFrontmatterSchema) };
const lenientForTranslations = new Set(['maxLength', 'additionalProperties']);

/** Check frontmatter data against the JSON Schema; one problem per failing value, worded for writers. */
export function validateFrontmatter(data: unknown, rules: FrontmatterRules = 'source'): FrontmatterProblem[] {
  const validate = validators[rules];
  if (validate(data)) return [];
  // A list or a bare value is not frontmatter at all; the per-field errors would only confuse.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const shape = Array.isArray(data) ? 'a list' : data === null ? 'empty' : `a ${typeof data}`;
    return [{ path: '', rule: 'frontmatter/not-a-mapping', message: `frontmatter is ${shape}, not a mapping of fields`, hint: 'write one "key: value" per line (title: …, description: …), without "- " in front', severity: 'error' }];
  }
  return (validate.errors ?? []).map((e) => {
    const severity = rules === 'translation' && lenientForTranslations.has(e.keyword) ? 'warning' : 'error';
    return { ...describe(e, data), severity };
  });
}

function describe(e: ErrorObject, data: unknown): Omit<FrontmatterProblem, 'severity'> {
  const field = fieldOf(e);
  const hint = frontmatterHints[field] ?? 'see the frontmatter section of the README';
  const path = e.keyword === 'required' ? '' : e.instancePath;
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return { path, rule: 'frontmatter/required', message: `"${missing}" is required`, hint: frontmatterHints[missing] ?? hint };
    }
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      return { path: `/${extra}`, rule: 'frontmatter/unknown-key', message: `unknown key "${extra}"`, hint: `allowed keys: ${Object.keys(frontmatterSchema.properties).join(', ')}` };
    }
    case 'maxLength': {
      const value = valueAt(data, e.instancePath);
      const length = typeof value === 'string' ? value.length : 0;
      const max = (e.params as { limit: number }).limit;
      const rule = field === 'description' ? 'frontmatter/description-too-long' : `frontmatter/${field}-too-long`;
      return { path, rule, message: `${field} has ${length} characters (max ${max})`, hint: field === 'description' ? `shorten it to ${descriptionMaxLength} characters or move detail into the body` : hint };
    }
    case 'enum':
      return { path, rule: `frontmatter/invalid-${field}`, message: `${field} "${String(valueAt(data, e.instancePath))}" is not allowed`, hint };
    case 'format':
      return { path, rule: `frontmatter/invalid-${field}`, message: `${field} "${String(valueAt(data, e.instancePath))}" is not a valid ${String((e.params as { format: string }).format)}`, hint };
    case 'uniqueItems':
      return { path, rule: `frontmatter/duplicate-${field}`, message: `${field} lists the same item twice`, hint: 'remove the duplicate' };
    default:
      return { path, rule: `frontmatter/invalid-${field}`, message: `${field} ${e.message ?? 'is invalid'}`, hint };
  }
}

function fieldOf(e: ErrorObject): string {
  return e.instancePath.split('/')[1] ?? '';
}

function valueAt(data: unknown, pointer: string): unknown {
  return valueAtPath(data, pointer.split('/').filter(Boolean));
}
