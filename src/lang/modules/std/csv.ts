// csv: reading rows of comma-separated values from lines (an open file or a list of strings)
// and writing them to sys.stdout or sys.stderr, with CPython's quoting rules and messages.

import { Builtin, type PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';
import {
  builtinDialects,
  CSV_ERROR,
  QUOTE_ALL,
  QUOTE_MINIMAL,
  QUOTE_NONE,
  QUOTE_NONNUMERIC,
} from './csvDialect';
import { dictReaderClass, floatParser, makeReader } from './csvReader';
import { dictWriterClass, makeWriter } from './csvWriter';
import { dialectEntries } from './csvDialectClasses';

export function csvModule(s: StdContext): Map<string, PyValue> {
  const toFloat = floatParser(shared(s, 'float'));
  const registry = builtinDialects();
  return new Map<string, PyValue>([
    ['reader', new Builtin('reader', (args, kw) => makeReader(args, kw, toFloat, registry))],
    ['writer', new Builtin('writer', (args, kw) => makeWriter(args, kw, registry))],
    ['DictReader', dictReaderClass(toFloat, registry)],
    ['DictWriter', dictWriterClass(registry)],
    ['Error', CSV_ERROR],
    ['QUOTE_MINIMAL', BigInt(QUOTE_MINIMAL)],
    ['QUOTE_ALL', BigInt(QUOTE_ALL)],
    ['QUOTE_NONNUMERIC', BigInt(QUOTE_NONNUMERIC)],
    ['QUOTE_NONE', BigInt(QUOTE_NONE)],
    ...dialectEntries(registry),
  ]);
}
