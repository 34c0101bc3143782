// The proleptic Gregorian calendar of Lib/datetime.py: ordinals (0001-01-01 is day 1),
// ISO weeks, argument checks with the C module's messages, strftime and fromisoformat.

import { indexArg } from '../../runtime/args';
import { fail, typeError } from '../../runtime/state';
import type { PyValue } from '../../runtime/values';
import { formatTime } from './timeCalendar';

/** A date and time of day, as datetime holds them (date's time fields are 0). */
export interface Moment {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
  us: number;
}

const DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [-1];
for (let m = 1, dbm = 0; m <= 12; m++) {
  DAYS_BEFORE_MONTH.push(dbm);
  dbm += DAYS_IN_MONTH[m];
}

export const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
export const daysInMonth = (y: number, m: number): number =>
  m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m];

function daysBeforeYear(y: number): number {
  const n = y - 1;
  return n * 365 + Math.floor(n / 4) - Math.floor(n / 100) + Math.floor(n / 400);
}

/** The day number of a date (0001-01-01 is 1). */
export function ordinal(y: number, m: number, d: number): number {
  return daysBeforeYear(y) + DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
}

/** The (year, month, day) of a day number: _ord2ymd. */
export function fromOrdinal(n: number): [number, number, number] {
  n -= 1;
  const n400 = Math.floor(n / 146097);
  n -= n400 * 146097;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / 36524);
  n -= n100 * 36524;
  const n4 = Math.floor(n / 1461);
  n -= n4 * 1461;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DAYS_IN_MONTH[month] + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

/** 0 for Monday … 6 for Sunday. */
export const weekday = (t: Moment): number => (ordinal(t.y, t.m, t.d) + 6) % 7;

function isoWeek1Monday(year: number): number {
  const first = ordinal(year, 1, 1);
  const firstWeekday = (first + 6) % 7;
  let monday = first - firstWeekday;
  if (firstWeekday > 3) monday += 7;
  return monday;
}

/** (ISO year, week, weekday 1-7). */
export function isoCalendar(t: Moment): [number, number, number] {
  let year = t.y;
  let monday = isoWeek1Monday(year);
  const today = ordinal(t.y, t.m, t.d);
  let week = Math.floor((today - monday) / 7);
  let day = today - monday - week * 7;
  if (week < 0) {
    year -= 1;
    monday = isoWeek1Monday(year);
    week = Math.floor((today - monday) / 7);
    day = today - monday - week * 7;
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year += 1;
    week = 0;
  }
  return [year, week + 1, day + 1];
}

/** An int argument as C's "i" format reads it. */
export function intField(v: PyValue): number {
  if (typeof v === 'number') throw typeError("'float' object cannot be interpreted as an integer");
  return Number(indexArg(v));
}

/** check_date_args and check_time_args, with the C module's messages. */
export function checkMoment(t: Moment): Moment {
  if (t.y < 1 || t.y > 9999) throw fail('ValueError', `year ${t.y} is out of range`);
  if (t.m < 1 || t.m > 12) throw fail('ValueError', 'month must be in 1..12');
  if (t.d < 1 || t.d > daysInMonth(t.y, t.m)) {
    throw fail('ValueError', 'day is out of range for month');
  }
  if (t.hh < 0 || t.hh > 23) throw fail('ValueError', 'hour must be in 0..23');
  if (t.mi < 0 || t.mi > 59) throw fail('ValueError', 'minute must be in 0..59');
  if (t.ss < 0 || t.ss > 59) throw fail('ValueError', 'second must be in 0..59');
  if (t.us < 0 || t.us > 999999) throw fail('ValueError', 'microsecond must be in 0..999999');
  return t;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const dateText = (t: Moment): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;

/** The time part of isoformat for a timespec, with its ValueError for an unknown one. */
export function timeText(t: Moment, timespec: string): string {
  const spec = timespec === 'auto' ? (t.us !== 0 ? 'microseconds' : 'seconds') : timespec;
  switch (spec) {
    case 'hours':
      return pad(t.hh);
    case 'minutes':
      return `${pad(t.hh)}:${pad(t.mi)}`;
    case 'seconds':
      return `${pad(t.hh)}:${pad(t.mi)}:${pad(t.ss)}`;
    case 'milliseconds':
      return `${pad(t.hh)}:${pad(t.mi)}:${pad(t.ss)}.${pad(Math.floor(t.us / 1000), 3)}`;
    case 'microseconds':
      return `${pad(t.hh)}:${pad(t.mi)}:${pad(t.ss)}.${pad(t.us, 6)}`;
  }
  throw fail('ValueError', 'Unknown timespec value');
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export function ctime(t: Moment): string {
  const day = String(t.d).padStart(2, ' ');
  return `${DAY_NAMES[weekday(t)]} ${MONTH_NAMES[t.m - 1]} ${day} ${pad(t.hh)}:${pad(t.mi)}:${pad(t.ss)} ${pad(t.y, 4)}`;
}

/**
 * strftime of a naive date or datetime: %f is the microseconds, %z and %Z are empty (no
 * zone), the rest is C's strftime of the timetuple, as CPython's wrap_strftime does.
 */
export function strftime(t: Moment, format: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const next = format[++i];
    if (next === 'f') out += pad(t.us, 6);
    else if (next === 'z' || next === 'Z') continue;
    else out += `%${next}`;
  }
  return formatTime(out, {
    year: t.y,
    mon: t.m,
    mday: t.d,
    hour: t.hh,
    min: t.mi,
    sec: t.ss,
    wday: weekday(t),
    yday: ordinal(t.y, t.m, t.d) - ordinal(t.y, 1, 1) + 1,
    isdst: -1,
    zone: '',
    gmtoff: 0,
  });
}

const DATE_RE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const TIME_RE = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/;

/** fromisoformat's forms without a zone: YYYY-MM-DD, then T or a space and HH[:MM[:SS[.ffffff]]]. */
export function parseIso(text: string, withTime: boolean): Moment {
  const invalid = () => fail('ValueError', `Invalid isoformat string: '${text}'`);
  const datePart = withTime && text.length > 10 ? text.slice(0, 10) : text;
  const dm = DATE_RE.exec(datePart);
  if (dm === null || (datePart.length === 10) !== datePart.includes('-')) throw invalid();
  const t: Moment = { y: +dm[1], m: +dm[2], d: +dm[3], hh: 0, mi: 0, ss: 0, us: 0 };
  if (datePart.length < text.length) {
    const sep = text[10];
    const tm = TIME_RE.exec(text.slice(11));
    if ((sep !== 'T' && sep !== ' ') || tm === null) {
      if (/[zZ+-]/.test(text.slice(11))) {
        throw fail(
          'NotImplementedError',
          "ToyGrad's datetime has no time zones: a time with an offset is not offered",
        );
      }
      throw invalid();
    }
    t.hh = +tm[1];
    t.mi = tm[2] === undefined ? 0 : +tm[2];
    t.ss = tm[3] === undefined ? 0 : +tm[3];
    t.us = tm[4] === undefined ? 0 : +tm[4].slice(0, 6).padEnd(6, '0');
  }
  return checkMoment(t);
}
