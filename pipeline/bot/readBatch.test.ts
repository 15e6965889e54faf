import { describe, expect, it } from 'vitest';
import { UserError } from '../diagnostics/diagnostic.ts';
import config from '../../kb.config.ts';
import { readBatch } from './readBatch.ts';
import { resolveLocale } from './resolveLocale.ts';

describe('readBatch', () => {
  it('reads one question per line and reports every bad line with its position', () => {
    expect(readBatch('q.jsonl', '{"id":1,"locale":"zh-CN","question":"密码"}\n\n{"id":"b","question":"pin"}\n')).toEqual([
      { id: '1', locale: 'zh-CN', question: '密码', line: 1 },
      { id: 'b', locale: undefined, question: 'pin', line: 3 },
    ]);
    try {
      readBatch('q.jsonl', '{"id":1}\nnot json\n{"question":"x"}');
      expect.unreachable();
    } catch (error) {
      expect((error as UserError).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['1:1 "question" is missing or empty', '2:1 not a JSON object', '3:1 "id" is missing']);
    }
  });
});

describe('resolveLocale', () => {
  it('takes our codes, BCP 47 tags in any case, and other tags of the same language', () => {
    const code = (input: string) => resolveLocale(config.locales, input)?.code;
    expect(['pt-br', 'pt-BR', 'pt', 'zh-CN', 'zh-Hans', 'es-419', 'es-MX', 'ja', 'en_US', 'xx'].map(code)).toEqual(['pt-br', 'pt-br', 'pt-br', 'zh-cn', 'zh-cn', 'es', 'es', 'ja', 'en', undefined]);
  });
});
