import type { Element, Node } from '@xmldom/xmldom';
import { UserError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseXml, type Located } from '../diagnostics/parseXml.ts';
import { normalizeWhitespace } from '../segment/placeholderText.ts';
import { InlineNumbering, XliffInlineError, fromXliff12Inline, fromXliff2Inline } from './xliffInline.ts';
import { xliff12Namespace, xliff12States, xliff2Namespace, xliff2States, xliffMetadataNamespace, type XliffDocument, type XliffUnit } from './xliffTypes.ts';

/** An XLIFF document with what is wrong in it, as a whole and unit by unit. */
interface ParsedXliff {
  document: XliffDocument;
  /** Problems of the file itself (languages, file ids…): nothing in it can be trusted. */
  fileProblems: Diagnostic[];
  /** Problems of single units (a broken inline code, a bad state), by index into `document.units`. */
  unitProblems: Map<number, Diagnostic[]>;
}

/**
 * Parse an XLIFF 2.x or 1.2 document into units whose texts use the store's placeholder form.
 * Checks well-formedness and the core constraints a file must meet before anything may use it —
 * namespace, version, languages, unique ids, state values, inline codes that pair and nest — and
 * throws one UserError listing every problem as `file:line:col`.
 */
export function readXliff(xml: string, file: string): XliffDocument {
  const { document, fileProblems, unitProblems } = parseXliff(xml, file);
  const problems = [...fileProblems, ...[...unitProblems.values()].flat()];
  if (problems.length > 0) throw new UserError(sortDiagnostics(problems));
  return document;
}

/**
 * readXliff's checks, reported instead of thrown, so an import can take the sound units of a file
 * and refuse the others. Only a file that is not XML, not XLIFF or of another version is a UserError.
 */
export function parseXliff(xml: string, file: string): ParsedXliff {
  const problems = new Problems(file);
  const parsed = parseXml(xml, file, 'xliff/xml', 'fix the XML or export the file again from your CAT tool');
  if ('diagnostic' in parsed) throw new UserError([parsed.diagnostic]);
  const { root } = parsed;
  if (!root || root.localName !== 'xliff') {
    problems.fail(root, 'xliff/not-xliff', `the root element is <${root?.tagName ?? ''}>, not <xliff>`, 'pass an XLIFF 2.1 or 1.2 file');
    throw new UserError(problems.file);
  }
  const version = root.getAttribute('version') ?? '';
  const namespace = root.namespaceURI ?? '';
  let document: XliffDocument;
  if (/^2\.\d$/.test(version) && namespace === xliff2Namespace) document = read2(root, problems);
  else if (version === '1.2' && (namespace === xliff12Namespace || namespace === '')) document = read12(root, problems);
  else {
    const expected = version.startsWith('2') ? xliff2Namespace : version === '1.2' ? xliff12Namespace : undefined;
    problems.fail(root, 'xliff/version', expected ? `version ${version} needs the namespace ${expected}, not "${namespace}"` : `unsupported XLIFF version "${version}"`, 'kb reads XLIFF 2.0/2.1 and 1.2');
    throw new UserError(problems.file);
  }
  return { document, fileProblems: problems.file, unitProblems: problems.units };
}

/** Collects problems, each the file's or — while `unit` is set — that unit's. */
class Problems {
  readonly file: Diagnostic[] = [];
  readonly units = new Map<number, Diagnostic[]>();
  /** Index of the unit being read. */
  unit: number | undefined;
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  readonly fail = (node: Node | null | undefined, rule: string, message: string, hint?: string): void => {
    const at = node as Located | null | undefined;
    const diagnostic: Diagnostic = { file: this.path, line: at?.lineNumber ?? 1, column: at?.columnNumber ?? 1, rule, message, hint, severity: 'error' };
    if (this.unit === undefined) this.file.push(diagnostic);
    else this.units.set(this.unit, [...(this.units.get(this.unit) ?? []), diagnostic]);
  };
}

type Fail = Problems['fail'];

/** Child elements of `el` with one of the local names, in document order. */
function children(el: Element, ...names: string[]): Element[] {
  const found: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && names.includes((node as Element).localName ?? '')) found.push(node as Element);
  }
  return found;
}

