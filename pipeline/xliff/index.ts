/** XLIFF 2.1 and 1.2 exchange with translators' CAT tools. */
export { readXliff } from './readXliff.ts';
export { exportXliff, exportFilterStates } from './exportXliff.ts';
export { importXliff, importSummary } from './importXliff.ts';
export { xliffVersions, type XliffVersion } from './writeXliff.ts';
export type { ExportStatus } from './exchangeState.ts';
