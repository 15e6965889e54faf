import { DOMParser, type Element } from '@xmldom/xmldom';
import type { KbConfig } from '../config/defineConfig.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { matchLocale } from '../tmx/matchLocale.ts';
import type { GlossaryExchange, ImportedTerm } from './glossaryExchange.ts';
import type { Glossary, TermStatus, TermTranslation } from './types.ts';
import { escapeMarkup } from '../text/escapeMarkup.ts';

/*
 * TBX-Basic (ISO 30042, the martif form most tools exchange; TBX v3 `<tbx>` files are read too).
 * TBX-Basic has no "forbidden" status and no case sensitivity: a forbidden term is written as
 * deprecated with a `<note>forbidden</note>`, and `useInstead` as a `<note>Use instead: …</note>`,
 * which this reader turns back into the glossary's fields.
 */

const statusToTbx: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};
const statusFromTbx: Record<string, TermStatus> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'deprecated',
};
const posToTbx: Record<string, string> = { noun: 'noun', verb: 'verb', adjective: 'adjective', adverb: 'adverb', 'proper noun': 'properNoun', phrase: 'other' };
const posFromTbx: Record<string, string> = Object.fromEntries(Object.entries(posToTbx).map(([ours, tbx]) => [tbx, ours]));
const forbiddenNote = 'forbidden';
const useInsteadNote = /^Use instead:\s*(.+)$/i;

