/**
 * The column shape shared by a register's page table and its .xlsx export
 * (types only, safe to import from any component).
 */
export type CellValue = string | number | Date | null;

/**
 * A column of a register: the header is the Russian string the page shows.
 * `value` reads the cell from a row; without it the row's `key` field is used.
 */
export type ExportColumn<R> = {
  key: string;
  header: string;
  width?: number;
  /** Excel number format; dates default to «ДД.ММ.ГГГГ». */
  numFmt?: string;
  value?: (row: R) => CellValue;
};
