// csv.reader: a record-at-a-time parser over lines, a state machine over the characters of
// each line (with an end-of-line step after each), so a quoted field may run over several
// lines; and csv.DictReader over it.

import { bindBuiltin } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { iterate } from '../../runtime/iteration';
import { newAttrs, PyInstance, PyProperty } from '../../runtime/objects';
import { stopIteration } from '../../runtime/generator';
import { typeName } from '../../runtime/typeName';
import { Builtin, PyDict, type Kwargs, type PyValue } from '../../runtime/values';
import { setItem } from '../../runtime/subscript';
import {
  csvClass,
  csvError,
  QUOTE_NONE,
  QUOTE_NONNUMERIC,
  readDialect,
  type DialectRegistry,
  splitKeywords,
  type Dialect,
} from './csvDialect';

type State =
  | 'startRecord'
  | 'startField'
  | 'escapedChar'
  | 'afterEscapedCrnl'
  | 'inField'
  | 'inQuotedField'
  | 'escapeInQuotedField'
  | 'quoteInQuotedField'
  | 'eatCrnl';

/** The end of a line, fed to the machine after the line's characters. */
const EOL = null;

class RecordParser {
  state: State = 'startRecord';
  fields: PyValue[] = [];
  field = '';
  /** The field began unquoted under QUOTE_NONNUMERIC: it is read as a float. */
  numeric = false;
  lineNum = 0;

  constructor(
    readonly d: Dialect,
    readonly lines: ReturnType<typeof iterate>,
    readonly toFloat: (s: string) => PyValue,
  ) {}

  private save(): void {
    this.fields.push(this.numeric ? this.toFloat(this.field) : this.field);
    this.field = '';
    this.numeric = false;
  }

  private endOfField(c: string | null): void {
    this.save();
    this.state = c === EOL ? 'startRecord' : 'eatCrnl';
  }

  private step(c: string | null): void {
    const d = this.d;
    const newline = c === '\n' || c === '\r';
    switch (this.state) {
      case 'startRecord':
        if (c === EOL) return;
        if (newline) {
          this.state = 'eatCrnl';
          return;
        }
        this.state = 'startField';
        this.step(c);
        return;
      case 'startField':
        if (newline || c === EOL) this.endOfField(c);
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) this.state = 'inQuotedField';
        else if (c === d.escapechar) this.state = 'escapedChar';
        else if (c === ' ' && d.skipinitialspace) return;
        else if (c === d.delimiter) this.save();
        else {
          if (d.quoting === QUOTE_NONNUMERIC) this.numeric = true;
          this.field += c;
          this.state = 'inField';
        }
        return;
      case 'escapedChar':
        if (newline) {
          this.field += c;
          this.state = 'afterEscapedCrnl';
          return;
        }
        this.field += c === EOL ? '\n' : c;
        this.state = 'inField';
        return;
      case 'afterEscapedCrnl':
        if (c === EOL) return;
        this.state = 'inField';
        this.step(c);
        return;
      case 'inField':
        if (newline || c === EOL) this.endOfField(c);
        else if (c === d.escapechar) this.state = 'escapedChar';
        else if (c === d.delimiter) {
          this.save();
          this.state = 'startField';
        } else this.field += c;
        return;
      case 'inQuotedField':
        if (c === EOL) return;
        if (c === d.escapechar) this.state = 'escapeInQuotedField';
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.state = d.doublequote ? 'quoteInQuotedField' : 'inField';
        } else this.field += c;
        return;
      case 'escapeInQuotedField':
        this.field += c === EOL ? '\n' : c;
        this.state = 'inQuotedField';
        return;
      case 'quoteInQuotedField':
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.field += c;
          this.state = 'inQuotedField';
        } else if (c === d.delimiter) {
          this.save();
          this.state = 'startField';
        } else if (newline || c === EOL) this.endOfField(c);
        else if (!d.strict) {
          this.field += c;
          this.state = 'inField';
        } else throw csvError(`'${d.delimiter}' expected after '${d.quotechar}'`);
        return;
      case 'eatCrnl':
        if (newline) return;
        if (c === EOL) this.state = 'startRecord';
        else {
          throw csvError(
            'new-line character seen in unquoted field - do you need to open the file in universal-newline mode?',
          );
        }
        return;
    }
  }

  /** The next record, or undefined at the end of the input. */
  next(): PyValue[] | undefined {
    this.fields = [];
    this.field = '';
    this.numeric = false;
    do {
      const line = this.lines.next();
      if (line === undefined) {
        if (this.field.length !== 0 || this.state === 'inQuotedField') {
          if (this.d.strict) throw csvError('unexpected end of data');
          this.save();
          this.state = 'startRecord';
          return this.fields;
        }
        return undefined;
      }
      if (typeof line !== 'string') {
        throw csvError(
          `iterator should return strings, not ${typeName(line)} (the file should be opened in text mode)`,
        );
      }
      this.lineNum++;
      for (const c of line) this.step(c);
      this.step(EOL);
    } while (this.state !== 'startRecord');
    return this.fields;
  }
}

const PARSERS = new WeakMap<PyInstance, RecordParser>();