/** The glossary as a TBX-Basic document: one termEntry per term, a langSet per locale by its BCP 47 tag. */
export function writeTbx(glossary: Glossary, config: KbConfig): string {
  const tagOf = new Map(config.locales.map((l) => [l.code, l.tag]));
  const source = tagOf.get(config.sourceLocale) ?? config.sourceLocale;
  const entries = glossary.terms.map((term, index) => {
    const sourceTig = tig({ term: term.source, status: term.status, note: term.note }, term.pos, term.useInstead);
    const langSets = [`      <langSet xml:lang="${escapeMarkup(source)}">\n${sourceTig}\n      </langSet>`];
    for (const [code, list] of Object.entries(term.translations)) {
      langSets.push(`      <langSet xml:lang="${escapeMarkup(tagOf.get(code) ?? code)}">\n${list.map((t) => tig(t, term.pos)).join('\n')}\n      </langSet>`);
    }
    return `    <termEntry id="${entryId(term.source, index)}">\n${langSets.join('\n')}\n    </termEntry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="${escapeMarkup(source)}">
  <martifHeader>
    <fileDesc><sourceDesc><p>Polyglot KB glossary (glossary/terms.yaml)</p></sourceDesc></fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
  <body>
${entries.join('\n')}
  </body>
  </text>
</martif>
`;
}

function tig(t: TermTranslation, pos: string, useInstead?: string): string {
  const notes = [t.status === 'forbidden' ? forbiddenNote : undefined, useInstead ? `Use instead: ${useInstead}` : undefined, t.note].filter((n): n is string => Boolean(n));
  return [
    '        <tig>',
    `          <term>${escapeMarkup(t.term)}</term>`,
    `          <termNote type="partOfSpeech">${posToTbx[pos] ?? 'other'}</termNote>`,
    `          <termNote type="administrativeStatus">${statusToTbx[t.status]}</termNote>`,
    ...notes.map((n) => `          <note>${escapeMarkup(n)}</note>`),
    '        </tig>',
  ].join('\n');
}

function entryId(source: string, index: number): string {
  const slug = source.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `t${index + 1}-${slug || 'term'}`;
}

interface Located {
  lineNumber?: number;
  columnNumber?: number;
}

/**
 * The terms of a TBX file (martif TBX-Basic or TBX v3), languages mapped to configured locales by
 * BCP 47 (`de-DE` → de, `es-419` → es, `zh-CN` → zh-cn). Never throws for bad input: problems that
 * stop the import are error diagnostics; languages no locale matches are counted in `skippedLanguages`.
 */
export function readTbx(xml: string, file: string, config: KbConfig): GlossaryExchange {
  const diagnostics: Diagnostic[] = [];
  const skippedLanguages: Record<string, number> = {};
  const fail = (node: Located | undefined, rule: string, message: string, hint?: string) =>
    diagnostics.push({ file, line: node?.lineNumber ?? 1, column: node?.columnNumber ?? 1, rule, message, hint, severity: 'error' });

  let root: Element | null;
  try {
    root = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml').documentElement;
  } catch (error) {
    const message = (error as Error).message.replace(/^.*caused Error: /s, '');
    fail((error as { locator?: Located }).locator, 'tbx/xml', `not well-formed XML: ${message}`, 'fix the XML or export the term base again');
    return { terms: [], diagnostics, skippedLanguages };
  }
  if (!root || (root.tagName !== 'martif' && root.tagName !== 'tbx')) {
    fail(root as Located | undefined, 'tbx/not-tbx', `the root element is <${root?.tagName ?? ''}>, not <martif> or <tbx>`, 'pass a TBX-Basic file');
    return { terms: [], diagnostics, skippedLanguages };
  }
  const sourceLocale = config.sourceLocale;
  const terms: ImportedTerm[] = [];
  for (const entry of children(root, ['termEntry', 'conceptEntry'], true)) {
    let sourceTerm: { term: TermTranslation; pos?: string; useInstead?: string } | undefined;
    let anyPos: string | undefined;
    const translations: Record<string, TermTranslation[]> = {};
    for (const langSet of children(entry, ['langSet', 'langSec'])) {
      const lang = langSet.getAttribute('xml:lang') ?? '';
      const locale = lang ? matchLocale(lang, config.locales) : undefined;
      if (!locale) {
        if (!lang) fail(langSet as Located, 'tbx/lang', `<${langSet.tagName}> has no xml:lang`, 'add xml:lang="de-DE" (the language of its terms)');
        else skippedLanguages[lang] = (skippedLanguages[lang] ?? 0) + 1;
        continue;
      }
      for (const termGroup of children(langSet, ['tig', 'ntig', 'termSec'])) {
        const read = readTermGroup(termGroup);
        if (!read) {
          fail(termGroup as Located, 'tbx/term', `<${termGroup.tagName}> has no <term>`, 'every term group needs its <term>');
          continue;
        }
        if (read.unknownStatus) fail(read.unknownStatus as Located, 'tbx/status', `administrativeStatus "${read.unknownStatus.textContent?.trim()}" is not a TBX-Basic status`, `use one of ${Object.keys(statusFromTbx).join(', ')}`);
        anyPos ??= read.pos;
        if (locale.code === sourceLocale) sourceTerm ??= read;
        else (translations[locale.code] ??= []).push(read.term);
      }
    }
    if (!sourceTerm) {
      fail(entry as Located, 'tbx/no-source-term', `<${entry.tagName}${entry.getAttribute('id') ? ` id="${entry.getAttribute('id')}"` : ''}> has no ${sourceLocale} term`, `every entry needs a langSet in the source language (${sourceLocale})`);
      continue;
    }
    // A definition may sit on the entry or the langSet rather than on the term.
    const note = sourceTerm.term.note ?? definitionOf(entry);
    terms.push({
      source: sourceTerm.term.term,
      pos: sourceTerm.pos ?? anyPos ?? 'noun',
      status: sourceTerm.term.status,
      ...(sourceTerm.useInstead ? { useInstead: sourceTerm.useInstead } : {}),
      ...(note ? { note } : {}),
      translations,
      line: (entry as Located).lineNumber ?? 1,
    });
  }
  return { terms, diagnostics, skippedLanguages };
}

function readTermGroup(group: Element): { term: TermTranslation; pos?: string; useInstead?: string; unknownStatus?: Element } | undefined {
  const termElement = descendants(group, 'term')[0];
  const text = termElement?.textContent?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  let status: TermStatus = 'preferred';
  let pos: string | undefined;
  let unknownStatus: Element | undefined;
  for (const note of descendants(group, 'termNote')) {
    const value = note.textContent?.trim() ?? '';
    if (note.getAttribute('type') === 'administrativeStatus') {
      const mapped = statusFromTbx[value];
      if (mapped) status = mapped;
      else unknownStatus = note;
    }
    if (note.getAttribute('type') === 'partOfSpeech') pos = posFromTbx[value] ?? 'phrase';
  }
  let useInstead: string | undefined;
  const notes: string[] = [];
  for (const note of [...descendants(group, 'note'), ...descendants(group, 'descrip').filter((d) => d.getAttribute('type') === 'definition')]) {
    const value = note.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const instead = useInsteadNote.exec(value);
    if (value.toLowerCase() === forbiddenNote) status = 'forbidden';
    else if (instead) useInstead = instead[1];
    else if (value) notes.push(value);
  }
  const note = notes.join(' ');
  return { term: { term: text, status, ...(note ? { note } : {}) }, pos, useInstead, unknownStatus };
}

function definitionOf(entry: Element): string | undefined {
  const own = [entry, ...children(entry, ['langSet', 'langSec'])].flatMap((e) => children(e, ['descrip', 'note']));
  const text = own.find((d) => d.tagName === 'note' || d.getAttribute('type') === 'definition')?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Child elements of the given names; with `deep`, at any depth (entries sit under text/body). */
function children(parent: Element, names: string[], deep = false): Element[] {
  if (deep) return names.flatMap((name) => descendants(parent, name));
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && names.includes((n as Element).tagName));
}

function descendants(parent: Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagName(name));
}
