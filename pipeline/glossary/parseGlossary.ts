import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { compileSchema, valueAt } from '../schema/compileSchema.ts';
import { glossaryHints, glossarySchema } from './glossarySchema.ts';
import type { Glossary, GlossaryTerm, TermStatus, TermTranslation } from './types.ts';

const validate = compileSchema(glossarySchema);

type Path = (string | number)[];

interface RawTranslation {
  term: string;
  status?: TermStatus;
  note?: string;
}
interface RawTerm {
  term: string;
  pos: string;
  status?: TermStatus;
  useInstead?: string;
  note?: string;
  caseSensitive?: boolean;
  translations?: Record<string, (string | RawTranslation)[]>;
}

/** Parse and validate a glossary file: the glossary, or every problem with its `line:col`. */
export function parseGlossary(file: string, text: string): { glossary?: Glossary; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (offset: number, rule: string, message: string, hint?: string): Diagnostic => ({ file, ...at(offset), rule, message, hint, severity: 'error' });
  if (doc.errors.length > 0) {
    return { diagnostics: doc.errors.map((e) => problem(e.pos[0], 'glossary/yaml', e.message.split('\n')[0] ?? 'invalid YAML', 'check indentation, colons and quotes')) };
  }
  const data = (doc.toJS() as unknown) ?? {};
  const offsetOf = (path: Path, atKey = false) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth), atKey && depth === path.length);
      if (node?.range) return node.range[0];
    }
    return 0;
  };
  if (!validate(data)) {
    const diagnostics = relevantErrors(validate.errors ?? [], data).map((e) => {
      const d = describe(e, data);
      return problem(offsetOf(d.path, d.atKey), d.rule, d.message, d.hint);
    });
    return { diagnostics: sortDiagnostics(dedupe(diagnostics)) };
  }
  const raw = data as { doNotTranslate?: string[]; terms?: RawTerm[] };
  const terms = (raw.terms ?? []).map((term, index) => toTerm(term, at(offsetOf(['terms', index])).line));
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  terms.forEach((term, index) => {
    const key = term.caseSensitive ? term.source : term.source.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) diagnostics.push(problem(offsetOf(['terms', index, 'term']), 'glossary/duplicate-term', `"${term.source}" is already defined on line ${terms[first]?.line}`, 'merge the two entries'));
    else seen.set(key, index);
  });
  if (diagnostics.length > 0) return { diagnostics };
  return { glossary: { doNotTranslate: raw.doNotTranslate ?? [], terms }, diagnostics };
}

function toTerm(raw: RawTerm, line: number): GlossaryTerm {
  const translations: Record<string, TermTranslation[]> = {};
  for (const [locale, list] of Object.entries(raw.translations ?? {})) {
    translations[locale] = list.map((t) => (typeof t === 'string' ? { term: t, status: 'preferred' } : { term: t.term, status: t.status ?? 'preferred', ...(t.note ? { note: t.note } : {}) }));
  }
  return {
    source: raw.term,
    pos: raw.pos,
    status: raw.status ?? 'preferred',
    ...(raw.useInstead ? { useInstead: raw.useInstead } : {}),
    ...(raw.note ? { note: raw.note } : {}),
    caseSensitive: raw.caseSensitive ?? false,
    translations,
    line,
  };
}

/**
 * A translation may be a string or a mapping, so a bad one fails both branches of `anyOf`. When the
 * value is a mapping, its own field errors say what is wrong; otherwise one "not a term" error does.
 */
function relevantErrors(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors.filter((e) => {
    if (!anyOfPaths.has(e.instancePath)) return true;
    const value = valueAt(data, pathOf(e));
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (e.keyword === 'anyOf') return !isObject;
    return isObject && e.keyword !== 'type';
  });
}

function pathOf(e: ErrorObject): Path {
  return e.instancePath.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describe(e: ErrorObject, data: unknown): { path: Path; atKey: boolean; rule: string; message: string; hint?: string } {
  const path = pathOf(e);
  const field = String(path.findLast((p) => typeof p === 'string') ?? '');
  const inTranslations = path[2] === 'translations' && path.length > 3;
  const hintField = inTranslations ? 'translations' : field;
  const termIndex = path[0] === 'terms' && typeof path[1] === 'number' ? path[1] : undefined;
  const termName = termIndex === undefined ? undefined : valueAt(data, ['terms', termIndex, 'term']);
  const where = typeof termName === 'string' ? `term "${termName}": ` : termIndex !== undefined ? `term ${termIndex + 1}: ` : '';
  const value = valueAt(data, path);
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return { path, atKey: false, rule: 'glossary/required', message: `${where}"${missing}" is required`, hint: glossaryHints[missing] };
    }
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { path: [...path, extra], atKey: true, rule: 'glossary/unknown-key', message: `${where}unknown key "${extra}"`, hint: `allowed keys: ${allowed.join(', ')}` };
    }
    case 'propertyNames':
    case 'pattern': {
      const name = String(e.propertyName ?? (e.params as { propertyName?: string }).propertyName ?? value);
      return { path: [...path, name], atKey: true, rule: 'glossary/invalid-locale', message: `${where}"${name}" is not a locale code`, hint: 'use the locale codes of kb.config.ts: de, fr, es, pt-br, ja, zh-cn, ar' };
    }
    case 'anyOf':
      return { path, atKey: false, rule: 'glossary/invalid-translation', message: `${where}translation ${JSON.stringify(value)} is not a term`, hint: 'write a term, or { term: …, status: admitted }' };
    case 'enum':
      return { path, atKey: false, rule: `glossary/invalid-${kebab(field)}`, message: `${where}${field} ${JSON.stringify(value)} is not allowed`, hint: glossaryHints[field] };
    case 'minItems':
      return { path, atKey: false, rule: 'glossary/invalid-translations', message: `${where}${field} has no translation`, hint: glossaryHints.translations };
    default: {
      const rule = path.length === 0 ? 'glossary/invalid-file' : `glossary/invalid-${kebab(inTranslations ? 'translation' : field)}`;
      const message = path.length === 0 ? 'the glossary is not a YAML mapping' : value === null ? `${where}${field} is empty` : `${where}${field} ${e.message ?? 'is invalid'}`;
      return { path, atKey: false, rule, message, hint: path.length === 0 ? 'it holds doNotTranslate: and terms:' : glossaryHints[hintField] };
    }
  }
}

function kebab(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const id = `${d.line}:${d.column} ${d.rule}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function nodeAt(doc: Document, path: Path, atKey: boolean): YamlNode | undefined {
  if (!atKey) return (path.length === 0 ? doc.contents : doc.getIn(path, true)) as YamlNode | undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}