function parserOf(self: PyInstance): RecordParser {
  const p = PARSERS.get(self);
  if (p === undefined) throw csvError('reader is not initialized');
  return p;
}

/** `_csv.reader`, the type of what csv.reader returns. */
export const READER = csvClass('reader', '_csv', [
  ['__iter__', (self: PyInstance) => self],
  [
    '__next__',
    (self: PyInstance) => {
      const p = parserOf(self);
      const rec = p.next();
      self.attrs['line_num'] = BigInt(p.lineNum);
      if (rec === undefined) throw stopIteration(null);
      return rec;
    },
  ],
]);

/** csv.reader(csvfile, dialect='excel', **fmtparams). */
export function makeReader(
  args: PyValue[],
  kw: Kwargs,
  toFloat: (s: string) => PyValue,
  registry: DialectRegistry,
): PyInstance {
  const [own, fmt] = splitKeywords(kw, ['dialect']);
  const [csvfile, dialect] = bindBuiltin('reader', ['csvfile', 'dialect'], 1, args, own);
  const d = readDialect(dialect, fmt.size > 0 ? fmt : null, registry);
  const self = new PyInstance(READER, newAttrs());
  self.attrs['line_num'] = 0n;
  PARSERS.set(self, new RecordParser(d, iterate(csvfile!), toFloat));
  return self;
}

/** The reader's next record through the program's own `next` (a subclass may change it). */
function nextRecord(reader: PyValue): PyValue[] | undefined {
  if (reader instanceof PyInstance && PARSERS.has(reader)) {
    const p = parserOf(reader);
    const rec = p.next();
    reader.attrs['line_num'] = BigInt(p.lineNum);
    return rec;
  }
  return undefined;
}

/** csv.DictReader: each record as a dict keyed by the field names (the first row's by default). */
export function dictReaderClass(toFloat: (s: string) => PyValue, registry: DialectRegistry) {
  const fieldnamesOf = (self: PyInstance): PyValue => {
    let names = self.attrs['_fieldnames'];
    if (names === null && self.attrs['_read'] !== true) {
      self.attrs['_read'] = true;
      const first = nextRecord(self.attrs['reader']);
      syncLineNum(self);
      if (first !== undefined) names = first;
      self.attrs['_fieldnames'] = names;
    }
    return names;
  };
  const syncLineNum = (self: PyInstance): void => {
    const r = self.attrs['reader'];
    if (r instanceof PyInstance) self.attrs['line_num'] = r.attrs['line_num'];
  };
  const cls = csvClass('DictReader', 'csv', [
    [
      '__init__',
      (self: PyInstance, args: PyValue[], kw: Kwargs) => {
        const names = ['f', 'fieldnames', 'restkey', 'restval', 'dialect'];
        const [own, fmt] = splitKeywords(kw, names);
        const [f, fieldnames, restkey, restval, dialect] = bindBuiltin(
          'DictReader',
          names,
          1,
          args,
          own,
        );
        const readerArgs: PyValue[] = dialect === undefined ? [f!] : [f!, dialect];
        self.attrs['reader'] = makeReader(readerArgs, fmt.size > 0 ? fmt : null, toFloat, registry);
        self.attrs['_fieldnames'] =
          fieldnames === undefined || fieldnames === null ? null : [...listOf(fieldnames)];
        self.attrs['restkey'] = restkey ?? null;
        self.attrs['restval'] = restval ?? null;
        self.attrs['dialect'] = dialect ?? 'excel';
        self.attrs['line_num'] = 0n;
        return null;
      },
    ],
    ['__iter__', (self: PyInstance) => self],
    [
      '__next__',
      (self: PyInstance) => {
        const names = fieldnamesOf(self);
        let row: PyValue[] | undefined;
        // Rows with no fields (blank lines) are skipped.
        do {
          row = nextRecord(self.attrs['reader']);
          syncLineNum(self);
          if (row === undefined) throw stopIteration(null);
        } while (row.length === 0);
        const keys = names === null ? [] : listOf(names);
        const d = new PyDict();
        keys.forEach((k, i) => {
          if (i < row!.length) setItem(d, k, row![i]);
        });
        if (keys.length < row.length)
          setItem(d, self.attrs['restkey'] ?? null, row.slice(keys.length));
        else for (const k of keys.slice(row.length)) setItem(d, k, self.attrs['restval'] ?? null);
        return d;
      },
    ],
  ]);
  // fieldnames is a property: reading it reads the header row if none was given.
  cls.dict.set(
    'fieldnames',
    new PyProperty(
      new Builtin('fieldnames', (args) => fieldnamesOf(args[0] as PyInstance)),
      new Builtin('fieldnames', (args) => {
        (args[0] as PyInstance).attrs['_fieldnames'] = args[1];
        return null;
      }),
      null,
      null,
      'fieldnames',
    ),
  );
  return cls;
}

function listOf(v: PyValue): PyValue[] {
  if (Array.isArray(v)) return v;
  const out: PyValue[] = [];
  const it = iterate(v);
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}

export function floatParser(floatType: PyValue): (s: string) => PyValue {
  return (s) => callValue(floatType, [s], null);
}
