import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { load } from 'js-yaml';
import type { Page } from '@playwright/test';
import type { ReviewItem } from '../../pipeline/review/reviewItems.ts';
import { changedSentence, createReviewProject, startReview } from '../helpers/reviewProject.ts';
import type { KbRun } from '../helpers/tempProject.ts';
import { expect, test } from './fixtures.ts';
import { blockingViolations, formatViolations } from './formatViolations.ts';

// Every test of this file drives one `kb review` over one temporary project, in order.
test.describe.configure({ mode: 'serial' });

const reviewer = 'Rita Reviewer';
let root: string;
let url: string;
let stop: () => Promise<KbRun>;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  root = await createReviewProject();
  ({ url, stop } = await startReview(['--root', root, '--port', '0', '--by', reviewer]));
});

test.afterAll(async () => {
  const run = await stop?.();
  expect(run).toMatchObject({ status: 0 });
});

interface StoredEntry {
  key: string;
  state: string;
  target?: string;
  by?: string;
  origin?: string;
  outdated?: boolean;
  source: string;
  history?: { action: string; state: string; by: string }[];
}

async function stored(article: string, key: string): Promise<StoredEntry | undefined> {
  const file = load(await readFile(join(root, 'content/translations/de', `${article}.yaml`), 'utf8')) as { segments: StoredEntry[] };
  return file.segments.find((s) => s.key === key);
}

async function open(page: Page, where: string) {
  await page.getByRole('button', { name: new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: where })).toBeVisible();
}

const editor = (page: Page) => page.getByRole('textbox', { name: /^Translation/ });

test('a reviewer edits an outdated segment and approves another; the store records both', async ({ page }) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 2, name: /^Queue/ })).toHaveText('Queue (9)');
  await expect(page.getByRole('progressbar', { name: /^German: 0 of 14 approved, 9 need review$/ })).toBeVisible();

  // The outdated sentence: what changed in the source is shown as a word diff.
  await open(page, `account/reset-password · b1.s1`);
  await expect(page.locator('.diff ins')).toHaveText('6-digit ');
  const edited = 'Geben Sie den 6-stelligen Code ein, den wir Ihnen per SMS senden.';
  await editor(page).fill(edited);
  await page.getByRole('button', { name: 'Save edit' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(await stored('account/reset-password', 'b1.s1')).toMatchObject({ target: edited, state: 'translated', origin: 'human', by: reviewer, source: changedSentence.after });
  expect((await stored('account/reset-password', 'b1.s1'))?.outdated).toBeUndefined();
  expect((await stored('account/reset-password', 'b1.s1'))?.history?.at(-1)).toMatchObject({ action: 'edit', state: 'translated', by: reviewer });

  // A sentence with placeholders: approve it with the keyboard, which moves on to the next one.
  await open(page, 'calls/dropped-calls · b4.s0');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'calls/dropped-calls · b5.s0' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('heading', { level: 2, name: 'calls/dropped-calls · b4.s0' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(editor(page).locator('.chip')).toHaveCount(4);
  const machine = (await stored('calls/dropped-calls', 'b5.s0'))?.target;
  await editor(page).focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toHaveText('Approved.');
  expect(await stored('calls/dropped-calls', 'b5.s0')).toMatchObject({ state: 'approved', by: reviewer, target: machine });
  expect((await stored('calls/dropped-calls', 'b5.s0'))?.history?.map((h) => h.action)).toEqual(['machine', 'approve']);
  await expect(page.getByRole('progressbar', { name: /^German: 1 of 14 approved/ })).toBeVisible();
});

test('placeholder chips survive deleting everything and typing over them, and can be moved', async ({ page }) => {
  await page.goto(url);
  await page.getByLabel('State').selectOption('');
  await expect(page.getByRole('heading', { level: 2, name: /^Queue/ })).toHaveText('Queue (14)');
  await open(page, 'calls/dropped-calls · b5.s0');
  const box = editor(page);
  await box.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(box.locator('.chip')).toHaveCount(4);
  await expect(box).toHaveText(/^1 strong\/12 strong\/2$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Neu');
  await expect(box.locator('.chip')).toHaveCount(4);
  await expect(box).toContainText('Neu');
  // Move {2} to the start: put the cursor there and press its button.
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: /^Place \{2\}/ }).click();
  await expect(box.locator('.chip').first()).toHaveAttribute('data-token', '{2}');
  await page.getByRole('button', { name: 'Undo my changes' }).click();
  await expect(box.locator('.chip').first()).toHaveAttribute('data-token', '{1}');
});

test('a save over a segment someone changed meanwhile is refused and shows both versions', async ({ page }) => {
  await page.goto(url);
  await open(page, 'calls/dropped-calls · b3.s0');
  // Someone else (another tab of the app) saves the same segment after this page opened it.
  const headers = { 'x-kb-csrf': (await page.locator('meta[name="kb-csrf"]').getAttribute('content')) ?? '', origin: url.replace(/\/$/, ''), 'content-type': 'application/json' };
  const queue = (await (await fetch(new URL('/api/queue?locale=de&article=calls/dropped-calls', url), { headers })).json()) as { items: ReviewItem[] };
  const item = queue.items.find((i) => i.key === 'b3.s0');
  if (!item) throw new Error('b3.s0 is not in the queue');
  const theirs = 'Das Netz ist schwach oder ausgelastet.';
  const body = JSON.stringify({ locale: 'de', article: item.article, key: item.key, version: item.version, action: 'edit', target: theirs });
  expect((await fetch(new URL('/api/review', url), { method: 'POST', headers, body })).status).toBe(200);

  await editor(page).fill('Das Netzwerk ist schwach.');
  await page.getByRole('button', { name: 'Approve and next' }).click();
  await expect(page.getByRole('status')).toContainText('changed since you opened it');
  await expect(page.locator('.conflict-stored')).toHaveText(theirs);
  await expect(page.locator('.conflict-yours')).toHaveText('Das Netzwerk ist schwach.');
  expect(await stored('calls/dropped-calls', 'b3.s0')).toMatchObject({ target: theirs, by: reviewer, state: 'translated' });

  await expectAccessible(page);
});

test('the review app, with a segment and its glossary terms open, has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto(url);
  await page.getByLabel('State').selectOption('');
  await expect(page.getByRole('heading', { level: 2, name: /^Queue/ })).toHaveText('Queue (14)');
  await open(page, 'account/reset-password · b0.s0');
  await expect(page.locator('.source-text mark.term')).toHaveText(['password', 'account']);
  await expect(page.locator('#terms')).toContainText('account → Konto');
  await page.getByText(/^Tone guide/).click();
  await expect(page.locator('#tone-guide-text')).toContainText('Sie');
  await expectAccessible(page);
});

async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = blockingViolations(violations);
  expect(blocking, `serious or critical accessibility violations in kb review:\n${formatViolations(blocking)}`).toEqual([]);
}
