/**
 * Limits on an uploaded workbook, checked before it is opened. The zone's register (185 firms)
 * is about 30 kB; these are far above any real register and far below what would hurt the server.
 */
export const IMPORT_LIMITS = {
  /** The file as uploaded. */
  fileBytes: 5 * 1024 * 1024,
  /** Every part of the xlsx (a zip) once inflated: what a zip bomb lies about. */
  uncompressedBytes: 20 * 1024 * 1024,
  /** Parts in the zip. */
  zipEntries: 2_000,
  /** Data rows on one sheet (header and total rows not counted). */
  rowsPerSheet: 5_000,
} as const;