function read2(root: Element, problems: Problems): XliffDocument {
  const { fail } = problems;
  const srcLang = root.getAttribute('srcLang') ?? '';
  const trgLang = root.getAttribute('trgLang') ?? '';
  if (!srcLang) fail(root, 'xliff/src-lang', '<xliff> has no srcLang', 'XLIFF 2 requires srcLang="en"');
  const units: XliffUnit[] = [];
  const fileIds = new Set<string>();
  let hasTarget = false;
  for (const fileEl of children(root, 'file')) {
    const fileId = fileEl.getAttribute('id') ?? '';
    if (!fileId) fail(fileEl, 'xliff/file-id', '<file> has no id');
    else if (!nmtoken.test(fileId)) fail(fileEl, 'xliff/id', `<file id="${fileId}"> is not an NMTOKEN`, nmtokenHint);
    else if (fileIds.has(fileId)) fail(fileEl, 'xliff/duplicate-id', `<file id="${fileId}"> is not unique`, 'every <file> needs its own id');
    fileIds.add(fileId);
    const original = fileEl.getAttribute('original');
    const unitIds = new Set<string>();
    for (const unitEl of unitsOf(fileEl)) {
      problems.unit = units.length;
      const unitId = unitEl.getAttribute('id') ?? '';
      if (!unitId) fail(unitEl, 'xliff/unit-id', '<unit> has no id');
      else if (!nmtoken.test(unitId)) fail(unitEl, 'xliff/id', `<unit id="${unitId}"> is not an NMTOKEN`, nmtokenHint);
      else if (unitIds.has(unitId)) fail(unitEl, 'xliff/duplicate-id', `<unit id="${unitId}"> appears twice in the file`, 'unit ids are unique within a <file>');
      unitIds.add(unitId);
      const numbering = new InlineNumbering();
      const parts = children(unitEl, 'segment', 'ignorable');
      if (!parts.some((p) => p.localName === 'segment')) fail(unitEl, 'xliff/no-segment', `<unit id="${unitId}"> has no <segment>`);
      let source = '';
      let target = '';
      let state: string | undefined;
      let subState: string | undefined;
      for (const part of parts) {
        const [sourceEl] = children(part, 'source');
        const [targetEl] = children(part, 'target');
        if (!sourceEl) fail(part, 'xliff/no-source', `<${part.localName}> has no <source>`);
        else source += inline(sourceEl, numbering, fromXliff2Inline, fail);
        if (targetEl) {
          hasTarget = true;
          target += inline(targetEl, numbering, fromXliff2Inline, fail);
        } else if (sourceEl && part.localName === 'ignorable') target += inline(sourceEl, numbering, fromXliff2Inline, fail);
        if (part.localName !== 'segment') continue;
        const partState = part.getAttribute('state');
        if (partState !== null && !(xliff2States as readonly string[]).includes(partState)) {
          fail(part, 'xliff/state', `state="${partState}" is not an XLIFF 2 state`, `use one of ${xliff2States.join(', ')}`);
        }
        const partSubState = part.getAttribute('subState');
        if (partSubState !== null && partState === null) fail(part, 'xliff/sub-state', 'subState needs a state attribute beside it');
        else if (partSubState !== null && !/^[^\s:]+:[^\s:]+$/.test(partSubState)) fail(part, 'xliff/sub-state', `subState="${partSubState}" is not prefix:value`, 'such as kb:machine');
        // A unit a tool split into segments is as far along as its least advanced segment.
        const stateOf = (s: string | null) => xliff2States.indexOf((s ?? 'initial') as (typeof xliff2States)[number]);
        if (state === undefined || stateOf(partState) < stateOf(state)) state = partState ?? undefined;
        subState ??= partSubState ?? undefined;
      }
      checkDataRefs(unitEl, fail);
      const notes = children(unitEl, 'notes').flatMap((n) => children(n, 'note')).map((n) => (n.textContent ?? '').trim());
      const metadata = children(unitEl, 'metadata')
        .filter((m) => m.namespaceURI === xliffMetadataNamespace)
        .flatMap((m) => children(m, 'metaGroup'))
        .filter((g) => g.getAttribute('category') === 'kb')
        .flatMap((g) => children(g, 'meta'))
        .map((meta) => [meta.getAttribute('type') ?? '', meta.textContent ?? ''] as const);
      units.push(unit(original ? `${original}#${unitId}` : unitId, source, target, { state, subState }, notes, new Map(metadata), unitEl));
      problems.unit = undefined;
    }
  }
  if (hasTarget && !trgLang) fail(root, 'xliff/trg-lang', '<xliff> has targets but no trgLang', 'XLIFF 2 requires trgLang when any <target> is present');
  return { version: '2.1', srcLang, trgLang, units };
}

