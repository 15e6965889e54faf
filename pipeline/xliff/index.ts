/** XLIFF 2.1 and 1.2 exchange with translators' CAT tools. */
export { readXliff } from './readXliff.ts';
export type { XliffDocument, XliffUnit } from './xliffTypes.ts';
