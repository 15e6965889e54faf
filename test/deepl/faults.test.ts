import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prng } from '../helpers/prng.ts';
import { articleFile, createTempProject, startKb } from '../helpers/tempProject.ts';
import { requireValidProject } from '../../pipeline/content/requireValidProject.ts';
import { TranslationStore, type StoreEntry } from '../../pipeline/store/index.ts';
import { startDeepLServer, type DeepLTestServer, type Fault, type RecordedRequest } from './server.ts';

const key = 'fault-test-key';
const articles = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];

/** Six articles whose every sentence is unique, so a text sent twice is a segment translated twice. */
function projectFiles(): Record<string, string> {
  return Object.fromEntries(
    articles.map((name) => [`content/en/calls/${name}.md`, articleFile('calls', `Calls ${name}`, `Restart ${name} first. Then call ${name} again. Ask ${name} to update.\n`)]),
  );
}

let root: string;
let server: DeepLTestServer;
beforeEach(async () => {
  root = await createTempProject(projectFiles());
  server = await startDeepLServer({ authKey: key });
});
afterEach(() => server.close());

function kb(args: string[] = [], locales = ['de']) {
  return startKb(['translate', '--root', root, '--provider', 'deepl', ...locales.flatMap((l) => ['--locale', l]), ...args], {
    DEEPL_AUTH_KEY: key,
    DEEPL_SERVER_URL: server.url,
    KB_DEEPL_MAX_RETRIES: '5',
    KB_DEEPL_TIMEOUT_MS: '300',
  });
}

async function storeEntries(locales = ['de']): Promise<StoreEntry[]> {
  const store = TranslationStore.open(root, (await requireValidProject(root)).config);
  return (await Promise.all(locales.flatMap((locale) => articles.map((name) => store.read(locale, `calls/${name}`))))).flat();
}

const run = (args: string[] = [], locales = ['de']) => kb(args, locales).done;
const texts = (requests: RecordedRequest[]) => requests.flatMap((r) => r.params.get('text') ?? []);
const segmentsPerArticle = 5; // title, description, three sentences