/** XLIFF 2 ids (file, unit, inline codes) are NMTOKENs. */
const nmtoken = /^[\p{L}\p{M}\p{N}._:-]+$/u;
const nmtokenHint = 'ids are letters, digits and . - _ : only';

const dataRefs = ['dataRef', 'dataRefStart', 'dataRefEnd'];

/**
 * Every `<data>` of a unit's `<originalData>` has its own id and every reference names one; a
 * `copyOf` names a code of the unit, and neither it nor its copy has original data.
 */
function checkDataRefs(unitEl: Element, fail: Fail): void {
  const ids = new Set<string>();
  for (const data of children(unitEl, 'originalData').flatMap((o) => children(o, 'data'))) {
    const id = data.getAttribute('id') ?? '';
    if (ids.has(id)) fail(data, 'xliff/duplicate-id', `<data id="${id}"> appears twice in the unit`, 'data ids are unique within <originalData>');
    ids.add(id);
  }
  const codes = Array.from(unitEl.getElementsByTagName('*')).filter((el) => el.localName !== 'data');
  for (const el of codes) {
    for (const name of dataRefs) {
      const ref = el.getAttribute(name);
      if (ref !== null && !ids.has(ref)) fail(el, 'xliff/data-ref', `${name}="${ref}" names no <data> of the unit's <originalData>`, 'add the <data> or remove the reference');
    }
    const copyOf = el.getAttribute('copyOf');
    if (copyOf === null) continue;
    const base = codes.find((code) => code.getAttribute('id') === copyOf);
    const withData = (code: Element) => dataRefs.some((name) => code.hasAttribute(name));
    if (!base) fail(el, 'xliff/copy-of', `copyOf="${copyOf}" names no code of the unit`);
    else if (withData(el) || withData(base)) fail(el, 'xliff/copy-of', `copyOf="${copyOf}" copies a code with original data`, 'give the new code its own id and dataRef instead');
  }
}

/** `<unit>` elements of a 2.x `<file>`, also inside `<group>`s. */
function unitsOf(el: Element): Element[] {
  return children(el, 'unit', 'group').flatMap((child) => (child.localName === 'group' ? unitsOf(child) : [child]));
}

