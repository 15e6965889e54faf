/**
 * `npm run bench:deepl [-- --fault-rate 0.2] [--keep]` — `kb translate --provider deepl` on the
 * sample help center (35 articles, 8 with human translations the TM reuses) × 7 target locales,
 * through the real deepl-node client against the local DeepL-compatible test server: wall time,
 * requests, texts and bytes per request, characters billed per locale; then a warm run, which must
 * send nothing. With --fault-rate, that share of requests fails (429, 500, dropped connection).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDeepLServer, type Fault } from '../test/deepl/server.ts';
import { prng } from '../test/helpers/prng.ts';
import { measureStep } from './measureStep.ts';

const repoRoot = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'fault-rate': { type: 'string', default: '0' }, keep: { type: 'boolean' } } });
const faultRate = Number(values['fault-rate']);

const dir = await mkdtemp(join(tmpdir(), 'kb-bench-deepl-'));
await writeFile(join(dir, 'kb.config.ts'), `export { default } from ${JSON.stringify(join(repoRoot, 'kb.config.ts'))};\n`);
for (const folder of ['content/en', 'content/translations', 'glossary']) await cp(join(repoRoot, folder), join(dir, folder), { recursive: true });

const key = 'bench-key';
const server = await startDeepLServer({ authKey: key });
const random = prng(7);
const kinds: Fault[] = [{ kind: 'status', status: 429 }, { kind: 'status', status: 500 }, { kind: 'destroy' }];
server.faults = () => (random() < faultRate ? kinds[Math.floor(random() * kinds.length)] : undefined);

const env = { DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, KB_DEEPL_MAX_RETRIES: '8' };
const kb = (name: string) =>
  measureStep({ name, command: process.execPath, args: [join(repoRoot, 'bin/kb.mjs'), 'translate', '--root', dir, '--provider', 'deepl', '--json'], cwd: dir, logFile: join(dir, `${name}.log`), env: { ...process.env, ...env } });

const cold = await kb('cold');
const coldRequests = server.translateRequests();
const answered = server.translated();
const log = (name: string) => readFile(join(dir, `${name}.log`), 'utf8');
if (cold.exitCode !== 0) throw new Error(`cold run failed (exit ${cold.exitCode}):\n${await log('cold')}`);
// The log holds stderr warnings too (e.g. language pairs without a DeepL glossary); the report is the JSON from its first `{` line.
const coldLog = await log('cold');
const report = JSON.parse(coldLog.slice(coldLog.search(/^\{/m))) as { locales: Record<string, { machineTranslated: number; exact: number; context: number; fuzzy: number; billedCharacters: number }> };
const warm = await kb('warm');
const warmRequests = server.translateRequests().length - coldRequests.length;
await server.close();

const texts = answered.map((r) => r.params.get('text')?.length ?? 0);
console.log(`kb translate --provider deepl — sample help center × ${Object.keys(report.locales).length} locales, fault rate ${faultRate}`);
console.log(`cold: ${cold.wallSeconds.toFixed(2)} s wall, ${cold.cpuSeconds.toFixed(2)} s CPU, ${(cold.maxRssBytes / 2 ** 20).toFixed(0)} MB peak`);
console.log(`  requests: ${coldRequests.length} sent, ${answered.length} answered, ${coldRequests.length - answered.length} failed and retried`);
console.log(`  texts per request: mean ${(texts.reduce((a, b) => a + b, 0) / texts.length).toFixed(1)}, max ${Math.max(...texts)}; largest body ${(Math.max(...answered.map((r) => r.bodyBytes)) / 1024).toFixed(1)} KiB`);
console.log(`  ${'locale'.padEnd(8)}${'TM reuse'.padStart(10)}${'MT segs'.padStart(10)}${'billed chars'.padStart(14)}`);
for (const [code, l] of Object.entries(report.locales)) {
  console.log(`  ${code.padEnd(8)}${String(l.context + l.exact + l.fuzzy).padStart(10)}${String(l.machineTranslated).padStart(10)}${String(l.billedCharacters).padStart(14)}`);
}
console.log(`  total billed: ${server.usage.count} characters`);
console.log(`warm: ${warm.wallSeconds.toFixed(2)} s wall, ${warmRequests} requests (want 0)`);
if (values.keep) console.log(`kept ${dir}`);
else await rm(dir, { recursive: true, force: true });
if (warmRequests > 0 || warm.exitCode !== 0) process.exitCode = 1;
