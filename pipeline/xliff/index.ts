/** XLIFF 2.1 and 1.2 exchange with translators' CAT tools. */
export { readXliff, parseXliff, type ParsedXliff } from './readXliff.ts';
export { exportXliff, exportFilterStates, type XliffExportOptions } from './exportXliff.ts';
export { importXliff, importSummary, type XliffImportReport } from './importXliff.ts';
export { xliffVersions, type XliffVersion } from './writeXliff.ts';
export type { ExportStatus } from './exchangeState.ts';
export type { XliffDocument, XliffUnit } from './xliffTypes.ts';
