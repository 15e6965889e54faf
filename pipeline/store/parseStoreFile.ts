import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import { compileSchema } from '../schema/compileSchema.ts';
import { invalidRule, parseStoreYaml, type SchemaParse } from './parseStoreYaml.ts';
import { memoryFileSchema, storeFileSchema } from './storeSchema.ts';
import type { MemoryFile, StoreEntry, StoreFile } from './storeTypes.ts';

/** A parsed file, or every problem found in it (then `value` is absent). */
export interface ParsedStoreFile<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

const validateStoreFile = compileSchema(storeFileSchema);
const validateMemoryFile = compileSchema(memoryFileSchema);

/** Parse and check `content/translations/<locale>/<category>/<slug>.yaml`; problems come back, never thrown. */
export function parseStoreFile(file: string, text: string, expected: { locale: string; article: string }): ParsedStoreFile<StoreFile> {
  const parsed = parseStoreYaml(file, text, validateStoreFile, 'segments');
  if (!parsed.data) return { diagnostics: parsed.diagnostics };
  const data = parsed.data as StoreFile;
  const problems = new Problems(file, parsed);
  problems.mismatch('article', data.article, expected.article, 'the file path');
  problems.mismatch('locale', data.locale, expected.locale, 'the locale folder');
  const keys = new Map<string, number>();
  data.segments.forEach((entry, index) => {
    const at = ['segments', index];
    const first = keys.get(entry.key);
    if (first !== undefined) {
      problems.add([...at, 'key'], 'store/duplicate-key', `segment ${entry.key} appears twice (also segment ${first + 1})`, 'keep one entry per segment key; kb status shows which translation is current');
    }
    keys.set(entry.key, index);
    problems.hash(at, `segment ${entry.key}`, entry);
    checkTarget(problems, at, entry);
    if (entry.outdated && entry.currentSource === undefined) {
      problems.add([...at, 'outdated'], invalidRule('outdated'), `segment ${entry.key}: outdated: true without currentSource`, 'kb writes both; run kb again to refresh the entry, or remove outdated');
    }
    if (!entry.outdated && entry.currentSource !== undefined) {
      problems.add([...at, 'currentSource'], invalidRule('currentSource'), `segment ${entry.key}: currentSource is only kept with outdated: true`, 'remove currentSource, or run kb again to refresh the entry');
    }
  });
  return problems.result({ article: data.article, locale: data.locale, segments: data.segments });
}

/** Parse and check `content/translations/<locale>/memory.yaml`; problems come back, never thrown. */
export function parseMemoryFile(file: string, text: string, expected: { locale: string }): ParsedStoreFile<MemoryFile> {
  const parsed = parseStoreYaml(file, text, validateMemoryFile, 'units');
  if (!parsed.data) return { diagnostics: parsed.diagnostics };
  const data = parsed.data as MemoryFile;
  const problems = new Problems(file, parsed);
  problems.mismatch('locale', data.locale, expected.locale, 'the locale folder');
  data.units.forEach((unit, index) => problems.hash(['units', index], `unit ${index + 1}`, unit));
  return problems.result({ locale: data.locale, units: data.units });
}

function checkTarget(problems: Problems, at: (string | number)[], entry: StoreEntry): void {
  if (entry.state !== 'new' && entry.target === undefined) {
    problems.add([...at, 'state'], 'store/missing-target', `segment ${entry.key}: state ${entry.state} needs a target`, 'add the target, or set state: new');
  }
}

/** Cross-field problems of one file, positioned like schema problems. */
class Problems {
  readonly list: Diagnostic[] = [];
  private readonly file: string;
  private readonly parsed: SchemaParse;

  constructor(file: string, parsed: SchemaParse) {
    this.file = file;
    this.parsed = parsed;
  }

  add(path: (string | number)[], rule: string, message: string, hint: string): void {
    this.list.push({ file: this.file, ...this.parsed.positionOf(path), rule, message, hint, severity: 'error' });
  }

  mismatch(field: string, actual: string, expected: string, place: string): void {
    if (actual !== expected) this.add([field], `store/${field}-mismatch`, `${field} "${actual}" does not match ${place} ("${expected}")`, `set ${field}: ${expected}, or move the file`);
  }

  /** A hand-edited source would pin the target to text it was not made from. */
  hash(at: (string | number)[], label: string, entry: { hash: string; source: string }): void {
    if (segmentHash(entry.source) === entry.hash) return;
    this.add([...at, 'source'], 'store/hash-mismatch', `${label}: source does not match its hash, so it is not the text the target was made from`, 'restore source as kb wrote it and edit only target; kb updates source and hash when the article changes');
  }

  result<T>(value: T): ParsedStoreFile<T> {
    return this.list.length > 0 ? { diagnostics: sortDiagnostics(this.list) } : { value, diagnostics: [] };
  }
}
