import type { Placeholder } from '../segment/types.ts';
import { escapeAttribute as attr, escapeMarkup } from '../text/escapeMarkup.ts';
import { xliff12Status, xliff2Status, type ExportStatus } from './exchangeState.ts';
import { originalData, toXliff12Inline, toXliff2Inline } from './xliffInline.ts';
import { xliff12Namespace, xliff2Namespace, xliffMetadataNamespace } from './xliffTypes.ts';

export const xliffVersions = ['2.1', '1.2'] as const;
export type XliffVersion = (typeof xliffVersions)[number];

/** A note for the translator; the text says what it is, as XLIFF 1.2 has no categories. */
export interface XliffNote {
  category: 'outdated' | 'block' | 'stored-translation' | 'qa' | 'glossary' | 'do-not-translate';
  appliesTo: 'source' | 'target';
  /** 1 (most important) to 10. */
  priority: number;
  text: string;
}

/** One store segment as a unit: texts in placeholder form, the source's placeholders, what kb records. */
export interface XliffExportUnit {
  /** The segment key: the unit id within its article's `<file>`. */
  key: string;
  source: string;
  target?: string;
  status: ExportStatus;
  placeholders: readonly Placeholder[];
  notes: readonly XliffNote[];
  sourceHash: string;
  translationHash: string;
}

interface XliffExportDocument {
  /** BCP 47 tags. */
  srcLang: string;
  trgLang: string;
  trgDir: 'ltr' | 'rtl';
  /** One per article, in the order given. */
  files: readonly { article: string; units: readonly XliffExportUnit[] }[];
}

/**
 * Serialize an export as XLIFF 2.1 or 1.2: one `<file original="<article>">` per article, one unit
 * per segment. Nothing in the output depends on the time or the machine, so the same store gives
 * the same bytes.
 */
export function writeXliff(document: XliffExportDocument, version: XliffVersion): string {
  const lines = version === '2.1' ? write2(document) : write12(document);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${lines.join('\n')}\n`;
}

function write2({ srcLang, trgLang, trgDir, files }: XliffExportDocument): string[] {
  const lines = [`<xliff xmlns="${xliff2Namespace}" xmlns:mda="${xliffMetadataNamespace}" version="2.1" srcLang="${attr(srcLang)}" trgLang="${attr(trgLang)}">`];
  for (const { article, units } of files) {
    // A file id is an NMTOKEN, which has no "/": the article id stays whole in `original`.
    lines.push(`  <file id="${attr(article.replace('/', '.'))}" original="${attr(article)}"${trgDir === 'rtl' ? ' trgDir="rtl"' : ''}>`);
    for (const unit of units) {
      const { state, subState } = xliff2Status(unit.status);
      lines.push(
        `    <unit id="${attr(unit.key)}">`,
        '      <mda:metadata>',
        '        <mda:metaGroup category="kb">',
        `          <mda:meta type="source-hash">${unit.sourceHash}</mda:meta>`,
        `          <mda:meta type="translation-hash">${unit.translationHash}</mda:meta>`,
        '        </mda:metaGroup>',
        '      </mda:metadata>',
      );
      if (unit.notes.length > 0) {
        lines.push('      <notes>');
        for (const note of unit.notes) lines.push(`        <note category="${note.category}" appliesTo="${note.appliesTo}" priority="${note.priority}">${escapeMarkup(note.text)}</note>`);
        lines.push('      </notes>');
      }
      const data = originalData(unit.placeholders);
      if (data.length > 0) {
        lines.push('      <originalData>');
        for (const { id, markup } of data) lines.push(`        <data id="${id}">${escapeMarkup(markup)}</data>`);
        lines.push('      </originalData>');
      }
      lines.push(`      <segment state="${state}"${subState ? ` subState="${subState}"` : ''}>`, `        <source>${toXliff2Inline(unit.source, unit.placeholders)}</source>`);
      if (unit.target !== undefined) lines.push(`        <target>${toXliff2Inline(unit.target, unit.placeholders)}</target>`);
      lines.push('      </segment>', '    </unit>');
    }
    lines.push('  </file>');
  }
  lines.push('</xliff>');
  return lines;
}

function write12({ srcLang, trgLang, files }: XliffExportDocument): string[] {
  const lines = [`<xliff xmlns="${xliff12Namespace}" version="1.2">`];
  for (const { article, units } of files) {
    lines.push(
      `  <file original="${attr(article)}" source-language="${attr(srcLang)}" target-language="${attr(trgLang)}" datatype="x-markdown">`,
      '    <header>',
      '      <tool tool-id="polyglot-kb" tool-name="Polyglot KB"/>',
      '    </header>',
      '    <body>',
    );
    for (const unit of units) {
      const { state, qualifier, approved } = xliff12Status(unit.status);
      lines.push(`      <trans-unit id="${attr(unit.key)}"${approved ? ' approved="yes"' : ''}>`, `        <source>${toXliff12Inline(unit.source, unit.placeholders)}</source>`);
      if (unit.target !== undefined) {
        lines.push(`        <target state="${state}"${qualifier ? ` state-qualifier="${qualifier}"` : ''}>${toXliff12Inline(unit.target, unit.placeholders)}</target>`);
      }
      lines.push(
        '        <context-group name="kb" purpose="information">',
        `          <context context-type="x-source-hash">${unit.sourceHash}</context>`,
        `          <context context-type="x-translation-hash">${unit.translationHash}</context>`,
        '        </context-group>',
      );
      // from="developer": translate-toolkit (xliff2po, Pootle, Weblate) shows such notes as extracted comments.
      for (const note of unit.notes) lines.push(`        <note from="developer" annotates="${note.appliesTo}" priority="${note.priority}">${escapeMarkup(note.text)}</note>`);
      lines.push('      </trans-unit>');
    }
    lines.push('    </body>', '  </file>');
  }
  lines.push('</xliff>');
  return lines;
}
