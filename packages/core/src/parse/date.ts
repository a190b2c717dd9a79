/** ISO calendar date string 'YYYY-MM-DD'. */
export type IsoDate = string;

export type DateParseResult =
  | { ok: true; date: IsoDate; format: 'dmy' | 'iso' }
  // 'format': not a date shape; 'invalid': shape ok but no such day (31/02/2024, month 13)
  | { ok: false; reason: 'format' | 'invalid' };

// Bounded quantifiers and anchors: linear time whatever the input.
// The back-reference keeps one separator per date ("17/01.2024" is not a date).
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Accepts '17/01/2024', '7/1/2024', '17-01-2024', '17.01.2024', '2024-01-17' (whitespace trimmed). */
export function parseDate(text: string): DateParseResult {
  const s = text.trim();
  // A 10-char cap before the regexes keeps huge inputs from being scanned at all.
  if (s.length > 10) return { ok: false, reason: 'format' };
  let m = DMY.exec(s);
  if (m) return build(Number(m[4]), Number(m[3]), Number(m[1]), 'dmy');
  m = ISO.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), 'iso');
  return { ok: false, reason: 'format' };
}

function build(year: number, month: number, day: number, format: 'dmy' | 'iso'): DateParseResult {
  if (!isValidDay(year, month, day)) return { ok: false, reason: 'invalid' };
  return { ok: true, date: isoDate(year, month, day), format };
}

/** True when the day exists in the proleptic Gregorian calendar (years 1..9999). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= lastDayOfMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS[month - 1] ?? 31;
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  // Zero-padded ISO dates sort lexically in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

const ISO_STRICT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * '2024-01-17' -> '17/01/2024'. Text that is not an ISO date comes back unchanged,
 * so callers can format whatever the user wrote.
 */
export function formatViDate(iso: IsoDate): string {
  const m = ISO_STRICT.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Throws a RangeError when `iso` is not 'YYYY-MM-DD': date arithmetic on garbage would only hide the bug. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const m = ISO_STRICT.exec(iso);
  if (!m || !Number.isInteger(days)) throw new RangeError(`addDays: not an ISO date or whole days: ${iso}, ${days}`);
  const [y, mo, d] = fromDayNumber(toDayNumber(Number(m[1]), Number(m[2]), Number(m[3])) + days);
  return isoDate(y, mo, d);
}

// Integer civil-date arithmetic (H. Hinnant's algorithm) instead of Date: no time
// zones, no two-digit-year quirks of Date.UTC, same result in every JS engine.
function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const WORDS = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u;

/**
 * A date as running text writes it: "17/01/2024" or "17 tháng 01 năm 2024" (the words
 * of a citation "ngày 16 tháng 6 năm 2025"). NFC input expected.
 */
export function parseWrittenDate(text: string): DateParseResult {
  const direct = parseDate(text);
  if (direct.ok || direct.reason === 'invalid') return direct;
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length > 40) return { ok: false, reason: 'format' };
  const m = WORDS.exec(s.normalize('NFC').toLowerCase());
  if (!m) return { ok: false, reason: 'format' };
  return build(Number(m[3]), Number(m[2]), Number(m[1]), 'dmy');
}
