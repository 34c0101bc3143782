// time.strptime: CPython's _strptime in the C locale, for the directives a data file's dates
// use (%Y %y %m %d %H %I %p %M %S %f %j %a %A %b %B %w %u %z %Z %c %x %X %%): the format made
// into one case-blind regex that must match the whole text, then the date completed as
// _strptime completes it (the day of the year and the weekday from the date, or the date
// from %j). The week-number directives (%U %W %G %V) are not there.

import { repr } from '../../runtime/repr';
import { fail } from '../../runtime/state';
import { DAYS, MONTHS as MONTH_NAMES } from './timeNames';

// Lower case: strptime matches names without regard to case.
const WEEKDAYS = DAYS.map((d) => d.toLowerCase());
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** A regex alternative of names, longest first (as _strptime's __seqToRE). */
function names(list: string[]): string {
  return [...list].sort((a, b) => b.length - a.length).join('|');
}

function directives(zones: string[]): Record<string, string> {
  return {
    d: '(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])',
    f: '(?<f>[0-9]{1,6})',
    H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
    I: '(?<I>1[0-2]|0[1-9]|[1-9])',
    j: '(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
    m: '(?<m>1[0-2]|0[1-9]|[1-9])',
    M: '(?<M>[0-5]\\d|\\d)',
    S: '(?<S>6[0-1]|[0-5]\\d|\\d)',
    w: '(?<w>[0-6])',
    u: '(?<u>[1-7])',
    y: '(?<y>\\d\\d)',
    Y: '(?<Y>\\d\\d\\d\\d)',
    z: '(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)',
    A: `(?<A>${names(WEEKDAYS)})`,
    a: `(?<a>${names(WEEKDAYS.map((d) => d.slice(0, 3)))})`,
    B: `(?<B>${names(MONTHS)})`,
    b: `(?<b>${names(MONTHS.map((m) => m.slice(0, 3)))})`,
    p: '(?<p>am|pm)',
    Z: `(?<Z>${names(zones.map((z) => z.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))})`,
    '%': '%',
  };
}

/** The C locale's %c, %x and %X, spelled in the other directives. */
const COMPOSITE: Record<string, string> = {
  c: '%a %b %d %H:%M:%S %Y',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
};

function toRegex(format: string, table: Record<string, string>, whole: string): string {
  let out = '';
  const text = format.replace(/[\\.^$*+?(){}[\]|]/g, '\\$&').replace(/\s+/g, '\\s+');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    if (i + 1 >= text.length) throw fail('ValueError', `stray % in format '${whole}'`);
    const d = text[++i];
    if (d in COMPOSITE) out += toRegex(COMPOSITE[d], table, whole);
    else if (d in table) out += table[d];
    else {
      const shown = d === '\\' ? '%' : d;
      throw fail('ValueError', `'${shown}' is a bad directive in format '${whole}'`);
    }
  }
  return out;
}

export interface Parsed {
  items: number[];
  zone: string | null;
  gmtoff: number | null;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** CPython's _strptime for `text` against `format`; `tzname` is time.tzname. */
export function strptime(text: string, format: string, tzname: [string, string]): Parsed {
  const zones = ['utc', 'gmt', tzname[0].toLowerCase(), tzname[1].toLowerCase()];
  let regex: RegExp;
  try {
    regex = new RegExp(toRegex(format, directives(zones), format), 'iy');
  } catch (e) {
    // A directive used twice: Python's re says "redefinition of group name".
    if (e instanceof SyntaxError) {
      throw fail('ValueError', `time data ${repr(text)} does not match format ${repr(format)}`);
    }
    throw e;
  }
  const found = regex.exec(text);
  if (found === null) {
    throw fail('ValueError', `time data ${repr(text)} does not match format ${repr(format)}`);
  }
  if (found[0].length !== text.length) {
    throw fail('ValueError', `unconverted data remains: ${text.slice(found[0].length)}`);
  }
  const g = found.groups ?? {};
  let year: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let weekday: number | null = null;
  let julian: number | null = null;
  let tz = -1;
  let gmtoff: number | null = null;
  for (const [key, value] of Object.entries(g)) {
    if (value === undefined) continue;
    const n = Number(value);
    switch (key) {
      case 'y':
        year = n <= 68 ? n + 2000 : n + 1900;
        break;
      case 'Y':
        year = n;
        break;
      case 'm':
        month = n;
        break;
      case 'B':
        month = MONTHS.indexOf(value.toLowerCase()) + 1;
        break;
      case 'b':
        month = MONTHS.findIndex((m) => m.startsWith(value.toLowerCase())) + 1;
        break;
      case 'd':
        day = n;
        break;
      case 'H':
        hour = n;
        break;
      case 'I': {
        const ampm = (g.p ?? '').toLowerCase();
        hour = n;
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (hour !== 12) hour += 12;
        break;
      }
      case 'M':
        minute = n;
        break;
      case 'S':
        second = n;
        break;
      case 'A':
        weekday = WEEKDAYS.indexOf(value.toLowerCase());
        break;
      case 'a':
        weekday = WEEKDAYS.findIndex((w) => w.startsWith(value.toLowerCase()));
        break;
      case 'w':
        weekday = n === 0 ? 6 : n - 1;
        break;
      case 'u':
        weekday = n - 1;
        break;
      case 'j':
        julian = n;
        break;
      case 'z':
        gmtoff = zoneOffset(value);
        break;
      case 'Z': {
        const z = value.toLowerCase();
        if (z === 'utc' || z === 'gmt' || z === tzname[0].toLowerCase()) tz = 0;
        else if (z === tzname[1].toLowerCase()) tz = 1;
        // A zone whose two names are alike says nothing about summer time.
        if (tzname[0] === tzname[1] && z !== 'utc' && z !== 'gmt' && tz >= 0) tz = -1;
        break;
      }
    }
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapYearFix = true;
  } else if (year === null) year = 1900;
  const daysIn = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (julian === null) {
    if (day > daysIn[month - 1]) throw fail('ValueError', 'day is out of range for month');
    julian = daysIn.slice(0, month - 1).reduce((a, b) => a + b, 0) + day;
  } else {
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(year, 0, julian);
    year = date.getUTCFullYear();
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  if (weekday === null) {
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(year, month - 1, day);
    weekday = (date.getUTCDay() + 6) % 7;
  }
  if (leapYearFix) year = 1900;
  return {
    items: [year, month, day, hour, minute, second, weekday, julian, tz],
    zone: g.Z ?? null,
    gmtoff,
  };
}

/** %z's text as seconds east of UTC ('Z' is 0). */
function zoneOffset(z: string): number {
  if (z.toUpperCase() === 'Z') return 0;
  const digits = z.slice(1).replace(/:/g, '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  const seconds = digits.length >= 6 ? Number(digits.slice(4, 6)) : 0;
  const total = (hours * 60 + minutes) * 60 + seconds;
  return z[0] === '-' ? -total : total;
}
