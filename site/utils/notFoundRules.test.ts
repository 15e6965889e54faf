import { describe, expect, it } from 'vitest';
import { notFoundRedirects } from './notFoundRules.ts';

describe('notFoundRedirects', () => {
  it('sends every locale’s missing paths to that locale’s not-found page with status 404', () => {
    expect(notFoundRedirects(['en', 'de', 'es-419']).split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      '/en/*  /en/404/index.html  404',
      '/de/*  /de/404/index.html  404',
      '/es-419/*  /es-419/404/index.html  404',
      '',
    ]);
  });
});
