import { LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { compileSchema, valueAt } from '../../schema/compileSchema.ts';
import { compileGuidePattern } from './guidePattern.ts';
import { toneGuideHints, toneGuideSchema } from './toneGuideSchema.ts';
import type { GuidePattern, ToneGuide } from './toneGuideTypes.ts';

const validate = compileSchema(toneGuideSchema);

interface RawPattern {
  pattern: string;
  message?: string;
  hint?: string;
  useInstead?: string;
  prefer?: string;
}
interface RawGuide {
  register: ToneGuide['register'];
  registerMarkers?: RawPattern[];
  plainFormEndings?: boolean;
  forbiddenPhrases?: RawPattern[];
  preferredPhrases?: RawPattern[];
  maxSentenceLength?: number;
  sameAsSource?: string[];
  exclamationMarks?: ToneGuide['exclamationMarks'];
  punctuation?: { spaceBefore?: string; fullWidth?: boolean; quotes?: string };
}

type Path = (string | number)[];

/**
 * Read a tone guide: prose for reviewers around one ```yaml block of rules. The block is checked
 * against its schema and every pattern compiled; problems come back with the guide's own line:col.
 */
export function parseToneGuide(file: string, markdown: string, locale: string): { guide?: ToneGuide; diagnostics: Diagnostic[] } {
  const fence = /^```ya?ml[ \t]*\n([\s\S]*?)^```/m.exec(markdown);
  if (!fence) {
    return { diagnostics: [{ file, line: 1, column: 1, rule: 'tone-guide/no-rules', message: 'the guide has no ```yaml block of rules', hint: 'add a ```yaml block with at least register: formal|informal|default', severity: 'error' }] };
  }
  const firstLine = markdown.slice(0, fence.index).split('\n').length + 1;
  const yamlText = fence[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const problem = (offset: number, rule: string, message: string, hint?: string): Diagnostic => ({ file, ...at(offset), rule, message, hint, severity: 'error' });
  if (doc.errors.length > 0) {
    return { diagnostics: doc.errors.map((e) => problem(e.pos[0], 'tone-guide/yaml', e.message.split('\n')[0] ?? 'invalid YAML', 'check indentation, colons and quotes')) };
  }
  const data = (doc.toJS() as unknown) ?? {};
  if (!validate(data)) {
    const diagnostics = (validate.errors ?? []).map((e) => {
      const path: Path = e.instancePath.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      const field = String(path.findLast((p) => typeof p === 'string') ?? '');
      const params = e.params as { missingProperty?: string; additionalProperty?: string };
      if (e.keyword === 'required') return problem(offsetOf(doc, path), 'tone-guide/required', `"${params.missingProperty}" is required`, toneGuideHints[params.missingProperty ?? '']);
      if (e.keyword === 'additionalProperties') {
        const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
        return problem(offsetOf(doc, path), 'tone-guide/unknown-key', `unknown key "${params.additionalProperty}"`, `allowed keys: ${allowed.join(', ')}`);
      }
      const value = valueAt(data, path);
      return problem(offsetOf(doc, path), `tone-guide/invalid-${field || 'rules'}`, `${field || 'the rules'} ${JSON.stringify(value)} ${e.message ?? 'is invalid'}`, toneGuideHints[field]);
    });
    return { diagnostics: sortDiagnostics(diagnostics) };
  }
  const raw = data as RawGuide;
  const diagnostics: Diagnostic[] = [];
  const patterns = (key: 'registerMarkers' | 'forbiddenPhrases' | 'preferredPhrases'): (GuidePattern & Omit<RawPattern, 'pattern'>)[] =>
    (raw[key] ?? []).flatMap((item, index) => {
      const offset = offsetOf(doc, [key, index, 'pattern']);
      try {
        return [{ ...item, pattern: compileGuidePattern(item.pattern), source: item.pattern, line: at(offset).line }];
      } catch (error) {
        diagnostics.push(problem(offset, 'tone-guide/invalid-pattern', `${key} ${index + 1}: ${(error as Error).message}`, 'write a JavaScript regular expression; escape . ( ) [ ] ? * + with \\'));
        return [];
      }
    });
  const registerMarkers = patterns('registerMarkers');
  const forbiddenPhrases = patterns('forbiddenPhrases');
  const preferredPhrases = patterns('preferredPhrases').map((p) => ({ ...p, prefer: p.prefer ?? '' }));
  if (diagnostics.length > 0) return { diagnostics };
  const quotes = raw.punctuation?.quotes;
  return {
    guide: {
      locale,
      file,
      register: raw.register,
      registerMarkers,
      plainFormEndings: raw.plainFormEndings ?? false,
      forbiddenPhrases,
      preferredPhrases,
      maxSentenceLength: raw.maxSentenceLength ?? 0,
      exclamationMarks: raw.exclamationMarks ?? 'allowed',
      sameAsSource: raw.sameAsSource ?? [],
      punctuation: {
        spaceBefore: raw.punctuation?.spaceBefore ?? '',
        fullWidth: raw.punctuation?.fullWidth ?? false,
        ...(quotes ? { quotes: { open: [...quotes][0] ?? '', close: [...quotes][1] ?? '' } } : {}),
      },
    },
    diagnostics,
  };
}

/** Offset of the value at `path`, or of its nearest parent that has one. */
function offsetOf(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as YamlNode | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}
