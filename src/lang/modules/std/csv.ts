// csv: reading rows of comma-separated values from lines (an open file or a list of strings)
// and writing them to sys.stdout or sys.stderr, with CPython's quoting rules and messages.

import { Builtin, type PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';
import {
  CSV_ERROR,
  dialectNames,
  QUOTE_ALL,
  QUOTE_MINIMAL,
  QUOTE_NONE,
  QUOTE_NONNUMERIC,
} from './csvDialect';
import { dictReaderClass, floatParser, makeReader } from './csvReader';
import { DICT_WRITER, makeWriter } from './csvWriter';

export function csvModule(s: StdContext): Map<string, PyValue> {
  const toFloat = floatParser(shared(s, 'float'));
  return new Map<string, PyValue>([
    ['reader', new Builtin('reader', (args, kw) => makeReader(args, kw, toFloat))],
    ['writer', new Builtin('writer', (args, kw) => makeWriter(args, kw))],
    ['DictReader', dictReaderClass(toFloat)],
    ['DictWriter', DICT_WRITER],
    ['Error', CSV_ERROR],
    ['QUOTE_MINIMAL', BigInt(QUOTE_MINIMAL)],
    ['QUOTE_ALL', BigInt(QUOTE_ALL)],
    ['QUOTE_NONNUMERIC', BigInt(QUOTE_NONNUMERIC)],
    ['QUOTE_NONE', BigInt(QUOTE_NONE)],
    ['list_dialects', new Builtin('list_dialects', () => dialectNames())],
  ]);
}
