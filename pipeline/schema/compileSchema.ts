import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats ships CommonJS; under Node's ESM loader its function sits on `default`.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

// One instance for every schema at the edges (frontmatter, store files); `verbose` keeps the
// failing schema on each error, which messages use to list the allowed keys.
const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
addFormats(ajv, ['date', 'date-time']);

/** Compile a JSON Schema once, with every problem reported and the formats our files use. */
export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}

/** The value at a path of plain data (`['segments', 3, 'state']`), or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const part of path) value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}
