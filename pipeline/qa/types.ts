/** Shapes of the QA stage: what every check reads and reports. Other stages build on these. */
import type { PlaceholderInfo } from '../segment/splitSentences.ts';
import type { Glossary } from '../glossary/types.ts';
import type { ToneGuide } from './toneGuide/toneGuideTypes.ts';
import type { JapaneseAnalyser } from './japaneseAnalyser.ts';

/** One problem a check found in one unit. `line`/`column` are 1-based, in `file`. */
export interface Finding {
  check: string;
  severity: 'error' | 'warning';
  unit: string;
  locale: string;
  message: string;
  hint?: string;
  article?: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * One segment to check: source and target in the store's placeholder form (`{1}…{/1}`, `{2}`).
 * A unit whose locale is the source locale is the writer's text: only source-side checks read it.
 */
export interface QaUnit {
  id: string;
  locale: string;
  source: string;
  target?: string;
  article?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** What the checks know about the project: glossary, tone guides, locales. Built by `loadQaContext`. */
export interface QaContext {
  sourceLocale: string;
  /** BCP 47 tag per locale code (`es` → `es-419`), for Intl and number formats. */
  tags: Record<string, string>;
  glossary: Glossary;
  /** Tone guide per locale code (the source locale's too: its rules are the writers'). */
  toneGuides: Record<string, ToneGuide>;
  /** Loaded only when a Japanese tone guide asks for plain-form endings to be found. */
  japanese?: JapaneseAnalyser;
  /**
   * What each `{n}` of a source text stands for (code, link, do-not-translate term…), from
   * segmenting the project's articles; without an entry, a placeholder's kind is unknown.
   */
  placeholders: Map<string, PlaceholderInfo[]>;
}

/** What a check calls for each problem; severity defaults to the check's own. */
export type Report = (unit: QaUnit, problem: { message: string; hint?: string; severity?: Finding['severity'] }) => void;

/** A unit that has a target to check. */
export type TargetUnit = QaUnit & { target: string };

/**
 * One check, unified-plugin style: an id, a default severity, and hooks for the units it reads.
 * Most look at one translated unit at a time; consistency checks look across all of them.
 */
export interface QaCheck {
  id: string;
  severity: Finding['severity'];
  /** One line for the README and `kb check --help`. */
  description: string;
  target?(unit: TargetUnit, context: QaContext, report: Report): void;
  targets?(units: TargetUnit[], context: QaContext, report: Report): void;
  /** A unit with no target at all. */
  untranslated?(unit: QaUnit, context: QaContext, report: Report): void;
  /** The writer's text: units in the source locale. */
  source?(unit: QaUnit, context: QaContext, report: Report): void;
}
