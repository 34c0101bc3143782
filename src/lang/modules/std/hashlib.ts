// hashlib: md5, sha1, sha224, sha256, sha384 and sha512 hash objects (hashDigests.ts computes
// the digests), with the methods, attributes and errors of CPython's OpenSSL-backed _hashlib.HASH.
// A hash object keeps the bytes fed to it and digests them when asked: programs hash short
// texts (a name, a line of a data set), so nothing is gained by a streaming state.

import {
  c3,
  NativeMethod,
  newInstanceAttrs,
  PyClass,
  PyInstance,
  PyProperty,
} from '../../runtime/objects';
import { fakeAddress } from '../../runtime/repr';
import { typeError, fail } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import { bytesData, PyBytes } from '../../runtime/bytes';
import { Builtin, type Kwargs, type MethodImpl, type PyValue } from '../../runtime/values';
import { ALGORITHMS, type Algorithm } from './hashDigests';

interface HashState {
  name: string;
  algorithm: Algorithm;
  chunks: Uint8Array[];
}

const STATE = new WeakMap<PyInstance, HashState>();

const stateOf = (self: PyInstance): HashState => STATE.get(self)!;

/** The bytes of a value hashlib accepts, with CPython's errors for a str and anything else. */
function bufferOf(v: PyValue): Uint8Array {
  if (typeof v === 'string') throw typeError('Strings must be encoded before hashing');
  const data = bytesData(v);
  if (data === null) throw typeError('object supporting the buffer API required');
  return data.slice();
}

function noArguments(method: string, args: PyValue[], kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`HASH.${method}() takes no keyword arguments`);
  if (args.length > 0) {
    throw typeError(`HASH.${method}() takes no arguments (${args.length} given)`);
  }
}

function digestOf(self: PyInstance): Uint8Array {
  const s = stateOf(self);
  const total = s.chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of s.chunks) {
    all.set(c, at);
    at += c.length;
  }
  // Kept joined, so the next digest starts from one piece.
  s.chunks = [all];
  return s.algorithm.digest(all);
}

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

const METHODS: [string, MethodImpl<PyInstance>][] = [
  [
    'update',
    (self, args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError('HASH.update() takes no keyword arguments');
      if (args.length !== 1) {
        throw typeError(`HASH.update() takes exactly one argument (${args.length} given)`);
      }
      stateOf(self).chunks.push(bufferOf(args[0]));
      return null;
    },
  ],
  ['digest', (self, args, kw) => (noArguments('digest', args, kw), new PyBytes(digestOf(self)))],
  ['hexdigest', (self, args, kw) => (noArguments('hexdigest', args, kw), hex(digestOf(self)))],
  [
    'copy',
    (self, args, kw) => {
      noArguments('copy', args, kw);
      const s = stateOf(self);
      return makeHash(s.name, s.chunks.slice());
    },
  ],
  ['__repr__', (self) => `<${stateOf(self).name} _hashlib.HASH object @ ${fakeAddress(self)}>`],
];

const HASH_CLASS = new PyClass(
  'HASH',
  [OBJECT],
  new Map<string, PyValue>([['__module__', '_hashlib']]),
  () => {
    throw typeError("cannot create '_hashlib.HASH' instances");
  },
  true,
);
HASH_CLASS.mro = c3(HASH_CLASS, [OBJECT])!;
for (const [name, impl] of METHODS) HASH_CLASS.dict.set(name, new NativeMethod(name, 'HASH', impl));
const PROPERTIES: [string, (s: HashState) => PyValue][] = [
  ['name', (s) => s.name],
  ['digest_size', (s) => BigInt(s.algorithm.digestSize)],
  ['block_size', (s) => BigInt(s.algorithm.blockSize)],
];
for (const [name, get] of PROPERTIES) {
  const getter = new Builtin(name, (args) => get(stateOf(args[0] as PyInstance)));
  HASH_CLASS.dict.set(name, new PyProperty(getter, null, null, null, name));
}

function makeHash(name: string, chunks: Uint8Array[]): PyInstance {
  const h = new PyInstance(HASH_CLASS, newInstanceAttrs(HASH_CLASS));
  STATE.set(h, { name, algorithm: ALGORITHMS.get(name)!, chunks });
  return h;
}

/**
 * The data argument of a constructor (`string` by keyword, or the one positional), with the
 * messages of CPython's argument clinic for `fname` (openssl_md5, new).
 */
function dataArgument(
  fname: string,
  positional: PyValue | undefined,
  kw: Kwargs,
): PyValue | undefined {
  let data = positional;
  for (const [k, v] of kw ?? []) {
    if (k === 'usedforsecurity') continue;
    if (k !== 'string') throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    if (data !== undefined) {
      throw typeError(
        `argument for ${fname}() given by name ('string') and position (${fname === 'new' ? 2 : 1})`,
      );
    }
    data = v;
  }
  return data;
}

/** hashlib.md5(string=b'', *, usedforsecurity=True) and the others. */
function constructor(name: string): Builtin {
  const fname = `openssl_${name}`;
  return new Builtin(fname, (args, kw) => {
    if (args.length > 1) {
      throw typeError(`${fname}() takes at most 1 positional argument (${args.length} given)`);
    }
    const data = dataArgument(fname, args[0], kw);
    return makeHash(name, data === undefined ? [] : [bufferOf(data)]);
  });
}

/** hashlib.new(name, data=b'', **kwargs). */
const newHash = new Builtin('__hash_new', (args, kw) => {
  let [name, data] = args;
  const rest = kw === null ? null : new Map(kw);
  for (const [k, slot] of [
    ['name', 0],
    ['data', 1],
  ] as const) {
    const v = rest?.get(k);
    if (v === undefined) continue;
    if (args.length > slot) {
      throw typeError(`__hash_new() got multiple values for argument '${k}'`);
    }
    if (slot === 0) name = v;
    else data = v;
    rest!.delete(k);
  }
  if (args.length > 2) {
    throw typeError(
      `__hash_new() takes from 1 to 2 positional arguments but ${args.length} were given`,
    );
  }
  if (name === undefined) {
    throw typeError("__hash_new() missing 1 required positional argument: 'name'");
  }
  if (typeof name !== 'string') throw typeError('name must be a string');
  // hashlib passes data on to _hashlib.new positionally, b'' when not given.
  const bytes = dataArgument('new', data ?? new PyBytes(new Uint8Array(0)), rest);
  const key = name.toLowerCase();
  if (!ALGORITHMS.has(key)) throw fail('ValueError', `unsupported hash type ${name}`);
  return makeHash(key, [bufferOf(bytes!)]);
});

export function hashlibModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  for (const name of ALGORITHMS.keys()) m.set(name, constructor(name));
  m.set('new', newHash);
  return m;
}
