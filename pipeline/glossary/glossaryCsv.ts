import type { KbConfig } from '../config/defineConfig.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { matchLocale } from '../tmx/matchLocale.ts';
import type { GlossaryExchange, ImportedTerm } from './glossaryExchange.ts';
import { glossarySchema } from './glossarySchema.ts';
import { termStatuses, type Glossary, type TermStatus } from './types.ts';

/*
 * CSV (RFC 4180, UTF-8): one row per translation, the term's own fields repeated on each of its
 * rows, so a spreadsheet can sort and filter it and nothing of the YAML is lost. A term without
 * translations has one row with an empty locale. `locale` takes our code or a BCP 47 tag.
 */
const columns = ['term', 'pos', 'status', 'case_sensitive', 'use_instead', 'note', 'locale', 'translation', 'translation_status', 'translation_note'] as const;
type Column = (typeof columns)[number];
const partsOfSpeech: readonly string[] = glossarySchema.properties.terms.items.properties.pos.enum;

export function writeGlossaryCsv(glossary: Glossary, config: KbConfig): string {
  const tagOf = new Map(config.locales.map((l) => [l.code, l.tag]));
  const rows: string[][] = [[...columns]];
  for (const term of glossary.terms) {
    const own = [term.source, term.pos, term.status, String(term.caseSensitive), term.useInstead ?? '', term.note ?? ''];
    const translations = Object.entries(term.translations).flatMap(([code, list]) => list.map((t) => [tagOf.get(code) ?? code, t.term, t.status, t.note ?? '']));
    for (const translation of translations.length > 0 ? translations : [['', '', '', '']]) rows.push([...own, ...translation]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function readGlossaryCsv(text: string, file: string, config: KbConfig): GlossaryExchange {
  const diagnostics: Diagnostic[] = [];
  const skippedLanguages: Record<string, number> = {};
  const fail = (line: number, column: number, rule: string, message: string, hint?: string) => diagnostics.push({ file, line, column, rule, message, hint, severity: 'error' });
  const records = parseCsv(text.replace(/^\uFEFF/, ''), (line, column, message) => fail(line, column, 'csv/syntax', message, 'quote a field holding commas, quotes or line breaks: "a, b"; double a quote inside: ""'));
  if (diagnostics.length > 0) return { terms: [], diagnostics, skippedLanguages };
  const [header, ...rows] = records;
  if (!header) {
    fail(1, 1, 'csv/empty', 'the file has no header row', `start with: ${columns.join(',')}`);
    return { terms: [], diagnostics, skippedLanguages };
  }
  const index = new Map(header.fields.map((name, i) => [name.trim().toLowerCase(), i]));
  for (const required of ['term', 'pos'] as const) {
    if (!index.has(required)) fail(header.line, 1, 'csv/header', `the header has no "${required}" column`, `columns: ${columns.join(', ')}`);
  }
  if (diagnostics.length > 0) return { terms: [], diagnostics, skippedLanguages };

  const terms = new Map<string, ImportedTerm>();
  for (const row of rows) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    const get = (name: Column) => {
      const i = index.get(name);
      return i === undefined ? '' : (row.fields[i] ?? '').trim();
    };
    const columnOf = (name: Column) => {
      const i = index.get(name) ?? 0;
      return row.columns[i] ?? 1;
    };
    const bad = (name: Column, message: string, hint: string) => fail(row.line, columnOf(name), `csv/invalid-${name.replace(/_/g, '-')}`, message, hint);
    const source = get('term');
    if (!source) {
      bad('term', 'the term is empty', 'every row starts with the English term');
      continue;
    }
    const pos = get('pos') || 'noun';
    if (!partsOfSpeech.includes(pos)) bad('pos', `part of speech "${pos}" is not allowed`, `one of ${partsOfSpeech.join(', ')}`);
    const status = readStatus(get('status'), (message) => bad('status', message, `one of ${termStatuses.join(', ')}`));
    const caseText = get('case_sensitive').toLowerCase();
    if (caseText && caseText !== 'true' && caseText !== 'false') bad('case_sensitive', `case_sensitive "${caseText}" is not true or false`, 'write true or false, or leave it empty (false)');
    let term = terms.get(source);
    if (!term) {
      term = {
        source,
        pos,
        status,
        ...(get('use_instead') ? { useInstead: get('use_instead') } : {}),
        ...(get('note') ? { note: get('note') } : {}),
        ...(caseText ? { caseSensitive: caseText === 'true' } : {}),
        translations: {},
        line: row.line,
      };
      terms.set(source, term);
    }
    const lang = get('locale');
    const target = get('translation');
    if (!lang && !target) continue;
    const locale = lang ? matchLocale(lang, config.locales) : undefined;
    if (!lang) bad('locale', `translation "${target}" has no locale`, 'write the locale code or BCP 47 tag, e.g. de or de-DE');
    else if (!locale) skippedLanguages[lang] = (skippedLanguages[lang] ?? 0) + 1;
    else if (!target) bad('translation', `the ${lang} translation is empty`, 'write the translation, or delete the row');
    else {
      const translationStatus = readStatus(get('translation_status'), (message) => bad('translation_status', message, `one of ${termStatuses.join(', ')}`));
      const note = get('translation_note');
      (term.translations[locale.code] ??= []).push({ term: target, status: translationStatus, ...(note ? { note } : {}) });
    }
  }
  return { terms: diagnostics.length > 0 ? [] : [...terms.values()], diagnostics, skippedLanguages };
}

function readStatus(text: string, fail: (message: string) => void): TermStatus {
  if (!text) return 'preferred';
  if ((termStatuses as readonly string[]).includes(text)) return text as TermStatus;
  fail(`status "${text}" is not allowed`);
  return 'preferred';
}

interface CsvRecord {
  fields: string[];
  /** 1-based line and columns where the record and each field start. */
  line: number;
  columns: number[];
}

/** RFC 4180 records with the position of each field; quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string, onError: (line: number, column: number, message: string) => void): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < text.length) {
    const record: CsvRecord = { fields: [], line, columns: [] };
    for (;;) {
      record.columns.push(column);
      let field = '';
      if (text[i] === '"') {
        const startLine = line;
        const startColumn = column;
        i++;
        column++;
        for (;;) {
          if (i >= text.length) {
            onError(startLine, startColumn, 'a quoted field is never closed');
            return records;
          }
          const c = text[i] as string;
          if (c === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
            column += 2;
          } else if (c === '"') {
            i++;
            column++;
            break;
          } else {
            field += c;
            i++;
            if (c === '\n') {
              line++;
              column = 1;
            } else column++;
          }
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          onError(line, column, 'text after a closing quote');
          return records;
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          field += text[i];
          i++;
          column++;
        }
      }
      record.fields.push(field);
      if (text[i] === ',') {
        i++;
        column++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      column = 1;
      break;
    }
    records.push(record);
  }
  return records;
}
