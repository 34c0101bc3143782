// The standard modules ToyGrad implements, by name: each is built on first import.

import type { PyValue } from '../../runtime/values';
import { abcModule } from './abc';
import { tracebackModule } from './traceback';
import { argparseModule } from './argparse';
import { astModule } from './ast';
import { bisectModule } from './bisect';
import { builtinsModule } from './builtinsModule';
import { collectionsModule } from './collections';
import { collectionsAbcModule } from './collectionsAbc';
import type { StdContext } from './context';
import { contextlibModule } from './contextlib';
import { copyModule } from './copy';
import { csvModule } from './csv';
import { dataclassesModule } from './dataclasses';
import { datetimeModule } from './datetime';
import { enumModule } from './enum';
import { fractionsModule } from './fractions';
import { functoolsModule } from './functools';
import { gcModule } from './gc';
import { futureModule } from './future';
import { hashlibModule } from './hashlib';
import { heapqModule } from './heapq';
import { inspectModule } from './inspect';
import { ioModule } from './io';
import { itertoolsModule } from './itertools';
import { jsonDecoderModule, jsonEncoderModule, jsonModule } from './json';
import { loggingModule } from './logging';
import { mathModule } from './math';
import { numbersModule } from './numbers';
import { operatorModule } from './operator';
import { osModule, osPathModule } from './os';
import { randomModule } from './random';
import { reModule } from './re';
import { pathlibModule } from './pathlib';
import { pprintModule } from './pprint';
import { statisticsModule } from './statistics';
import { timeitModule } from './timeit';
import { textwrapModule } from './textwrap';
import { typesModule } from './types';
import { unicodedataModule } from './unicodedata';
import { warningsModule } from './warnings';
import { weakrefModule } from './weakref';
import { stringModule, sysModule, timeModule, typingModule } from './simple';

export type { StdContext } from './context';

export function standardModules(s: StdContext): Map<string, () => Map<string, PyValue>> {
  return new Map<string, () => Map<string, PyValue>>([
    ['math', () => mathModule(s)],
    ['builtins', () => builtinsModule(s)],
    ['random', () => randomModule(s)],
    ['sys', () => sysModule(s)],
    ['os', () => osModule(s)],
    ['os.path', () => osPathModule(s)],
    ['time', () => timeModule(s)],
    ['typing', () => typingModule(s)],
    ['string', () => stringModule(s)],
    ['json', () => jsonModule(s)],
    ['json.decoder', () => jsonDecoderModule()],
    ['json.encoder', () => jsonEncoderModule()],
    ['collections', () => collectionsModule(s)],
    ['collections.abc', () => collectionsAbcModule()],
    ['itertools', () => itertoolsModule()],
    ['functools', () => functoolsModule()],
    ['__future__', () => futureModule()],
    ['operator', () => operatorModule(s)],
    ['heapq', () => heapqModule()],
    ['bisect', () => bisectModule()],
    ['abc', () => abcModule()],
    ['numbers', () => numbersModule(s)],
    ['copy', () => copyModule(s)],
    ['dataclasses', () => dataclassesModule(s)],
    ['enum', () => enumModule()],
    ['argparse', () => argparseModule(s)],
    ['re', () => reModule(s)],
    ['statistics', () => statisticsModule(s)],
    ['pathlib', () => pathlibModule(s)],
    ['contextlib', () => contextlibModule(s)],
    ['types', () => typesModule()],
    ['warnings', () => warningsModule(s)],
    ['csv', () => csvModule(s)],
    ['pprint', () => pprintModule(s)],
    ['gc', () => gcModule()],
    ['timeit', () => timeitModule(s)],
    ['io', () => ioModule()],
    ['textwrap', () => textwrapModule()],
    ['fractions', () => fractionsModule(s)],
    ['unicodedata', () => unicodedataModule()],
    ['logging', () => loggingModule(s)],
    ['ast', () => astModule()],
    ['traceback', () => tracebackModule(s)],
    ['weakref', () => weakrefModule()],
    ['hashlib', () => hashlibModule()],
    ['inspect', () => inspectModule(s)],
    ['datetime', () => datetimeModule()],
  ]);
}
