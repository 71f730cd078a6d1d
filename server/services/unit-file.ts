/**
 * A province's unit tree as a file, for `motcua init` (examples/province/ has one of each kind):
 * - JSON: `{"format": "motcua.units", "version": 1, "units": [{"code", "parentCode", "kind", "name": {"vi", "en"}}]}`
 * - CSV (UTF-8, comma-separated, a header row): `code,parentCode,kind,nameVi,nameEn`; an empty parentCode is the root.
 * Either way: one root (the province), every other unit's parent in the file, codes unique. Problems name the unit
 * by its JSON path `/units/<i>` (for CSV, row i of the data: line i + 2 of the file).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { isPlainObject } from '../../runtime/engine/index.ts';
import { serviceError } from '../errors.ts';
import { checkNewUnit, unitUnknown, type NewUnit } from './units.ts';
import { message, type Localized } from '../../runtime/engine/messages/index.ts';

export const UNIT_FILE_FORMAT = 'motcua.units';
export const CSV_COLUMNS = ['code', 'parentCode', 'kind', 'nameVi', 'nameEn'];
const MAX_UNITS = 20_000;

const invalid = (path: string, text: Localized) => serviceError('UNIT_FILE_INVALID', 400, text, { path });

/** The units of a JSON or CSV unit file's text, checked as one tree. */
export function readUnitFile(text: string, format: 'json' | 'csv'): NewUnit[] {
  const entries = format === 'json' ? jsonEntries(text) : csvEntries(text);
  if (entries.length === 0 || entries.length > MAX_UNITS) {
    throw invalid('/units', message('unitFile.fileMustList1', { maxUnits: MAX_UNITS }));
  }
  const units = entries.map((entry, i) => checkNewUnit(entry, `/units/${i}`));
  checkTree(units);
  return units;
}

function jsonEntries(text: string): unknown[] {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw invalid('', message('unitFile.notJson', { error: (error as Error).message }));
  }
  if (!isPlainObject(file) || file.format !== UNIT_FILE_FORMAT || file.version !== 1) {
    throw invalid('/format', message('unitFile.jsonUnitFileMust', { unitFileFormat: UNIT_FILE_FORMAT }));
  }
  if (!Array.isArray(file.units)) {
    throw invalid('/units', message('unitFile.unitsMustList'));
  }
  return file.units;
}

function csvEntries(text: string): unknown[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw invalid('', message('unitFile.csvFileCannotRead', { error: error.message }));
  }
  const [header = [], ...data] = rows;
  if (header.join(',') !== CSV_COLUMNS.join(',')) {
    throw invalid('/header', message('unitFile.firstLineCsvFile', { csvColumns: CSV_COLUMNS.join(',') }));
  }
  return data.map(([code, parentCode, kind, nameVi, nameEn]) => ({
    code,
    parentCode: parentCode === '' ? null : parentCode,
    kind,
    name: { vi: nameVi, en: nameEn },
  }));
}

/** One root, unique codes, every parent listed, and every unit under the root (no cycle). */
function checkTree(units: NewUnit[]): void {
  const index = new Map<string, number>();
  units.forEach((u, i) => {
    const first = index.get(u.code);
    if (first !== undefined) {
      throw invalid(`/units/${i}/code`, message('unitFile.unitCodeAppearsTwice', { code: u.code, first }));
    }
    index.set(u.code, i);
  });
  const roots = units.flatMap((u, i) => (u.parentCode === null ? [i] : []));
  if (roots.length !== 1) {
    throw invalid(
      roots.length === 0 ? '/units' : `/units/${roots[1]}/parentCode`,
      message('unitFile.fileMustHaveExactly', { rootsCount: roots.length }),
    );
  }
  units.forEach((u, i) => {
    if (u.parentCode !== null && !index.has(u.parentCode))
      throw unitUnknown(u.parentCode, `/units/${i}/parentCode`);
  });
  // With one root and every parent listed, a unit not under the root sits on a cycle of parents.
  units.forEach((u, i) => {
    let parent = u.parentCode;
    for (let steps = 0; parent !== null; steps++) {
      if (steps > units.length) {
        throw invalid(`/units/${i}/parentCode`, message('unitFile.unitOnCycleParents', { code: u.code }));
      }
      parent = units[index.get(parent)!].parentCode;
    }
  });
}
