/**
 * QA precision benchmark (`npm run bench:qa`): takes the human translations of the sample help
 * center (de, es, ja, fr), injects one error of one kind into copies of them (at most 15 per
 * kind and locale, seeded PRNG), writes clean and seeded units as XLIFF 2.1 files into
 * .kb/bench-qa/, reads them back with readXliff — as `kb check --xliff` does — and runs every
 * check. Prints per check: recall (seeded units it flags) and false positives (clean units it
 * flags). Exits 1 when a check misses a target: recall ≥ 95 %, false positives ≤ 5 % of clean units.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../pipeline/config/loadConfig.ts';
import { loadProject } from '../pipeline/content/loadProject.ts';
import { tokenizePlaceholders } from '../pipeline/segment/placeholderText.ts';
import { articleStoreFile, isTranslatable, TranslationStore } from '../pipeline/store/index.ts';
import { checkUnits, loadQaProject, qaChecks, type Finding, type QaUnit } from '../pipeline/qa/index.ts';
import { storeUnits } from '../pipeline/qa/storeUnits.ts';
import { readXliff } from '../pipeline/xliff/index.ts';
import { prng } from '../test/helpers/prng.ts';
import { seeds } from './qaSeeds.ts';

const LOCALES = ['de', 'es', 'ja', 'fr'];
const PER_KIND = 15;
const TARGETS = { recall: 0.95, falsePositives: 0.05 };
const root = join(import.meta.dirname, '..');
const outDir = join(root, '.kb/bench-qa');

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Store placeholder text as XLIFF 2 inline content: `{n}…{/n}` → <pc>, `{n}` alone → <ph/>. */
function toXliffInline(text: string): string {
  const tokens = tokenizePlaceholders(text);
  const closed = new Set(tokens.flatMap((t) => (t.type === 'close' ? [t.id] : [])));
  return tokens
    .map((t) => (t.type === 'text' ? escapeXml(t.value) : t.type === 'stray' ? escapeXml(t.char) : t.type === 'close' ? '</pc>' : closed.has(t.id) ? `<pc id="${t.id}">` : `<ph id="${t.id}"/>`))
    .join('');
}

