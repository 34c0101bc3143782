// datetime: naive date, datetime and timedelta (datetimeDelta.ts) with CPython's arithmetic,
// comparisons, reprs, isoformat, strftime and fromisoformat (datetimeCalendar.ts). Time zones
// (tzinfo, timezone) and the time class are not offered; now() and today() read the host's
// clock in its local time, as CPython does.

import { bindArgs } from '../../runtime/args';
import { hashOf } from '../../builtins/types';
import { makeNamedTupleClass, namedTupleRepr } from '../../runtime/namedTuple';
import { makeStruct } from './timeCalendar';
import {
  c3,
  NativeMethod,
  newInstanceAttrs,
  PyClass,
  PyClassMethod,
  PyInstance,
} from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { fail, typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import { typeName } from '../../runtime/typeName';
import {
  Builtin,
  PyNamedTuple,
  PyTuple,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from '../../runtime/values';
import {
  checkMoment,
  ctime,
  dateText,
  fromOrdinal,
  intField,
  isoCalendar,
  ordinal,
  parseIso,
  strftime,
  timeText,
  weekday,
  type Moment,
} from './datetimeCalendar';
import {
  deltaUs,
  makeDelta,
  readOnly,
  TIMEDELTA,
  timedeltaConstants,
  US_PER_DAY,
} from './datetimeDelta';

const MOMENTS = new WeakMap<PyInstance, Moment>();

/** A class named with its module, as CPython's messages name it ('datetime.date'). */
function newClass(name: string, bases: PyClass[]): PyClass {
  const cls = new PyClass(`datetime.${name}`, bases, new Map(), null, true);
  cls.mro = c3(cls, bases)!;
  cls.slotNames = new Set();
  return cls;
}

const DATE = newClass('date', [OBJECT]);
const DATETIME = newClass('datetime', [DATE]);

const momentOf = (v: PyValue): Moment | undefined =>
  v instanceof PyInstance ? MOMENTS.get(v) : undefined;
const isDatetime = (v: PyValue): boolean => v instanceof PyInstance && v.cls.isSubclassOf(DATETIME);

function make(cls: PyClass, t: Moment): PyInstance {
  const o = new PyInstance(cls, newInstanceAttrs(cls));
  MOMENTS.set(o, t);
  return o;
}

/** Microseconds since 0001-01-01 00:00 (as a bigint: they pass 2^53). */
const totalUs = (t: Moment): bigint =>
  BigInt(ordinal(t.y, t.m, t.d)) * US_PER_DAY +
  BigInt(((t.hh * 60 + t.mi) * 60 + t.ss) * 1000000 + t.us);

function fromTotalUs(us: bigint): Moment {
  const days = us / US_PER_DAY;
  const rest = Number(us - days * US_PER_DAY);
  if (days < 1n || days > 3652059n) throw fail('OverflowError', 'date value out of range');
  const [y, m, d] = fromOrdinal(Number(days));
  const secs = Math.floor(rest / 1000000);
  return {
    y,
    m,
    d,
    hh: Math.floor(secs / 3600),
    mi: Math.floor(secs / 60) % 60,
    ss: secs % 60,
    us: rest % 1000000,
  };
}

const ISO_CALENDAR_DATE = makeNamedTupleClass(
  'IsoCalendarDate',
  ['year', 'week', 'weekday'],
  null,
  false,
  'datetime',
);
ISO_CALENDAR_DATE.dict.set(
  '__repr__',
  new NativeMethod(
    '__repr__',
    'IsoCalendarDate',
    ((self: PyNamedTuple) => `datetime.${namedTupleRepr(self, repr)}`) as MethodImpl<never>,
  ),
);

const DATE_FIELDS = ['year', 'month', 'day'];
const TIME_FIELDS = ['hour', 'minute', 'second', 'microsecond'];

/** Reads date(year, month, day) or datetime(…, hour, minute, second, microsecond, tzinfo, *, fold). */
function construct(full: boolean) {
  return (args: PyValue[], kw: Kwargs): PyValue => {
    const names = full ? [...DATE_FIELDS, ...TIME_FIELDS, 'tzinfo'] : DATE_FIELDS;
    if (args.length > names.length) {
      throw typeError(`function takes at most ${names.length} arguments (${args.length} given)`);
    }
    const rest = kw === null ? null : new Map(kw);
    const fold = rest?.get('fold');
    if (full) rest?.delete('fold');
    const given = bindArgs(full ? 'datetime' : 'date', names, 0, args, rest);
    DATE_FIELDS.forEach((n, i) => {
      if (given[i] === undefined)
        throw typeError(`function missing required argument '${n}' (pos ${i + 1})`);
    });
    const v = given.map((g, i) => (g === undefined || i > 6 ? 0 : intField(g)));
    if (full && given[7] !== undefined && given[7] !== null) {
      throw fail(
        'NotImplementedError',
        "ToyGrad's datetime has no time zones: tzinfo must be None",
      );
    }
    if (fold !== undefined && intField(fold) !== 0 && intField(fold) !== 1) {
      throw fail('ValueError', 'fold must be either 0 or 1');
    }
    const t = checkMoment({
      y: v[0],
      m: v[1],
      d: v[2],
      hh: v[3] ?? 0,
      mi: v[4] ?? 0,
      ss: v[5] ?? 0,
      us: v[6] ?? 0,
    });
    return make(full ? DATETIME : DATE, t);
  };
}
DATE.construct = construct(false);
DATETIME.construct = construct(true);

type Impl = MethodImpl<PyInstance>;
const m = (self: PyInstance): Moment => MOMENTS.get(self)!;

/** The order of two dates or two datetimes; undefined when the kinds differ (or not dates). */
function compareTo(self: PyInstance, other: PyValue, op: string): number | undefined | 'mixed' {
  const o = momentOf(other);
  if (o === undefined) return undefined;
  if (isDatetime(self) !== isDatetime(other)) return 'mixed';
  const a = totalUs(m(self));
  const b = totalUs(o);
  void op;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparison(op: string, test: (c: number) => boolean): Impl {
  return (self, args) => {
    const c = compareTo(self, args[0], op);
    if (c === undefined) return NOT_IMPLEMENTED;
    if (c === 'mixed') {
      if (op === '==') return false;
      if (op === '!=') return true;
      throw typeError(`can't compare ${typeName(self)} to ${typeName(args[0])}`);
    }
    return test(c);
  };
}

function plus(self: PyInstance, us: bigint): PyInstance {
  const t = m(self);
  if (isDatetime(self)) return make(DATETIME, fromTotalUs(totalUs(t) + us));
  // A date moves by the whole days of the delta.
  const days = BigInt(ordinal(t.y, t.m, t.d)) + floorDays(us);
  if (days < 1n || days > 3652059n) throw fail('OverflowError', 'date value out of range');
  const [y, mo, d] = fromOrdinal(Number(days));
  return make(DATE, { y, m: mo, d, hh: 0, mi: 0, ss: 0, us: 0 });
}

const floorDays = (us: bigint): bigint => {
  const q = us / US_PER_DAY;
  return us % US_PER_DAY !== 0n && us < 0n ? q - 1n : q;
};

function keywordsOnly(
  fname: string,
  names: string[],
  args: PyValue[],
  kw: Kwargs,
): (PyValue | undefined)[] {
  return bindArgs(fname, names, 0, args, kw);
}

function replaceMethod(self: PyInstance, args: PyValue[], kw: Kwargs): PyValue {
  const full = isDatetime(self);
  const names = full ? [...DATE_FIELDS, ...TIME_FIELDS, 'tzinfo'] : DATE_FIELDS;
  const given = keywordsOnly('replace', names, args, kw);
  const t = { ...m(self) };
  const keys: (keyof Moment)[] = ['y', 'm', 'd', 'hh', 'mi', 'ss', 'us'];
  given.forEach((g, i) => {
    if (g === undefined || i > 6) return;
    t[keys[i]] = intField(g);
  });
  if (full && given[7] !== undefined && given[7] !== null) {
    throw fail('NotImplementedError', "ToyGrad's datetime has no time zones: tzinfo must be None");
  }
  return make(full ? DATETIME : DATE, checkMoment(t));
}

function reprOf(self: PyInstance): string {
  const t = m(self);
  if (!isDatetime(self)) return `datetime.date(${t.y}, ${t.m}, ${t.d})`;
  const shown = [t.y, t.m, t.d, t.hh, t.mi];
  if (t.ss !== 0 || t.us !== 0) shown.push(t.ss);
  if (t.us !== 0) shown.push(t.us);
  return `datetime.datetime(${shown.join(', ')})`;
}

function isoformat(self: PyInstance, args: PyValue[], kw: Kwargs): string {
  const t = m(self);
  if (!isDatetime(self)) {
    bindArgs('isoformat', [], 0, args, kw);
    return dateText(t);
  }
  const [sep, timespec] = bindArgs('isoformat', ['sep', 'timespec'], 0, args, kw);
  if (sep !== undefined && (typeof sep !== 'string' || [...sep].length !== 1)) {
    throw typeError(`isoformat() argument 1 must be a unicode character, not ${typeName(sep)}`);
  }
  if (timespec !== undefined && typeof timespec !== 'string') {
    throw typeError(`isoformat() argument 2 must be str, not ${typeName(timespec)}`);
  }
  return `${dateText(t)}${sep ?? 'T'}${timeText(t, timespec ?? 'auto')}`;
}

/** time.struct_time of the date and time, with tm_isdst -1 (a naive time). */
function timetuple(self: PyInstance): PyValue {
  const t = m(self);
  const yday = ordinal(t.y, t.m, t.d) - ordinal(t.y, 1, 1) + 1;
  return makeStruct({
    year: t.y,
    mon: t.m,
    mday: t.d,
    hour: t.hh,
    min: t.mi,
    sec: t.ss,
    wday: weekday(t),
    yday,
    isdst: -1,
    zone: '',
    gmtoff: 0,
  });
}

const METHODS: [string, Impl][] = [
  ['__repr__', (self) => reprOf(self)],
  ['__str__', (self) => (isDatetime(self) ? isoformat(self, [' '], null) : dateText(m(self)))],
  [
    '__format__',
    (self, args) => {
      const spec = args[0];
      if (typeof spec !== 'string') throw typeError(`must be str, not ${typeName(spec)}`);
      return spec === ''
        ? isDatetime(self)
          ? isoformat(self, [' '], null)
          : dateText(m(self))
        : strftime(m(self), spec);
    },
  ],
  [
    '__hash__',
    (self) => hashOf(new PyTuple(Object.values(m(self)).map((n) => BigInt(n as number)))),
  ],
  ['__eq__', comparison('==', (c) => c === 0)],
  ['__ne__', comparison('!=', (c) => c !== 0)],
  ['__lt__', comparison('<', (c) => c < 0)],
  ['__le__', comparison('<=', (c) => c <= 0)],
  ['__gt__', comparison('>', (c) => c > 0)],
  ['__ge__', comparison('>=', (c) => c >= 0)],
  [
    '__add__',
    (self, args) => {
      const us = deltaUs(args[0]);
      return us === undefined ? NOT_IMPLEMENTED : plus(self, us);
    },
  ],
  [
    '__radd__',
    (self, args) => {
      const us = deltaUs(args[0]);
      return us === undefined ? NOT_IMPLEMENTED : plus(self, us);
    },
  ],
  [
    '__sub__',
    (self, args) => {
      const other = args[0];
      const us = deltaUs(other);
      if (us !== undefined) return plus(self, -us);
      const o = momentOf(other);
      if (o === undefined || isDatetime(self) !== isDatetime(other)) return NOT_IMPLEMENTED;
      return makeDelta(totalUs(m(self)) - totalUs(o));
    },
  ],
  ['weekday', (self) => BigInt(weekday(m(self)))],
  ['isoweekday', (self) => BigInt(weekday(m(self)) + 1)],
  [
    'isocalendar',
    (self) =>
      new PyNamedTuple(
        isoCalendar(m(self)).map((n) => BigInt(n)),
        ISO_CALENDAR_DATE,
        ['year', 'week', 'weekday'],
      ),
  ],
  ['isoformat', (self, args, kw) => isoformat(self, args, kw)],
  [
    'strftime',
    (self, args, kw) => {
      const [format] = bindArgs('strftime', ['format'], 1, args, kw);
      if (typeof format !== 'string') {
        throw typeError(`strftime() argument 1 must be str, not ${typeName(format!)}`);
      }
      return strftime(m(self), format);
    },
  ],
  ['ctime', (self) => ctime(m(self))],
  ['toordinal', (self) => BigInt(ordinal(m(self).y, m(self).m, m(self).d))],
  ['replace', replaceMethod],
  ['timetuple', (self) => timetuple(self)],
];
for (const [name, impl] of METHODS) DATE.dict.set(name, new NativeMethod(name, 'date', impl));
const FIELD_KEYS: [string, keyof Moment][] = [
  ['year', 'y'],
  ['month', 'm'],
  ['day', 'd'],
];
for (const [name, key] of FIELD_KEYS)
  DATE.dict.set(
    name,
    readOnly(name, (self) => BigInt(m(self)[key])),
  );
const TIME_KEYS: [string, keyof Moment][] = [
  ['hour', 'hh'],
  ['minute', 'mi'],
  ['second', 'ss'],
  ['microsecond', 'us'],
];
for (const [name, key] of TIME_KEYS)
  DATETIME.dict.set(
    name,
    readOnly(name, (self) => BigInt(m(self)[key])),
  );
DATETIME.dict.set(
  'tzinfo',
  readOnly('tzinfo', () => null),
);
DATETIME.dict.set(
  'fold',
  readOnly('fold', () => 0n),
);
DATETIME.dict.set(
  'date',
  new NativeMethod('date', 'datetime', (self: PyInstance) =>
    make(DATE, { ...m(self), hh: 0, mi: 0, ss: 0, us: 0 }),
  ),
);

/** The host's local time now (CPython's now() and today() read the clock too). */
function nowMoment(): Moment {
  const n = new Date();
  const ms = n.getMilliseconds();
  return {
    y: n.getFullYear(),
    m: n.getMonth() + 1,
    d: n.getDate(),
    hh: n.getHours(),
    mi: n.getMinutes(),
    ss: n.getSeconds(),
    us: ms * 1000,
  };
}

function classMethod(
  name: string,
  impl: (cls: PyClass, args: PyValue[], kw: Kwargs) => PyValue,
): PyClassMethod {
  return new PyClassMethod(
    new Builtin(name, (args, kw) => impl(args[0] as PyClass, args.slice(1), kw)),
  );
}

const kindOf = (cls: PyClass): PyClass => (cls.isSubclassOf(DATETIME) ? DATETIME : DATE);

DATE.dict.set(
  'today',
  classMethod('today', (cls, args, kw) => {
    bindArgs('today', [], 0, args, kw);
    const t = nowMoment();
    return kindOf(cls) === DATETIME
      ? make(DATETIME, t)
      : make(DATE, { ...t, hh: 0, mi: 0, ss: 0, us: 0 });
  }),
);
DATETIME.dict.set(
  'now',
  classMethod('now', (_cls, args, kw) => {
    const [tz] = bindArgs('now', ['tz'], 0, args, kw);
    if (tz !== undefined && tz !== null) {
      throw fail('NotImplementedError', "ToyGrad's datetime has no time zones: tz must be None");
    }
    return make(DATETIME, nowMoment());
  }),
);
DATE.dict.set(
  'fromordinal',
  classMethod('fromordinal', (cls, args, kw) => {
    const [n] = bindArgs('fromordinal', ['ordinal'], 1, args, kw);
    const day = intField(n!);
    if (day < 1) throw fail('ValueError', 'ordinal must be >= 1');
    if (day > 3652059) throw fail('ValueError', `year ${fromOrdinal(day)[0]} is out of range`);
    const [y, mo, d] = fromOrdinal(day);
    return make(kindOf(cls), { y, m: mo, d, hh: 0, mi: 0, ss: 0, us: 0 });
  }),
);
DATE.dict.set(
  'fromisoformat',
  classMethod('fromisoformat', (cls, args, kw) => {
    const [text] = bindArgs('fromisoformat', ['date_string'], 1, args, kw);
    if (typeof text !== 'string') throw typeError('fromisoformat: argument must be str');
    const full = kindOf(cls) === DATETIME;
    return make(kindOf(cls), parseIso(text, full));
  }),
);

const MIN: Moment = { y: 1, m: 1, d: 1, hh: 0, mi: 0, ss: 0, us: 0 };
const MAX: Moment = { y: 9999, m: 12, d: 31, hh: 23, mi: 59, ss: 59, us: 999999 };
DATE.dict.set('min', make(DATE, MIN));
DATE.dict.set('max', make(DATE, { ...MAX, hh: 0, mi: 0, ss: 0, us: 0 }));
DATE.dict.set('resolution', makeDelta(US_PER_DAY));
DATETIME.dict.set('min', make(DATETIME, MIN));
DATETIME.dict.set('max', make(DATETIME, MAX));
DATETIME.dict.set('resolution', makeDelta(1n));
timedeltaConstants();

export function datetimeModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    ['date', DATE],
    ['datetime', DATETIME],
    ['timedelta', TIMEDELTA],
    ['MINYEAR', 1n],
    ['MAXYEAR', 9999n],
  ]);
}
