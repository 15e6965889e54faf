export { readTmx, sameLanguage, type ReadTmxResult } from './readTmx.ts';
export { writeTmx, tmxDate, type TmxUnit, type TmxHeader } from './writeTmx.ts';
export { toTmxSeg, fromTmxSeg, type NativeCodes } from './tmxInline.ts';
