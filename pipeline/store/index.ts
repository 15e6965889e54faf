/** The translation store of record: file format, reconciliation with the current source, status. */
export type { MemoryFile, MemoryUnit, Origin, StoreEntry, StoreFile, Transition, TransitionAction, TranslationState } from './storeTypes.ts';
export { transitionActions, translationStates } from './storeTypes.ts';
export { defaultPublishPolicy, publishPolicies, publishedStates, statesNeedingReview, type PublishPolicy, type PublishedStates } from './publishPolicy.ts';
export { historyOf, recordTransition, type TransitionChange } from './recordTransition.ts';
export { TranslationStore, requireTargetLocale } from './TranslationStore.ts';
export { isTranslatable, loadDoNotTranslate, segmentSource, sourceSegments } from './sourceSegments.ts';
export { withLock, type LockOptions, type LockOwner } from './storeLock.ts';
export { madeFrom, reconcileArticle, type Reconciliation } from './reconcileArticle.ts';
export { normalizeMemory, outranks, retiredToMemory } from './memoryUnits.ts';
export { articleStatus, hasUsableTarget, isDone, projectStatus, type ArticleTranslation, type LocaleStatus, type ProjectStatus, type StatusCounts, type TranslationStatus } from './translationStatus.ts';
export { parseMemoryFile, parseStoreFile, type ParsedStoreFile } from './parseStoreFile.ts';
export { serializeMemoryFile, serializeStoreFile } from './serializeStoreFile.ts';
export { articleStoreFile, memoryStoreFile, storeFolder } from './storePaths.ts';
export { storeTime } from './storeTime.ts';
export { blockUnitCoverage, blockUnitEntries, blockUnitsByArticle, isBlockKey, memoryUnitEntry, shownBlockCoverage, withDecidedBlocks, type BlockUnitEntry } from './blockUnitCoverage.ts';
