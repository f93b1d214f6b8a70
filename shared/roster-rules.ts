// Roster rules both sides apply: the main process when it reads an import, the console when it
// asks the secretary for what an import needs. One home, so the screen never accepts what the
// engine refuses.

/** A school id (UAI/RNE): 7 digits and a check letter, e.g. 0140070A. */
export const isUai = (value: string): boolean => /^\d{7}[A-Z]$/.test(value);

/** A UAI as typed (by hand or on the on-screen keyboard): stray spaces off, letters upper-case. */
export const normaliseTypedUai = (typed: string): string => typed.trim().toUpperCase();

/** Whether a file name or path is a CSV file, which only ONDE exports are among the supported formats. */
export const isCsvPath = (path: string): boolean => /\.csv$/i.test(path);
