import { toTmxSeg, type NativeCodes } from './tmxInline.ts';

/** One source/target pair as TMX carries it. Texts use our placeholder syntax. */
export interface TmxUnit {
  /** `tuid`: where the unit came from, e.g. `calls/poor-call-quality#b3.s0`. */
  id?: string;
  /** BCP 47 tags as written in `xml:lang`. */
  sourceLang: string;
  targetLang: string;
  source: string;
  target: string;
  /** Original Markdown of the placeholders, written as native code. */
  codes?: NativeCodes;
  /** Written as `<prop type="x-…">`: state, origin, score. */
  props?: Record<string, string>;
  /** ISO 8601 time of the last change; TMX writes it as YYYYMMDDThhmmssZ. */
  changedAt?: string;
  changedBy?: string;
}

interface TmxHeader {
  srcLang: string;
  toolVersion: string;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** ISO 8601 → TMX date (`20261120T101200Z`), or undefined when it is not a date. */
function tmxDate(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Serialize units as a TMX 1.4b document, one `<tu>` per unit, in the order given. */
export function writeTmx(units: TmxUnit[], header: TmxHeader): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="Polyglot KB" creationtoolversion="${attr(header.toolVersion)}" segtype="sentence" o-tmf="polyglot-kb" adminlang="en" srclang="${attr(header.srcLang)}" datatype="markdown"/>`,
    '  <body>',
  ];
  for (const unit of units) {
    const date = unit.changedAt ? tmxDate(unit.changedAt) : undefined;
    const attrs = [
      unit.id ? ` tuid="${attr(unit.id)}"` : '',
      date ? ` changedate="${date}"` : '',
      unit.changedBy ? ` changeid="${attr(unit.changedBy)}"` : '',
    ].join('');
    lines.push(`    <tu${attrs}>`);
    for (const [type, value] of Object.entries(unit.props ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`      <prop type="x-${attr(type)}">${attr(value)}</prop>`);
    }
    lines.push(`      <tuv xml:lang="${attr(unit.sourceLang)}"><seg>${toTmxSeg(unit.source, unit.codes)}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="${attr(unit.targetLang)}"><seg>${toTmxSeg(unit.target, unit.codes)}</seg></tuv>`);
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}
