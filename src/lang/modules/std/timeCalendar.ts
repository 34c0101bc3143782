// time's calendar side: struct_time, gmtime, localtime, mktime, asctime, ctime, strftime and
// the zone constants (timezone, altzone, daylight, tzname), as CPython on glibc gives them.
// Local time is the host's (its TZ), read through Date; gmtime's zone is 'GMT' as glibc's.

import { realArg } from '../../builtins/math';
import { strptime } from './timeStrptime';
import { DAYS, MONTHS } from './timeNames';
import { exactArgs } from '../../runtime/args';
import { collect } from '../../runtime/iteration';
import { NativeMethod, PyProperty, PyStaticMethod, type PyClass } from '../../runtime/objects';
import { makeNamedTupleClass, namedTupleRepr } from '../../runtime/namedTuple';
import { repr, typeName } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import {
  Builtin,
  PyNamedTuple,
  PyTuple,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from '../../runtime/values';
import { argTypeName } from '../../runtime/typeName';

const FIELDS = [
  'tm_year',
  'tm_mon',
  'tm_mday',
  'tm_hour',
  'tm_min',
  'tm_sec',
  'tm_wday',
  'tm_yday',
  'tm_isdst',
];

/** A broken-down time as C's struct tm holds it (months 1-12, weekday 0 = Monday). */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

/** The zone and offset a struct_time carries besides its nine items (tm_zone, tm_gmtoff). */
const extras = new WeakMap<PyNamedTuple, { zone: PyValue; gmtoff: PyValue }>();

let structTime: PyClass | null = null;

/** time.struct_time: a named tuple of nine, made from one sequence as CPython's is. */
export function structTimeClass(): PyClass {
  if (structTime !== null) return structTime;
  const cls = makeNamedTupleClass('struct_time', FIELDS, null);
  cls.dict.set('__module__', 'time');
  cls.dict.set(
    '__repr__',
    new NativeMethod(
      '__repr__',
      'struct_time',
      ((self: PyNamedTuple) => `time.${namedTupleRepr(self, repr)}`) as MethodImpl<never>,
    ),
  );
  cls.dict.set(
    '__new__',
    new PyStaticMethod(
      new Builtin('__new__', (args, kw) => {
        if (kw !== null && kw.size > 0) throw typeError('struct_time() takes no keyword arguments');
        if (args.length !== 2) {
          throw typeError(`struct_time() takes at most 2 arguments (${args.length - 1} given)`);
        }
        const items = collect(args[1]);
        if (items.length < 9 || items.length > 11) {
          const bound = items.length < 9 ? 'at least 9' : 'at most 11';
          throw typeError(
            `time.struct_time() takes an ${bound}-sequence (${items.length}-sequence given)`,
          );
        }
        const t = new PyNamedTuple(items.slice(0, 9), cls, FIELDS);
        extras.set(t, { zone: items[9] ?? null, gmtoff: items[10] ?? null });
        return t;
      }),
    ),
  );
  // tm_zone and tm_gmtoff are attributes past the nine items (None when not known).
  for (const name of ['tm_zone', 'tm_gmtoff'] as const) {
    const getter = new Builtin(name, (args) => {
      const t = args[0];
      if (!(t instanceof PyNamedTuple)) return null;
      const e = extras.get(t);
      if (e === undefined) return null;
      return name === 'tm_zone' ? e.zone : e.gmtoff;
    });
    cls.dict.set(name, new PyProperty(getter, null, null, null, name));
  }
  structTime = cls;
  return cls;
}

export function makeStruct(tm: Tm): PyNamedTuple {
  const items = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst];
  const t = new PyNamedTuple(
    items.map((n) => BigInt(n)),
    structTimeClass(),
    FIELDS,
  );
  extras.set(t, { zone: tm.zone, gmtoff: BigInt(tm.gmtoff) });
  return t;
}

