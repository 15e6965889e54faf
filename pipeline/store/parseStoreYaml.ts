import type { ErrorObject, ValidateFunction } from 'ajv';
import jsYaml from 'js-yaml';
import { valueAt } from '../schema/compileSchema.ts';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { storeFieldHints } from './storeSchema.ts';

/** A YAML store file checked against its schema: plain data, or the problems with their positions. */
export interface SchemaParse {
  data?: unknown;
  diagnostics: Diagnostic[];
  /** `line:col` of the value at a path (`['segments', 3, 'state']`), falling back to its parent. */
  positionOf(path: (string | number)[], atKey?: boolean): { line: number; column: number };
}

/** Fields whose values are numbers or booleans in the data; every other scalar is text. */
const typedFields = new Set(['score', 'outdated', 'numbersRepaired']);

/**
 * Parse YAML and validate it; a problem never throws. `listKey` names the top-level list whose
 * items are entries: there a bare `2024` or `true` a translator typed as a target stays text.
 */
export function parseStoreYaml(file: string, text: string, validate: ValidateFunction, listKey: string): SchemaParse {
  // Fast path for the common case, a file kb wrote; positions are only worked out when asked for.
  const quick = quickData(text, listKey);
  if (quick !== undefined && validate(quick)) {
    let slow: SchemaParse | undefined;
    return { data: quick, diagnostics: [], positionOf: (path, atKey) => (slow ??= parseWithPositions(file, text, validate, listKey)).positionOf(path, atKey) };
  }
  return parseWithPositions(file, text, validate, listKey);
}

/**
 * js-yaml reads a store file about 15× faster than the positioned parser. Its data is used only
 * when it means exactly what the positioned parse would: a mapping whose entry fields are text
 * (a bare `2024` typed as a target goes the slow way, which keeps it as written).
 */
function quickData(text: string, listKey: string): unknown {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const items = (data as Record<string, unknown> | null)?.[listKey];
  if (!Array.isArray(items)) return undefined;
  for (const item of items) {
    if (typeof item !== 'object' || item === null) return undefined;
    for (const [key, value] of Object.entries(item)) {
      if (key === 'history') {
        if (!Array.isArray(value) || !value.every((step) => typeof step === 'object' && step !== null && Object.values(step).every((v) => typeof v === 'string'))) return undefined;
      } else if (!typedFields.has(key) && typeof value !== 'string') return undefined;
    }
  }
  return data;
}

function parseWithPositions(file: string, text: string, validate: ValidateFunction, listKey: string): SchemaParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const positionOf = (path: (string | number)[], atKey = false) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth), atKey && depth === path.length);
      if (node?.range) return at(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      diagnostics.push({ file, ...at(e.pos[0]), rule: 'store/yaml', message: e.message.split('\n')[0] ?? 'invalid YAML', hint: 'check indentation, colons and quotes; a value starting with { or : needs quotes', severity: 'error' });
    }
    return { diagnostics, positionOf };
  }
  const data = plainData(doc, listKey);
  if (validate(data)) return { data, diagnostics, positionOf };
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const problem = describe(e, data);
    const id = `${problem.path.join('/')} ${problem.rule}`;
    if (seen.has(id)) continue;
    seen.add(id);
    diagnostics.push({ file, ...positionOf(problem.path, problem.atKey), rule: problem.rule, message: problem.message, hint: problem.hint, severity: 'error' });
  }
  return { diagnostics, positionOf };
}

interface Problem {
  path: (string | number)[];
  atKey: boolean;
  rule: string;
  message: string;
  hint: string;
}

function describe(e: ErrorObject, data: unknown): Problem {
  const path = e.instancePath.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const field = String(path.findLast((p) => typeof p === 'string') ?? '');
  const value = valueAt(data, path);
  const where = entryLabel(data, path);
  const hint = storeFieldHints[field] ?? 'see the file format in pipeline/store/storeTypes.ts';
  if (path.length === 0 && e.keyword === 'type') {
    return { path, atKey: false, rule: 'store/invalid-file', message: 'the file is not a YAML mapping', hint: 'a store file starts with article:, locale: and segments:; memory.yaml with locale: and units:' };
  }
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return { path, atKey: false, rule: 'store/required', message: `${where}"${missing}" is required`, hint: storeFieldHints[missing] ?? hint };
    }
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      return { path: [...path, extra], atKey: true, rule: 'store/unknown-key', message: `${where}unknown key "${extra}"`, hint: `allowed keys: ${Object.keys(schemaProperties(e)).join(', ')}` };
    }
    case 'type':
      if (value === null) return { path, atKey: false, rule: invalidRule(field), message: `${where}${field} is empty`, hint };
      return { path, atKey: false, rule: invalidRule(field), message: `${where}${field} must be ${String((e.params as { type: string }).type)}, got ${Array.isArray(value) ? 'a list' : typeof value}`, hint };
    default:
      return { path, atKey: false, rule: invalidRule(field), message: `${where}${field} ${JSON.stringify(value)} is not allowed`, hint };
  }
}

/** `store/invalid-current-source`: rule ids are kebab case like every other rule. */
export function invalidRule(field: string): string {
  return `store/invalid-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** `segment b3.s0: ` when the path is inside a keyed entry, so a message names the entry. */
function entryLabel(data: unknown, path: (string | number)[]): string {
  const index = path[1];
  if (path.length < 2 || typeof index !== 'number') return '';
  const key = valueAt(data, [path[0] ?? '', index, 'key']);
  const kind = path[0] === 'units' ? 'unit' : 'segment';
  return typeof key === 'string' ? `${kind} ${key}: ` : `${kind} ${index + 1}: `;
}

function schemaProperties(e: ErrorObject): Record<string, unknown> {
  return ((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
}

function nodeAt(doc: Document, path: (string | number)[], atKey: boolean): YamlNode | undefined {
  if (!atKey) return (path.length === 0 ? doc.contents : doc.getIn(path, true)) as YamlNode | undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** The document as plain data, with entry scalars that YAML typed as numbers or booleans kept as written. */
function plainData(doc: Document, listKey: string): unknown {
  const data = doc.toJS() as unknown;
  const list = doc.get(listKey, true);
  const items = (data as Record<string, unknown> | null)?.[listKey];
  if (!isSeq(list) || !Array.isArray(items)) return data;
  list.items.forEach((item, index) => {
    const entry = items[index] as Record<string, unknown> | undefined;
    if (!isMap(item) || !entry) return;
    for (const pair of item.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typedFields.has(String(pair.key.value))) continue;
      const value = pair.value.value;
      if (typeof value === 'number' || typeof value === 'boolean') entry[String(pair.key.value)] = pair.value.source ?? String(value);
    }
  });
  return data;
}