function xliffDocument(locale: string, units: QaUnit[]): string {
  const body = units
    .map((u) => `    <unit id="${escapeXml(u.id)}">\n      <segment state="translated">\n        <source xml:space="preserve">${toXliffInline(u.source)}</source>\n        <target xml:space="preserve">${toXliffInline(u.target ?? '')}</target>\n      </segment>\n    </unit>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="${locale}">\n  <file id="f1">\n${body}\n  </file>\n</xliff>\n`;
}

/** readXliff normalises whitespace, so these checks are measured on the units themselves. */
const whitespaceChecks = new Set(['whitespace', 'double-space']);

/** Write the units as an XLIFF 2.1 file, read it back as a CAT tool's file would be, and check it. */
async function checkThroughXliff(name: string, locale: string, units: QaUnit[], context: Parameters<typeof checkUnits>[1]): Promise<Finding[]> {
  if (whitespaceChecks.has(name.slice(locale.length + 1))) return checkUnits(units, context);
  const file = join(outDir, `${name}.xlf`);
  await writeFile(file, xliffDocument(locale, units));
  const document = readXliff(await readFile(file, 'utf8'), `.kb/bench-qa/${name}.xlf`);
  return checkUnits(document.units.map((u) => ({ id: u.id, locale, source: u.source, ...(u.target === undefined ? {} : { target: u.target }) })), context);
}

const config = await loadConfig(root);
const project = await loadProject(root, config, { saveCache: false });
const { context } = await loadQaProject(project);
const store = TranslationStore.open(root, config);
await mkdir(outDir, { recursive: true });

const clean = new Map<string, QaUnit[]>();
for (const locale of LOCALES) {
  const units: QaUnit[] = [];
  for (const article of project.articles.filter(isTranslatable)) {
    const entries = (await store.read(locale, article.id)).filter((e) => e.origin === 'human' || e.origin?.startsWith('import:'));
    if (entries.length === 0) continue;
    const text = await readFile(join(root, articleStoreFile(locale, article.id)), 'utf8');
    // XLIFF unit ids are NMTOKENs: no "/" or "#".
    units.push(...storeUnits(article.id, locale, entries, text).map((u) => ({ ...u, id: u.id.replace(/[/#]/g, '.') })));
  }
  clean.set(locale, units);
}

interface Tally { seeded: number; found: number; cleanFlagged: number; clean: number; perLocale: Record<string, number> }
const tallies = new Map<string, Tally>(qaChecks.filter((c) => !c.source).map((c) => [c.id, { seeded: 0, found: 0, cleanFlagged: 0, clean: 0, perLocale: {} }]));
const missedExamples = new Map<string, string[]>();
const random = prng(20_261_206);

for (const locale of LOCALES) {
  const units = clean.get(locale) ?? [];
  const findings = await checkThroughXliff(`${locale}-clean`, locale, units, context);
  for (const [check, tally] of tallies) {
    tally.clean += units.length;
    tally.cleanFlagged += new Set(findings.filter((f) => f.check === check).map((f) => f.unit)).size;
  }
  for (const seed of seeds) {
    const order = [...units].sort(() => random() - 0.5);
    const seeded: QaUnit[] = [];
    const originals: QaUnit[] = [];
    for (const unit of order) {
      if (seeded.length >= PER_KIND || unit.target === undefined) break;
      // Seed only units the checks pass, so a finding is the seeded error's.
      if (findings.some((f) => f.unit === unit.id)) continue;
      const injected = seed.inject({ ...unit, target: unit.target }, context, random);
      if (!injected || injected.target === unit.target) continue;
      seeded.push({ ...unit, id: `${unit.id}.seeded`, source: injected.source ?? unit.source, target: injected.target });
      if (seed.withOriginal) originals.push(unit);
    }
    if (seeded.length === 0) continue;
    const found = await checkThroughXliff(`${locale}-${seed.check}`, locale, [...originals, ...seeded], context);
    const tally = tallies.get(seed.check);
    if (!tally) throw new Error(`seed for unknown check ${seed.check}`);
    tally.seeded += seeded.length;
    tally.perLocale[locale] = seeded.length;
    for (const unit of seeded) {
      if (found.some((f) => f.unit === unit.id && f.check === seed.check)) tally.found += 1;
      else missedExamples.set(seed.check, [...(missedExamples.get(seed.check) ?? []), `${locale} ${JSON.stringify(unit.target)}`]);
    }
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);
console.log(`QA benchmark: ${[...clean].map(([l, u]) => `${l} ${u.length}`).join(', ')} clean human-translated units; seeded errors read back from XLIFF 2.1 (.kb/bench-qa/)`);
console.log(`${'check'.padEnd(20)} ${'seeded'.padStart(7)} ${LOCALES.join('/').padStart(12)} ${'recall'.padStart(8)}   ${'false positives'.padStart(16)}`);
let failed = false;
for (const [check, t] of tallies) {
  const recall = t.seeded === 0 ? undefined : t.found / t.seeded;
  const fp = t.cleanFlagged / t.clean;
  const miss = (recall !== undefined && recall < TARGETS.recall) || fp > TARGETS.falsePositives || t.seeded < 10;
  failed ||= miss;
  const note = whitespaceChecks.has(check) ? '   (seeded units checked directly: readXliff normalises whitespace)' : '';
  const split = LOCALES.map((l) => t.perLocale[l] ?? 0).join('/');
  console.log(`${check.padEnd(20)} ${String(t.seeded).padStart(7)} ${split.padStart(12)} ${pct(t.found, t.seeded).padStart(8)}   ${`${pct(t.cleanFlagged, t.clean)} (${t.cleanFlagged})`.padStart(16)}${miss ? '   ← misses a target (recall ≥ 95 %, ≥ 10 seeded, FP ≤ 5 %)' : note}`);
}
for (const [check, examples] of missedExamples) console.log(`missed ${check}: ${examples.slice(0, 3).join(' | ')}`);
process.exitCode = failed ? 1 : 0;
