/** The QA stage: checks over source/target units, and the project context they read. */
export type { Finding, QaContext, QaUnit } from './types.ts';
export { checkUnits } from './checkUnits.ts';
export { entryFindings } from './entryFindings.ts';
export { loadQaProject, sourceArticles, toneGuideFile, type QaProject, type SourceArticle } from './loadQaContext.ts';
export { qaChecks } from './checks/index.ts';
export { checkProject, changedFiles, inChangeSet } from './checkProject.ts';
export { countFindings, findingsDocument, formatFindingGithub, formatFindingText, formatMarkdownSummary } from './formatFindings.ts';
export { translationWork } from './translationWork.ts';
export { checkXliff } from './checkXliff.ts';
