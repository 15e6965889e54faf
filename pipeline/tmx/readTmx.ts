import type { Element } from '@xmldom/xmldom';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseXml, type Located } from '../diagnostics/parseXml.ts';
import { sameLanguage } from './matchLocale.ts';
import { fromTmxSeg } from './tmxInline.ts';
import type { TmxUnit } from './writeTmx.ts';

interface ReadTmxResult {
  srcLang: string;
  units: TmxUnit[];
  /** Units left out, per rule. */
  skipped: SkippedUnits;
  /** Problems that stop an import; when any is present, `units` must not be used. */
  diagnostics: Diagnostic[];
}

/** Units an import leaves out, per rule (`tmx/no-source`): how many, and why. */
export type SkippedUnits = Record<string, { count: number; reason: string }>;

/** Count one more unit left out under `rule`; the first unit's reason is kept. */
export function skipUnit(skipped: SkippedUnits, rule: string, reason: string): void {
  const known = skipped[rule];
  if (known) known.count++;
  else skipped[rule] = { count: 1, reason };
}

/**
 * Parse a TMX 1.4 document into source/target units: one per (source tuv, other tuv) in each `<tu>`.
 * `fallbackSrcLang` stands in for `srclang="*all*"`. Never throws for bad input.
 */
export function readTmx(xml: string, file: string, fallbackSrcLang: string): ReadTmxResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (node: Located | undefined, rule: string, message: string, hint?: string) =>
    diagnostics.push({ file, line: node?.lineNumber ?? 1, column: node?.columnNumber ?? 1, rule, message, hint, severity: 'error' });

  const parsed = parseXml(xml, file, 'tmx/xml', 'fix the XML or re-export the file from your CAT tool');
  if ('diagnostic' in parsed) return { srcLang: fallbackSrcLang, units: [], skipped: {}, diagnostics: [parsed.diagnostic] };
  const { root } = parsed;
  if (!root || root.tagName !== 'tmx') {
    fail(root as Located | undefined, 'tmx/not-tmx', `the root element is <${root?.tagName ?? ''}>, not <tmx>`, 'pass a TMX 1.4 file');
    return { srcLang: fallbackSrcLang, units: [], skipped: {}, diagnostics };
  }
  const header = root.getElementsByTagName('header')[0];
  const declared = header?.getAttribute('srclang') ?? '';
  if (!header || !declared) fail((header ?? root) as Located, 'tmx/header', '<header> with a srclang attribute is missing', 'TMX 1.4 requires <header srclang="en" …/>');
  const srcLang = !declared || declared === '*all*' ? fallbackSrcLang : declared;

  const units: TmxUnit[] = [];
  const skipped: SkippedUnits = {};
  const tus = root.getElementsByTagName('tu');
  for (let t = 0; t < tus.length; t++) {
    const tu = tus[t] as Element;
    const variants: { lang: string; text: string }[] = [];
    const tuvs = tu.getElementsByTagName('tuv');
    for (let v = 0; v < tuvs.length; v++) {
      const tuv = tuvs[v] as Element;
      const lang = tuv.getAttribute('xml:lang') ?? tuv.getAttribute('lang');
      const seg = tuv.getElementsByTagName('seg')[0];
      if (!lang) {
        fail(tuv as Located, 'tmx/tuv-lang', '<tuv> has no xml:lang', 'add xml:lang="de" (the language of this variant)');
        continue;
      }
      if (!seg) {
        fail(tuv as Located, 'tmx/seg-missing', `<tuv xml:lang="${lang}"> has no <seg>`, 'every variant needs its text in <seg>');
        continue;
      }
      try {
        variants.push({ lang, text: fromTmxSeg(seg).replace(/\s+/g, ' ').trim() });
      } catch (error) {
        fail(seg as Located, 'tmx/inline', (error as Error).message, 'every <ept> needs a <bpt> with the same i attribute');
      }
    }
    // BCP 47: a header's `en` is the source of a tuv in `en-US`.
    const source = variants.find((v) => sameLanguage(v.lang, srcLang));
    if (!source) {
      if (variants.length > 0) skipUnit(skipped, 'tmx/no-source', `no <tuv> in the source language ${srcLang}`);
      continue;
    }
    const props: Record<string, string> = {};
    for (const prop of Array.from(tu.getElementsByTagName('prop'))) {
      const type = prop.getAttribute('type');
      if (type?.startsWith('x-') && prop.parentNode === tu) props[type.slice(2)] = prop.textContent ?? '';
    }
    for (const target of variants) {
      if (target === source) continue;
      if (!target.text) {
        skipUnit(skipped, 'tmx/empty-target', 'the target <seg> is empty');
        continue;
      }
      units.push({
        id: tu.getAttribute('tuid') ?? undefined,
        sourceLang: source.lang,
        targetLang: target.lang,
        source: source.text,
        target: target.text,
        props,
        changedAt: fromTmxDate(tu.getAttribute('changedate')),
        changedBy: tu.getAttribute('changeid') ?? undefined,
      });
    }
  }
  return { srcLang, units, skipped, diagnostics };
}

function fromTmxDate(value: string | null): string | undefined {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}
