import { describe, expect, it } from 'vitest';
import { findApprovedTerms, findEnglishTerm, findTargetTerm } from './findTerms.ts';

const found = (text: string, term: string, locale: string, caseSensitive = false) => findTargetTerm(text, term, locale, caseSensitive).length > 0;

describe('findEnglishTerm', () => {
  it('finds whole words, plurals, hyphen or space, across placeholders; not inside other words', () => {
    expect(findEnglishTerm('Go to {1}Settings{/1}.', 'Settings', true)).toEqual([{ start: 9, end: 17 }]);
    expect(findEnglishTerm('Messages on linked devices', 'message', false)).toHaveLength(1);
    expect(findEnglishTerm('Your backups are safe', 'backup', false)).toHaveLength(1);
    expect(findEnglishTerm('Turn on two step verification', 'two-step verification', false)).toHaveLength(1);
    expect(findEnglishTerm('messaging apps', 'message', false)).toEqual([]);
    expect(findEnglishTerm('Open settings', 'Settings', true)).toEqual([]);
  });
});

describe('findApprovedTerms', () => {
  it('lists each approved term where it occurs, in text order, the longest term winning an overlap', () => {
    const verification = { source: 'verification', target: 'Verifizierung', caseSensitive: false };
    const twoStep = { source: 'two-step verification', target: 'Bestätigung in zwei Schritten', caseSensitive: false };
    const password = { source: 'password', target: 'Passwort', caseSensitive: false };
    expect(findApprovedTerms('Your password and two-step verification; verification codes.', [verification, twoStep, password])).toEqual([
      { start: 5, end: 13, term: password },
      { start: 18, end: 39, term: twoStep },
      { start: 41, end: 53, term: verification },
    ]);
  });
});

describe('findTargetTerm', () => {
  it('accepts inflected forms in German, French, Spanish and Portuguese (Weblate #1297)', () => {
    expect(found('Nachrichten auf verknüpften Geräten', 'verknüpftes Gerät', 'de')).toBe(true);
    expect(found('Sprach- und Videoanrufe', 'Videoanruf', 'de')).toBe(true);
    expect(found('Ihr {1}-Passwort schützt Ihr Konto', 'Passwort', 'de')).toBe(true);
    expect(found('Ihre Passwörter sind sicher', 'Passwort', 'de')).toBe(true);
    expect(found('Les appels vocaux et vidéo', 'appel vidéo', 'fr')).toBe(true);
    expect(found('l’écran de l’ordinateur', 'ordinateur', 'fr')).toBe(true);
    expect(found('Los dispositivos vinculados', 'dispositivo vinculado', 'es')).toBe(true);
    expect(found('Olvidaste tus contraseñas', 'contraseña', 'es')).toBe(true);
    expect(found('as mensagens enviadas', 'mensagem', 'pt-br')).toBe(true);
    expect(found('Confira o número no perfil do contato', 'contato', 'pt-br')).toBe(true);
  });

  it('still misses a different word', () => {
    expect(found('Ihr Kennwort schützt Ihr Konto', 'Passwort', 'de')).toBe(false);
    expect(found('Olvidaste tu clave', 'contraseña', 'es')).toBe(false);
    expect(found('tu ordenador', 'computadora', 'es')).toBe(false);
  });

  it('matches short German words whole and compounds only at a word part, not inside another word', () => {
    expect(found('die Verifizierung in zwei Schritten', 'Verifizierung in zwei Schritten', 'de')).toBe(true);
    expect(found('Den Sicherheitscode prüfen', 'Code', 'de')).toBe(true);
    expect(found('Sprachnachrichten, Fotos', 'Nachricht', 'de')).toBe(true);
    expect(found('Fehler behandeln', 'Handy', 'de')).toBe(false);
    expect(found('Geben Sie die PIN ein', 'in', 'de')).toBe(false);
  });

  it('reads Arabic with the article, attached prepositions, suffixes and short vowels', () => {
    expect(found('تحمي كلمة مرور {1} حسابك', 'حساب', 'ar')).toBe(true);
    expect(found('تحتاج المكالمات الجماعية إلى', 'مكالمة جماعية', 'ar')).toBe(true);
    expect(found('أدخل رقم الهاتف', 'هاتف', 'ar')).toBe(true);
    expect(found('على جهاز كمبيوتر', 'كلمة المرور', 'ar')).toBe(false);
    // A term that starts with a letter that can be a preposition (ك) keeps it.
    expect(found('شاشة الكمبيوتر', 'كمبيوتر', 'ar')).toBe(true);
    expect(found('أدخل كلمة المرور', 'كلمة المرور', 'ar')).toBe(true);
  });

  it('finds Japanese and Chinese terms as substrings, spaces optional', () => {
    expect(found('{1}のパスワードを再設定する', 'パスワード', 'ja')).toBe(true);
    expect(found('使用 API令牌进行身份验证', 'API 令牌', 'zh-cn')).toBe(true);
    expect(found('パスコードを入力', 'パスワード', 'ja')).toBe(false);
  });

  it('honours case sensitivity', () => {
    expect(found('Öffnen Sie die Einstellungen', 'Einstellungen', 'de', true)).toBe(true);
    expect(found('die wlan-verbindung', 'WLAN', 'de', true)).toBe(false);
    expect(found('die wlan-verbindung', 'WLAN', 'de', false)).toBe(true);
  });
});