function dayOfYear(date: Date, utc: boolean): number {
  const y = utc ? date.getUTCFullYear() : date.getFullYear();
  const m = utc ? date.getUTCMonth() : date.getMonth();
  const d = utc ? date.getUTCDate() : date.getDate();
  return Math.round((Date.UTC(y, m, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** The host's standard and summer offsets east of UTC, in seconds, for `year`. */
function zoneOffsets(year: number): { standard: number; summer: number } {
  const jan = -new Date(year, 0, 1).getTimezoneOffset() * 60;
  const jul = -new Date(year, 6, 1).getTimezoneOffset() * 60;
  return { standard: Math.min(jan, jul), summer: Math.max(jan, jul) };
}

/**
 * The zone's abbreviation at `date` ('CET', 'EDT'). Intl spells it in the locale's words, and
 * each English locale knows its own region's (others come as 'GMT+1'): the first that has one.
 */
function zoneName(date: Date): string {
  let first: string | undefined;
  for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU']) {
    const name = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value;
    first ??= name;
    if (name !== undefined && !/^(GMT|UTC)[+-]/.test(name)) return name;
  }
  return first ?? 'UTC';
}

function breakDown(secs: number, utc: boolean): Tm {
  const ms = Math.floor(secs) * 1000;
  const date = new Date(ms);
  if (!Number.isFinite(secs) || Number.isNaN(date.getTime())) {
    throw fail('OverflowError', 'timestamp out of range for platform time_t');
  }
  const wday = ((utc ? date.getUTCDay() : date.getDay()) + 6) % 7;
  if (utc) {
    return {
      year: date.getUTCFullYear(),
      mon: date.getUTCMonth() + 1,
      mday: date.getUTCDate(),
      hour: date.getUTCHours(),
      min: date.getUTCMinutes(),
      sec: date.getUTCSeconds(),
      wday,
      yday: dayOfYear(date, true),
      isdst: 0,
      zone: 'GMT',
      gmtoff: 0,
    };
  }
  const gmtoff = -date.getTimezoneOffset() * 60;
  const { standard } = zoneOffsets(date.getFullYear());
  return {
    year: date.getFullYear(),
    mon: date.getMonth() + 1,
    mday: date.getDate(),
    hour: date.getHours(),
    min: date.getMinutes(),
    sec: date.getSeconds(),
    wday,
    yday: dayOfYear(date, false),
    isdst: gmtoff !== standard ? 1 : 0,
    zone: zoneName(date),
    gmtoff,
  };
}

function secondsArg(fname: string, args: PyValue[], kw: Kwargs): number {
  exactArgs(`time.${fname}`, args.length > 1 ? 1 : args.length, args, kw);
  if (args.length === 0 || args[0] === null) return Date.now() / 1000;
  const v = args[0];
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return realArg(fname, v);
}

function intItem(v: PyValue): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') throw typeError("'float' object cannot be interpreted as an integer");
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** A struct_time or 9-tuple argument as C's struct tm (CPython's gettmarg). */
function tupleArg(fname: string, v: PyValue): Tm {
  if (!(v instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  if (v.items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = v.items.map(intItem);
  // Only a struct_time carries a zone and an offset; else C's are unset (glibc: the offset
  // 0, the name tzname[isdst], '' when isdst is negative).
  const own = v instanceof PyNamedTuple && v.cls === structTime ? extras.get(v) : undefined;
  const ownZone = typeof own?.zone === 'string' ? own.zone : undefined;
  const ownOffset = typeof own?.gmtoff === 'bigint' ? Number(own.gmtoff) : undefined;
  // CPython moves the weekday to C's Sunday-first count with C's remainder (-1 stays -1).
  const cWday = (wday + 1) % 7;
  const dst = isdst > 0 ? 1 : isdst < 0 ? -1 : 0;
  const names = tznames();
  return {
    year,
    mon,
    mday,
    hour,
    min,
    sec,
    wday: cWday < 0 ? -1 : (cWday + 6) % 7,
    yday,
    isdst: dst,
    zone: ownZone ?? (dst < 0 ? '' : names[dst > 0 ? 1 : 0]),
    gmtoff: ownOffset ?? 0,
  };
}

/** CPython's checktm, after strftime's own mending of zeros (a zero month or day is 1). */
function checked(tm: Tm): Tm {
  const t = { ...tm };
  if (t.mon === 0) t.mon = 1;
  if (t.mday === 0) t.mday = 1;
  if (t.yday === 0) t.yday = 1;
  if (t.mon < 1 || t.mon > 12) throw fail('ValueError', 'month out of range');
  if (t.mday < 0 || t.mday > 31) throw fail('ValueError', 'day of month out of range');
  if (t.hour < 0 || t.hour > 23) throw fail('ValueError', 'hour out of range');
  if (t.min < 0 || t.min > 59) throw fail('ValueError', 'minute out of range');
  if (t.sec < 0 || t.sec > 61) throw fail('ValueError', 'seconds out of range');
  if (t.wday < 0) throw fail('ValueError', 'day of week out of range');
  if (t.yday < 1 || t.yday > 366) throw fail('ValueError', 'day of year out of range');
  return t;
}

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

/** The ISO 8601 week-numbering year and week of a date (glibc's %G and %V). */
function isoWeek(tm: Tm): { year: number; week: number } {
  const wday = tm.wday; // Monday = 0
  const thursday = tm.yday - 1 - wday + 3; // day of year (0-based) of this week's Thursday
  const daysIn = (y: number): number =>
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
  if (thursday < 0) {
    const prev = tm.year - 1;
    return isoWeek({ ...tm, year: prev, yday: tm.yday + daysIn(prev) });
  }
  if (thursday >= daysIn(tm.year)) return { year: tm.year + 1, week: 1 };
  return { year: tm.year, week: Math.floor(thursday / 7) + 1 };
}

function offsetText(gmtoff: number): string {
  const sign = gmtoff < 0 ? '-' : '+';
  const a = Math.abs(gmtoff);
  return `${sign}${pad(Math.floor(a / 3600))}${pad(Math.floor((a % 3600) / 60))}`;
}

/** C's strftime in the C locale, directive by directive. */
export function formatTime(format: string, tm: Tm): string {
  const sunday = (tm.wday + 1) % 7;
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  const one = (c: string): string => {
    switch (c) {
      case 'a':
        return DAYS[tm.wday].slice(0, 3);
      case 'A':
        return DAYS[tm.wday];
      case 'b':
      case 'h':
        return MONTHS[tm.mon - 1].slice(0, 3);
      case 'B':
        return MONTHS[tm.mon - 1];
      case 'c':
        return `${one('a')} ${one('b')} ${pad(tm.mday, 2, ' ')} ${one('T')} ${tm.year}`;
      case 'C':
        return pad(Math.floor(tm.year / 100));
      case 'd':
        return pad(tm.mday);
      case 'D':
      case 'x':
        return `${one('m')}/${one('d')}/${one('y')}`;
      case 'e':
        return pad(tm.mday, 2, ' ');
      case 'F':
        return `${tm.year < 0 ? '-' : ''}${pad(Math.abs(tm.year), 4)}-${one('m')}-${one('d')}`;
      case 'G':
        return String(isoWeek(tm).year);
      case 'g':
        return pad(((isoWeek(tm).year % 100) + 100) % 100);
      case 'H':
        return pad(tm.hour);
      case 'I':
        return pad(hour12);
      case 'j':
        return pad(tm.yday, 3);
      case 'k':
        return pad(tm.hour, 2, ' ');
      case 'l':
        return pad(hour12, 2, ' ');
      case 'm':
        return pad(tm.mon);
      case 'M':
        return pad(tm.min);
      case 'n':
        return '\n';
      case 'p':
        return tm.hour < 12 ? 'AM' : 'PM';
      case 'P':
        return tm.hour < 12 ? 'am' : 'pm';
      case 'r':
        return `${one('I')}:${one('M')}:${one('S')} ${one('p')}`;
      case 'R':
        return `${one('H')}:${one('M')}`;
      case 's':
        return String(Math.floor(localSeconds(tm)));
      case 'S':
        return pad(tm.sec);
      case 't':
        return '\t';
      case 'T':
      case 'X':
        return `${one('H')}:${one('M')}:${one('S')}`;
      case 'u':
        return String(tm.wday + 1);
      case 'U':
        return pad(Math.floor((tm.yday - 1 + 7 - sunday) / 7));
      case 'V':
        return pad(isoWeek(tm).week);
      case 'w':
        return String(sunday);
      case 'W':
        return pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7));
      case 'y':
        return pad(((tm.year % 100) + 100) % 100);
      case 'Y':
        return String(tm.year);
      case 'z':
        // glibc writes no offset when whether summer time applies is unknown.
        return tm.isdst < 0 ? '' : offsetText(tm.gmtoff);
      case 'Z':
        return tm.zone;
      case '%':
        return '%';
      default:
        return `%${c}`;
    }
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) out += c;
    else out += one(format[++i]);
  }
  return out;
}

/** C's mktime: the local broken-down time as seconds since the epoch. */
function localSeconds(tm: Tm): number {
  // setFullYear and setHours carry overflowing fields over (month 13 is next January), as C
  // does; the constructor would read a year below 100 as 19xx.
  const d = new Date(2000, 0, 1);
  d.setFullYear(tm.year, tm.mon - 1, tm.mday);
  d.setHours(tm.hour, tm.min, tm.sec);
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw fail('OverflowError', 'mktime argument out of range');
  return ms / 1000;
}

function tznames(): [string, string] {
  const year = new Date().getFullYear();
  const jan = new Date(year, 0, 1);
  const jul = new Date(year, 6, 1);
  const janName = zoneName(jan);
  const julName = zoneName(jul);
  return jan.getTimezoneOffset() >= jul.getTimezoneOffset()
    ? [janName, julName]
    : [julName, janName];
}

function asctimeOf(tm: Tm): string {
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`;
}

function optionalTuple(fname: string, args: PyValue[], kw: Kwargs): Tm {
  exactArgs(`time.${fname}`, args.length > 1 ? 1 : args.length, args, kw);
  return args.length === 0
    ? breakDown(Date.now() / 1000, false)
    : checked(tupleArg(fname, args[0]));
}

/** The calendar functions and zone constants, added to the time module's table. */
export function calendarEntries(): [string, PyValue][] {
  const year = new Date().getFullYear();
  const { standard, summer } = zoneOffsets(year);
  const fn = (name: string, impl: (args: PyValue[], kw: Kwargs) => PyValue): [string, PyValue] => [
    name,
    new Builtin(name, impl),
  ];
  return [
    ['struct_time', structTimeClass()],
    fn('gmtime', (args, kw) => makeStruct(breakDown(secondsArg('gmtime', args, kw), true))),
    fn('localtime', (args, kw) => makeStruct(breakDown(secondsArg('localtime', args, kw), false))),
    fn('mktime', (args, kw) => {
      exactArgs('time.mktime', 1, args, kw);
      return localSeconds(tupleArg('mktime', args[0]));
    }),
    fn('asctime', (args, kw) => asctimeOf(optionalTuple('asctime', args, kw))),
    fn('ctime', (args, kw) => asctimeOf(breakDown(secondsArg('ctime', args, kw), false))),
    fn('strftime', (args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError('strftime() takes no keyword arguments');
      if (args.length < 1 || args.length > 2) {
        throw typeError(`strftime expected at most 2 arguments, got ${args.length}`);
      }
      const format = args[0];
      if (typeof format !== 'string') {
        throw typeError(`strftime() argument 1 must be str, not ${argTypeName(format)}`);
      }
      return formatTime(format, optionalTuple('strftime', args.slice(1), null));
    }),
    fn('strptime', (args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError('strptime() takes no keyword arguments');
      if (args.length < 1 || args.length > 2) {
        throw typeError(`strptime expected at most 2 arguments, got ${args.length}`);
      }
      const [text, format = '%a %b %d %H:%M:%S %Y'] = args;
      // _strptime's own check, counting from 0 and naming the class.
      for (const [k, v] of [
        [0, text],
        [1, format],
      ] as const) {
        if (typeof v !== 'string') {
          throw typeError(`strptime() argument ${k} must be str, not <class '${typeName(v)}'>`);
        }
      }
      const parsed = strptime(text as string, format as string, tznames());
      const t = new PyNamedTuple(
        parsed.items.map((n) => BigInt(n)),
        structTimeClass(),
        FIELDS,
      );
      extras.set(t, {
        zone: parsed.zone,
        gmtoff: parsed.gmtoff === null ? null : BigInt(parsed.gmtoff),
      });
      return t;
    }),
    ['timezone', BigInt(-standard)],
    ['altzone', BigInt(-summer)],
    ['daylight', BigInt(standard !== summer ? 1 : 0)],
    ['tzname', new PyTuple(tznames())],
  ];
}