function read12(root: Element, problems: Problems): XliffDocument {
  const { fail } = problems;
  const files = children(root, 'file');
  const srcLang = files[0]?.getAttribute('source-language') ?? '';
  const trgLang = files.find((f) => f.getAttribute('target-language'))?.getAttribute('target-language') ?? '';
  const units: XliffUnit[] = [];
  const seen = new Set<string>();
  for (const fileEl of files) {
    const fileSrc = fileEl.getAttribute('source-language') ?? '';
    const fileTrg = fileEl.getAttribute('target-language') ?? '';
    if (!fileSrc) fail(fileEl, 'xliff/src-lang', '<file> has no source-language', 'XLIFF 1.2 requires source-language on every <file>');
    else if (fileSrc !== srcLang) fail(fileEl, 'xliff/src-lang', `source-language="${fileSrc}" differs from the first file's "${srcLang}"`, 'one file holds one language pair');
    if (fileTrg && fileTrg !== trgLang) fail(fileEl, 'xliff/trg-lang', `target-language="${fileTrg}" differs from the first file's "${trgLang}"`, 'one file holds one language pair');
    const original = fileEl.getAttribute('original');
    const [body] = children(fileEl, 'body');
    if (!body) {
      fail(fileEl, 'xliff/no-body', '<file> has no <body>');
      continue;
    }
    for (const unitEl of transUnitsOf(body)) {
      problems.unit = units.length;
      const unitId = unitEl.getAttribute('id') ?? '';
      const id = original ? `${original}#${unitId}` : unitId;
      if (!unitId) fail(unitEl, 'xliff/unit-id', '<trans-unit> has no id');
      else if (seen.has(id)) fail(unitEl, 'xliff/duplicate-id', `<trans-unit id="${unitId}"> appears twice in the file`, 'trans-unit ids are unique within a <file>');
      seen.add(id);
      const numbering = new InlineNumbering();
      const [sourceEl] = children(unitEl, 'source');
      const [targetEl] = children(unitEl, 'target');
      if (!sourceEl) fail(unitEl, 'xliff/no-source', `<trans-unit id="${unitId}"> has no <source>`);
      const source = sourceEl ? inline(sourceEl, numbering, fromXliff12Inline, fail) : '';
      const target = targetEl ? inline(targetEl, numbering, fromXliff12Inline, fail) : '';
      const state = targetEl?.getAttribute('state') ?? undefined;
      if (state !== undefined && !(xliff12States as readonly string[]).includes(state) && !state.startsWith('x-')) {
        fail(targetEl, 'xliff/state', `state="${state}" is not an XLIFF 1.2 state`, `use one of ${xliff12States.join(', ')} or an x- value`);
      }
      const approved = unitEl.getAttribute('approved');
      if (approved !== null && approved !== 'yes' && approved !== 'no') fail(unitEl, 'xliff/approved', `approved="${approved}" is neither yes nor no`);
      const notes = children(unitEl, 'note').map((n) => (n.textContent ?? '').trim());
      const qualifier = targetEl?.getAttribute('state-qualifier') ?? undefined;
      const metadata = children(unitEl, 'context-group')
        .filter((g) => g.getAttribute('name') === 'kb')
        .flatMap((g) => children(g, 'context'))
        .map((context) => [(context.getAttribute('context-type') ?? '').replace(/^x-/, ''), context.textContent ?? ''] as const);
      units.push(unit(id, source, target, { state, subState: qualifier, approved: approved === null ? undefined : approved === 'yes' }, notes, new Map(metadata), unitEl));
      problems.unit = undefined;
    }
  }
  return { version: '1.2', srcLang, trgLang, units };
}

/** `<trans-unit>` elements of a 1.2 `<body>`, also inside `<group>`s. */
function transUnitsOf(el: Element): Element[] {
  return children(el, 'trans-unit', 'group').flatMap((child) => (child.localName === 'group' ? transUnitsOf(child) : [child]));
}

function inline(el: Element, numbering: InlineNumbering, convert: (el: Element, n: InlineNumbering) => string, fail: Fail): string {
  try {
    return convert(el, numbering);
  } catch (error) {
    if (!(error instanceof XliffInlineError)) throw error;
    fail(error.node, 'xliff/inline', error.message, 'inline codes must pair and nest as in the source');
    return '';
  }
}

function unit(
  id: string,
  source: string,
  target: string,
  status: Pick<XliffUnit, 'state' | 'subState' | 'approved'>,
  notes: string[],
  metadata: ReadonlyMap<string, string>,
  el: Element,
): XliffUnit {
  const at = el as Located;
  const result: XliffUnit = { id, source: normalizeWhitespace(source), notes, line: at.lineNumber ?? 1, column: at.columnNumber ?? 1 };
  const text = normalizeWhitespace(target);
  if (text) result.target = text;
  for (const key of ['state', 'subState', 'approved'] as const) {
    if (status[key] !== undefined) Object.assign(result, { [key]: status[key] });
  }
  const sourceHash = metadata.get('source-hash')?.trim();
  const translationHash = metadata.get('translation-hash')?.trim();
  if (sourceHash) result.sourceHash = sourceHash;
  if (translationHash) result.translationHash = translationHash;
  return result;
}
