/**
 * Cleaning of single values, shared by every format. Each returns the clean value, or throws a
 * ValueError whose message says what was expected (the caller adds file, line and field).
 */

export class ValueError extends Error {}

// Printable ASCII words with single spaces: already clean (most cells), so the costly path is skipped.
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** One line of text: line breaks, tabs and runs of spaces (also non-breaking ones) become one space. */
export const cleanLine = (value: string): string =>
  CLEAN_ASCII.test(value) ? value : value.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Free text (bios, abstracts): line breaks kept, CRLF unified, outer space trimmed. */
export const cleanText = (value: string): string => value.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+\n/g, '\n').trim();

/** A ;-separated list: items cleaned, empty ones and repeats dropped. */
export const splitList = (value: string, separator: RegExp = /;/): string[] => [...new Set(value.split(separator).map(cleanLine).filter(Boolean))];

/** An ORCID iD, bare (0000-0002-1825-0097), from a bare id or an orcid.org URL; the check digit is verified. */
export function normalizeOrcid(value: string): string {
  const bare = cleanLine(value).replace(/^(https?:\/\/)?(www\.)?orcid\.org\//i, '').toUpperCase();
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(bare)) throw new ValueError(`"${value}" is not an ORCID iD (expected 0000-0002-1825-0097 or https://orcid.org/…)`);
  const digits = bare.replace(/-/g, '');
  let total = 0;
  for (const d of digits.slice(0, 15)) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  if (digits[15] !== (check === 10 ? 'X' : String(check))) throw new ValueError(`"${value}" is not a valid ORCID iD (its check digit is wrong: a typo?)`);
  return bare;
}

/** A DOI, bare and lower case (DOIs are case-insensitive), from 10.x/…, doi:10.x/… or a doi.org URL. */
export function normalizeDoi(value: string): string {
  const bare = cleanLine(value).replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').toLowerCase();
  if (!/^10\.\d{4,9}\/\S+$/.test(bare)) throw new ValueError(`"${value}" is not a DOI (expected 10.1234/abc or https://doi.org/10.1234/abc)`);
  return bare;
}

/** A ROR id, bare and lower case (02nr0ka47), from the id or a ror.org URL. */
export function normalizeRor(value: string): string {
  const bare = cleanLine(value).replace(/^(https?:\/\/)?(www\.)?ror\.org\//i, '').toLowerCase();
  if (!/^0[a-z0-9]{6}\d{2}$/.test(bare)) throw new ValueError(`"${value}" is not a ROR id (expected 02nr0ka47 or https://ror.org/02nr0ka47)`);
  return bare;
}

/** Country names in English and German, for sheets that write "Germany" or "Deutschland". */
let countryNames: Map<string, string> | undefined;
function countryByName(name: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const displays = ['en', 'de'].map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
    for (const a of letters) {
      for (const b of letters) {
        for (const display of displays) {
          const label = display.of(a + b);
          if (label) countryNames.set(label.toLowerCase(), a + b);
        }
      }
    }
  }
  return countryNames.get(name.toLowerCase());
}

/** The EU's own codes (CORDIS, Eurostat) where ISO 3166 differs: the atlas keeps ISO codes, so one country has one code. */
const EU_CODES: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** A two-letter country code (DE), from a code or an English or German country name; other text is kept as written. */
export function normalizeCountry(value: string): string {
  const clean = cleanLine(value);
  if (/^[a-z]{2}$/i.test(clean)) return EU_CODES[clean.toUpperCase()] ?? clean.toUpperCase();
  return countryByName(clean) ?? clean;
}

/** An ISO date (2024-05-31), from ISO, 31.05.2024 (German) or 2024-05-31T…; a bare year is kept as a year. */
export function normalizeDate(value: string): string {
  const clean = cleanLine(value);
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(T.*)?$/.exec(clean);
  if (iso) return checkedDate(value, iso[1]!, iso[2], iso[3]);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(clean);
  if (german) return checkedDate(value, german[3]!, german[2]!.padStart(2, '0'), german[1]!.padStart(2, '0'));
  throw new ValueError(`"${value}" is not a date (use 2024-05-31 or 31.05.2024)`);
}

/** `year[-month[-day]]`, once the month and day exist: a spreadsheet's 31.02. is a typo, not a date to store. */
function checkedDate(value: string, year: string, month?: string, day?: string): string {
  if (month === undefined) return year;
  if (Number(month) < 1 || Number(month) > 12) throw new ValueError(`"${value}" is not a date: there is no such month`);
  if (day === undefined) return `${year}-${month}`;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (Number(day) < 1 || Number(day) > daysInMonth) throw new ValueError(`"${value}" is not a date: there is no such day (${year}-${month} has ${daysInMonth} days)`);
  return `${year}-${month}-${day}`;
}

/** A whole number, allowing stray spaces and a trailing ".0" from spreadsheets. */
export function normalizeInteger(value: string): number {
  const clean = cleanLine(value).replace(/\.0+$/, '');
  if (!/^-?\d+$/.test(clean)) throw new ValueError(`"${value}" is not a whole number`);
  return checkSafeInteger(Number(clean), value);
}

/** Why a whole number cannot be kept exactly (past 2^53 it loses digits, and would be stored clipped), or null when it can. */
export const tooLargeInteger = (number: number, value: unknown = number): string | null =>
  Number.isInteger(number) && !Number.isSafeInteger(number)
    ? `${JSON.stringify(value)} is too large a whole number: use one from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`
    : null;

export function checkSafeInteger(number: number, value: unknown = number): number {
  const reason = tooLargeInteger(number, value);
  if (reason) throw new ValueError(reason);
  return number;
}