describe('DeepL faults', () => {
  it('kill -9 at any moment, then a re-run: no segment translated twice beyond the batch in flight, none lost', async () => {
    for (const killAt of [1, 3, 6]) {
      root = await createTempProject(projectFiles());
      server.requests.length = 0;
      // The killAt-th request is held unanswered, and the run is killed while it waits.
      let inFlight: RecordedRequest | undefined;
      const first = kb();
      server.faults = (r) => (r.path === '/v2/translate' && server.translateRequests().length === killAt ? { kind: 'delay', ms: 10_000 } : undefined);
      server.onRequest = (r) => {
        if (r.path !== '/v2/translate' || server.translateRequests().length !== killAt) return;
        inFlight = r;
        first.child.kill('SIGKILL');
      };
      expect((await first.done).signal).toBe('SIGKILL');
      server.faults = undefined;
      server.onRequest = undefined;
      // Every batch answered before the kill is stored.
      expect((await storeEntries()).filter((e) => e.state === 'machine')).toHaveLength((killAt - 1) * segmentsPerArticle);

      const second = await run();
      expect(second.status).toBe(0);
      expect(second.stderr).toContain('store/stale-lock  took over the lock of pid');
      const entries = await storeEntries();
      expect(entries).toHaveLength(articles.length * segmentsPerArticle);
      expect(entries.every((e) => e.state === 'machine' && e.target === `[DE] ${e.source}`)).toBe(true);
      const sent = texts(server.translateRequests());
      const twice = sent.filter((t, i) => sent.indexOf(t) !== i);
      expect(twice.sort()).toEqual([...(inFlight?.params.get('text') ?? [])].sort());
      expect(new Set(sent).size).toBe(entries.length);
    }
  });

  it('kill -9 at random moments, five times over, then a re-run: duplicates only from the batch in flight at each kill', async () => {
    const random = prng(42);
    // Slow answers stretch the run so kills land before, between and during requests and saves.
    server.faults = (r) => (r.path === '/v2/translate' ? { kind: 'delay', ms: 40 } : undefined);
    const inFlight: string[] = [];
    for (let kill = 0; kill < 5; kill++) {
      const run = kb();
      await new Promise((resolve) => setTimeout(resolve, 250 + random() * 500));
      run.child.kill('SIGKILL');
      await run.done;
      // The batch in flight: the last one sent, whether or not its answer arrived before the kill.
      inFlight.push(...(server.translateRequests().at(-1)?.params.get('text') ?? []));
    }
    const last = await run();
    expect(last.status).toBe(0);
    const entries = await storeEntries();
    expect(entries.every((e) => e.state === 'machine' && e.target === `[DE] ${e.source}`)).toBe(true);
    const sent = texts(server.translateRequests());
    expect(new Set(sent).size).toBe(entries.length);
    const twice = sent.filter((t, i) => sent.indexOf(t) !== i);
    for (const text of twice) expect(inFlight).toContain(text);
  });

  it('stores each batch of a long article before sending the next', async () => {
    const sentences = Array.from({ length: 58 }, (_, i) => `Step ${i + 1} of the long guide.`).join(' ');
    root = await createTempProject({ 'content/en/calls/long.md': articleFile('calls', 'Long guide', `${sentences}\n`) });
    const first = kb();
    server.faults = (r) => (server.translateRequests().length === 2 && r.path === '/v2/translate' ? { kind: 'delay', ms: 10_000 } : undefined);
    server.onRequest = (r) => {
      if (r.path === '/v2/translate' && server.translateRequests().length === 2) first.child.kill('SIGKILL');
    };
    expect((await first.done).signal).toBe('SIGKILL');
    expect(server.translateRequests().map((r) => r.params.get('text')?.length)).toEqual([50, 10]);
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    const entries = await store.read('de', 'calls/long');
    expect(entries).toHaveLength(60);
    expect(entries.filter((e) => e.state === 'machine')).toHaveLength(50);
  });

  it('20 % of requests fail (429, 500, timeout, dropped connection): everything is translated once, exit 0', async () => {
    const kinds: Fault[] = [{ kind: 'status', status: 429 }, { kind: 'status', status: 500 }, { kind: 'delay', ms: 1500 }, { kind: 'destroy' }];
    let arrived = 0;
    // Every fifth request fails, cycling through the kinds: 20 %, deterministic.
    server.faults = () => (++arrived % 5 === 0 ? kinds[(arrived / 5 - 1) % kinds.length] : undefined);
    const locales = ['de', 'fr', 'es', 'ja'];
    const result = await run([], locales);
    // The only warning: the project glossary has Arabic terms and DeepL has no en→ar glossaries.
    expect(result.stderr).toBe('warning: DeepL has no glossaries for en→ar: that language is translated without the project glossary\n');
    expect(result.status).toBe(0);
    const outcomes = server.translateRequests().map((r) => r.outcome);
    expect(outcomes.filter((o) => o !== 200).sort()).toEqual(expect.arrayContaining([429, 500, 'delay', 'destroy']));
    expect(outcomes.filter((o) => o !== 200)).toHaveLength(Math.floor(outcomes.length / 5));
    // Each (locale, text) answered exactly once, and stored.
    const answered = server.translated().flatMap((r) => (r.params.get('text') ?? []).map((t) => `${r.params.get('target_lang')?.[0]} ${t}`));
    expect(answered).toHaveLength(locales.length * articles.length * segmentsPerArticle);
    expect(new Set(answered).size).toBe(answered.length);
    const entries = await storeEntries(locales);
    expect(entries).toHaveLength(answered.length);
    expect(entries.every((e) => e.state === 'machine')).toBe(true);
  });

  it('456 quota exceeded: stops cleanly, says what was and was not translated, exit 1; a re-run finishes', async () => {
    // Room for two articles' characters (alpha and bravo bill 92 each: title, description, sentences), not three.
    server.usage.limit = 2 * 92 + 10;
    const stopped = await run();
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain('kb translate: machine translation stopped: DeepL quota exceeded (456)');
    expect(stopped.stderr).toContain('10 segments translated and stored, 20 segments not translated (run again to continue)');
    expect(stopped.stdout).toContain('not translated 20 segments');
    const entries = await storeEntries();
    expect(entries.filter((e) => e.state === 'machine')).toHaveLength(10);
    expect(entries.filter((e) => e.state === 'new')).toHaveLength(20);

    server.usage.limit = 1_000_000;
    const again = await run();
    expect(again.status).toBe(0);
    expect((await storeEntries()).every((e) => e.state === 'machine')).toBe(true);
    const answered = texts(server.translated());
    expect(new Set(answered).size).toBe(answered.length);
  });

  it('--max-chars caps what a run bills; the next run continues', async () => {
    const capped = await run(['--max-chars', '150']);
    expect(capped.status).toBe(0);
    expect(server.usage.count).toBeLessThanOrEqual(150);
    expect(server.usage.count).toBeGreaterThan(100);
    expect(capped.stderr).toContain('machine translation stopped: --max-chars 150 reached');
    const again = await run();
    expect(again.status).toBe(0);
    expect((await storeEntries()).every((e) => e.state === 'machine')).toBe(true);
  });
});
