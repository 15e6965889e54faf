import { describe, expect, it } from 'vitest';
import { categoryLabel, humanizeFolder } from './categoryLabel.ts';
import { useTranslations } from './i18n.ts';

describe('humanizeFolder', () => {
  it('turns hyphens into spaces and capitalizes the first letter only', () => {
    expect(humanizeFolder('privacy-security')).toBe('Privacy security');
    expect(humanizeFolder('billing')).toBe('Billing');
  });
});

describe('categoryLabel', () => {
  it('uses the label from the locale UI strings', () => {
    expect(categoryLabel('privacy-security', useTranslations('de'))).toBe('Datenschutz & Sicherheit');
    expect(categoryLabel('calls', useTranslations('ar'))).toBe('المكالمات');
  });
  it('falls back to the humanized folder name for an unknown category', () => {
    expect(categoryLabel('smart-watches', useTranslations('ja'))).toBe('Smart watches');
  });
});
