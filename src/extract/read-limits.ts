/**
 * Limits that protect the user's machine from a hostile or broken file (the input file's own
 * size is checked before it is read: maxFileSize in src/api.ts). .docx and .xlsx are
 * zip archives that a few kilobytes can make expand to gigabytes (a "zip bomb"), so the
 * archive is inspected before any library unpacks it.
 */
export interface ReadLimits {
  /** Largest total size of a zip-based file's entries once unpacked, in bytes. */
  maxUnpackedSize: number;
  /** Most entries a zip-based file may hold. */
  maxZipEntries: number;
}

// Apart from zip-limits.ts, so that reading a text report does not load the zip library.
export const DEFAULT_LIMITS: ReadLimits = {
  maxUnpackedSize: 200 * 1024 * 1024,
  maxZipEntries: 10_000,
};

