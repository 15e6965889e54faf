import { defineConfig } from './pipeline/config/defineConfig.ts';

// Adding a locale: one entry here, a tone guide in tone-guides/<code>.md, UI strings in site/i18n/<code>.json.
export default defineConfig({
  sourceLocale: 'en',
  site: 'https://help.lumo.example',
  locales: [
    { code: 'en', tag: 'en', dir: 'ltr', label: 'English', englishName: 'English', formality: 'default' },
    { code: 'de', tag: 'de', dir: 'ltr', label: 'Deutsch', englishName: 'German', deepl: 'DE', formality: 'formal' },
    { code: 'fr', tag: 'fr', dir: 'ltr', label: 'Français', englishName: 'French', deepl: 'FR', formality: 'formal' },
    { code: 'es', tag: 'es-419', dir: 'ltr', label: 'Español (Latinoamérica)', englishName: 'Spanish (Latin America)', deepl: 'ES-419', formality: 'informal' },
    { code: 'pt-br', tag: 'pt-BR', dir: 'ltr', label: 'Português (Brasil)', englishName: 'Portuguese (Brazil)', deepl: 'PT-BR', formality: 'informal' },
    { code: 'ja', tag: 'ja', dir: 'ltr', label: '日本語', englishName: 'Japanese', deepl: 'JA', formality: 'formal' },
    { code: 'zh-cn', tag: 'zh-CN', dir: 'ltr', label: '简体中文', englishName: 'Chinese (Simplified)', deepl: 'ZH-HANS', formality: 'formal' },
    { code: 'ar', tag: 'ar', dir: 'rtl', label: 'العربية', englishName: 'Arabic', deepl: 'AR', formality: 'formal' },
  ],
});
