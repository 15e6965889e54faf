import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { createTempProject, repoRoot, runKb, writeProjectFiles } from '../helpers/tempProject.ts';

// What a writer who read only the README adds: 40 articles, in a category folder no code knows.
const article = (n: number) => `---
title: Wallet question ${n}
description: How Lumo Wallet handles case ${n}, with steps you can follow today.
type: ${['faq', 'troubleshooting', 'guide', 'notice'][n % 4]}
category: wallet-payments
tags: [wallet, ${2000 + n}]
updated: 2026-11-${String((n % 28) + 1).padStart(2, '0')}
related: [account/reset-password]
---

Open **Settings** › **Wallet** and check case ${n}. If it fails, [reset your password](../account/reset-password) or see [the previous question](./question-${n === 1 ? 40 : n - 1}).

## Steps

1. Tap **Wallet**.
2. Wait ${n} seconds.
`;

describe('new articles from a writer', () => {
  it('validate and assemble into every locale with no code change', async () => {
    const root = await createTempProject({});
    await cp(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
    await writeProjectFiles(root, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`content/en/wallet-payments/question-${i + 1}.md`, article(i + 1)])));

    const validate = runKb('validate', '--root', root);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('75 articles checked, 0 errors');
    const assemble = runKb('assemble', '--root', root);
    expect(assemble.status).toBe(0);
    for (const locale of config.locales) {
      const files = await readdir(join(root, '.kb/site-content', locale.code, 'wallet-payments'));
      expect(files).toHaveLength(40);
    }
  });
});
