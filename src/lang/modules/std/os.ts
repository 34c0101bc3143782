// os and os.path: POSIX path arithmetic as CPython's posixpath does it, and questions
// about files (exists, isfile, isdir, getsize, listdir) answered only inside the folders a
// program may read; anything outside them does not exist for it. The functions that change
// files (makedirs, remove…) raise PermissionError, as open() does for writing.

import { defineAll } from '../../builtins/core';
import { fsPath } from '../../builtins/files';
import { checkReadable, isReadable, osError, type FileStat } from '../../files';
import {
  bindArgs,
  bindFunctionArgs,
  exactArgs,
  expectArgs,
  indexArg,
  noKeywords,
} from '../../runtime/args';
import { truthy } from '../../runtime/truth';
import { collect } from '../../runtime/iteration';
import { typeName } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { repr } from '../../runtime/repr';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import type { StdContext } from './context';
import { osWalk } from './osWalk';
import { commonpath, realpath } from './osPathResolve';
import { expanduser, expandvars } from './osPathExpand';

/** os.fspath(v), as posixpath's functions start: a str, or CPython's TypeError. */
function pathArg(v: PyValue | undefined): string {
  const p = v === undefined ? undefined : fsPath(v);
  if (p === undefined) {
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(v ?? null)}`);
  }
  return p;
}

/** What a path is, when it lies inside the folders a program may read; null otherwise. */
export function statInFolders(s: StdContext, p: string): FileStat | null {
  const files = s.files();
  if (files === null) return null;
  const abs = files.resolve(files.folder, p);
  if (!isReadable(files, abs)) return null;
  return files.stat(files.realpath(abs)!);
}

export function join(a: string, parts: string[]): string {
  let path = a;
  for (const b of parts) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += `/${b}`;
  }
  return path;
}

export function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head !== '' && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

export function splitext(p: string): [string, string] {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot > sep) {
    for (let i = sep + 1; i < dot; i++) if (p[i] !== '.') return [p.slice(0, dot), p.slice(dot)];
  }
  return [p, ''];
}

export function normpath(p: string): string {
  if (p === '') return '.';
  const initial = p.startsWith('/') ? (p.startsWith('//') && !p.startsWith('///') ? 2 : 1) : 0;
  const out: string[] = [];
  for (const comp of p.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (
      comp !== '..' ||
      (initial === 0 && out.length === 0) ||
      (out.length > 0 && out[out.length - 1] === '..')
    ) {
      out.push(comp);
    } else if (out.length > 0) out.pop();
  }
  const joined = out.join('/');
  const result = '/'.repeat(initial) + joined;
  return result === '' ? '.' : result;
}

/** posixpath.relpath: `p` from `start`, both made absolute against the program's folder. */
function relpath(p: string, start: string, folder: string): string {
  if (p === '') throw fail('ValueError', 'no path specified');
  const abs = (x: string) => normpath(x.startsWith('/') ? x : join(folder, [x]));
  const from = abs(start)
    .split('/')
    .filter((x) => x !== '');
  const to = abs(p)
    .split('/')
    .filter((x) => x !== '');
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  const parts = [...Array<string>(from.length - i).fill('..'), ...to.slice(i)];
  return parts.length === 0 ? '.' : parts.join('/');
}

/** The functions of os that change files: a ToyGrad program may not. */
const WRITES = [
  'makedirs',
  'mkdir',
  'remove',
  'unlink',
  'rmdir',
  'removedirs',
  'rename',
  'replace',
];

/** The path constants os and os.path both have. */
function setPathConstants(m: Map<string, PyValue>): void {
  m.set('sep', '/');
  m.set('curdir', '.');
  m.set('pardir', '..');
  m.set('extsep', '.');
  m.set('pathsep', ':');
  m.set('altsep', null);
  m.set('devnull', '/dev/null');
  m.set('defpath', '/bin:/usr/bin');
}

export function osPathModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  setPathConstants(m);
  const stat = (p: string) => statInFolders(s, p);
  // posixpath's functions are Python functions: a `def`'s call errors, under their parameter's
  // name, then os.fspath's TypeError for a path of the wrong type.
  const one =
    (name: string, param: string, f: (p: string) => PyValue) =>
    (args: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
      const [p] = bindFunctionArgs(name, [param], 1, args, kw);
      return f(pathArg(p));
    };
  // The tests (exists, isfile, isdir) go through os.stat, which takes a file descriptor too:
  // none is open to a ToyGrad program, so an int is False.
  const test =
    (name: string, param: string, f: (p: string) => boolean, call = 'stat') =>
    (args: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
      const [p] = bindFunctionArgs(name, [param], 1, args, kw);
      if (call === 'stat' && typeof p === 'bigint') return false;
      const kinds = call === 'stat' ? 'bytes, os.PathLike or integer' : 'bytes or os.PathLike';
      const path = fsPath(p!);
      if (path === undefined) {
        throw typeError(`${call}: path should be string, ${kinds}, not ${typeName(p!)}`);
      }
      return f(path);
    };
  defineAll(m, [
    [
      'join',
      (args, kw) => {
        bindArgs('join', [], 0, [], kw);
        if (args.length === 0)
          throw typeError("join() missing 1 required positional argument: 'a'");
        return join(
          pathArg(args[0]),
          args.slice(1).map((a) => {
            const p = fsPath(a);
            if (p !== undefined) return p;
            throw typeError(
              `join() argument must be str, bytes, or os.PathLike object, not '${typeName(a)}'`,
            );
          }),
        );
      },
    ],
    ['basename', one('basename', 'p', (p) => split(p)[1])],
    ['dirname', one('dirname', 'p', (p) => split(p)[0])],
    ['split', one('split', 'p', (p) => new PyTuple(split(p)))],
    ['splitext', one('splitext', 'p', (p) => new PyTuple(splitext(p)))],
    ['normpath', one('normpath', 'path', normpath)],
    ['isabs', one('isabs', 's', (p) => p.startsWith('/'))],
    [
      'abspath',
      one('abspath', 'path', (p) =>
        normpath(p.startsWith('/') ? p : join(s.files()?.folder ?? '/', [p])),
      ),
    ],
    ['exists', test('exists', 'path', (p) => stat(p) !== null)],
    ['isfile', test('isfile', 'path', (p) => stat(p)?.kind === 'file')],
    ['isdir', test('isdir', 's', (p) => stat(p)?.kind === 'dir')],
    ['lexists', test('lexists', 'path', (p) => stat(p) !== null, 'lstat')],
    [
      'getsize',
      (args, kw) => {
        const [p] = bindFunctionArgs('getsize', ['filename'], 1, args, kw);
        return BigInt(readable(s, statPath('stat', p!, 'os.PathLike or integer')).stat.size);
      },
    ],
    ['splitdrive', one('splitdrive', 'p', (p) => new PyTuple(['', p]))],
    ['normcase', one('normcase', 's', (p) => p)],
    ['expanduser', one('expanduser', 'path', (p) => expanduser(s, p))],
    ['expandvars', one('expandvars', 'path', (p) => expandvars(s, p))],
    ['realpath', (args, kw) => realpath(s, pathArg, args, kw)],
    ['commonpath', (args, kw) => commonpath(pathArg, args, kw)],
    [
      'relpath',
      (args, kw) => {
        const [p, start] = bindFunctionArgs('relpath', ['path', 'start'], 1, args, kw);
        if (!truthy(p!)) throw fail('ValueError', 'no path specified');
        const path = pathArg(p);
        const from = start === undefined || start === null ? '.' : pathArg(start);
        return relpath(path, from, s.files()?.folder ?? '/');
      },
    ],
    [
      'commonprefix',
      (args, kw) => {
        const [m] = bindFunctionArgs('commonprefix', ['m'], 1, args, kw);
        if (!truthy(m!)) return '';
        const items = collect(m!).map((x) => pathArg(x));
        if (items.length === 0) return '';
        let prefix = items[0];
        for (const x of items) {
          let i = 0;
          while (i < prefix.length && i < x.length && prefix[i] === x[i]) i++;
          prefix = prefix.slice(0, i);
        }
        return prefix;
      },
    ],
  ]);
  return m;
}

export function osModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  m.set('path', s.standard('os.path'));
  setPathConstants(m);
  m.set('linesep', '\n');
  m.set('name', 'posix');
  // The program's environment starts empty: ToyGrad passes it none of the editor's or the
  // shell's variables (they can hold secrets). Training scripts ask for launcher variables
  // with a default (`os.environ.get('RANK', -1)`), and may set their own.
  const environ = new PyDict();
  m.set('environ', environ);
  defineAll(m, [
    [
      'getenv',
      (args, kw) => {
        const [key, fallback] = bindArgs('getenv', ['key', 'default'], 1, args, kw);
        if (typeof key !== 'string') throw typeError(`str expected, not ${typeName(key!)}`);
        return environ.map.get(key)?.value ?? fallback ?? null;
      },
    ],
    ['getcwd', (args, kw) => (exactArgs('getcwd', 0, args, kw), s.files()?.folder ?? '/')],
    ['get_terminal_size', (args, kw) => terminalSize(args, kw)],
    ['walk', (args, kw) => osWalk(s, { join, readable, pathArg }, args, kw)],
    [
      'fspath',
      (args, kw) => {
        exactArgs('fspath', 1, args, kw);
        const p = fsPath(args[0]);
        if (p === undefined) {
          throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(args[0])}`);
        }
        return p;
      },
    ],
    [
      'listdir',
      (args, kw) => {
        const [path] = bindArgs('listdir', ['path'], 0, args, kw);
        const p =
          path === undefined || path === null
            ? '.'
            : statPath('listdir', path, 'os.PathLike, integer or None');
        const files = s.files()!;
        const { real, stat: st } = readable(s, p);
        if (st.kind !== 'dir') {
          throw osError('NotADirectoryError', 20, 'Not a directory', p);
        }
        // Sorted: the operating system's order is no order (pathlib's iterdir does the same).
        return files
          .listDir(real)
          .filter((n) => isReadable(files, files.resolve(real, n)))
          .sort();
      },
    ],
    ...WRITES.map((name): [string, (args: PyValue[], kw: Kwargs) => PyValue] => [
      name,
      () => {
        throw fail(
          'PermissionError',
          `os.${name}(): a ToyGrad program may read files but never change them`,
        );
      },
    ]),
  ]);
  return m;
}

/**
 * os.get_terminal_size(fd=1): a program's standard streams are never a terminal (its output
 * goes to the notebook or through a pipe; sys.stdout.isatty() is False), so CPython's answer
 * for a pipe, OSError [Errno 25]; any other descriptor is not open. Progress bars that size
 * themselves catch the OSError and take a width of their own.
 */
function terminalSize(args: PyValue[], kw: Kwargs): PyValue {
  noKeywords('posix.get_terminal_size', kw);
  expectArgs('get_terminal_size', args, 0, 1);
  const fd = args.length === 0 ? 1n : indexArg(args[0]);
  if (fd >= 0n && fd <= 2n) throw osError('OSError', 25, 'Inappropriate ioctl for device');
  throw osError('OSError', 9, 'Bad file descriptor');
}

/**
 * The path of os.stat-like functions, which take a file descriptor too: none is open to a
 * ToyGrad program, so a number is a bad one.
 */
function statPath(fname: string, v: PyValue, kinds: string): string {
  if (typeof v === 'bigint') {
    // os.stat names the descriptor it was given; os.listdir does not.
    throw osError('OSError', 9, 'Bad file descriptor', fname === 'stat' ? v : undefined);
  }
  const p = fsPath(v);
  if (p === undefined) {
    throw typeError(`${fname}: path should be string, bytes, ${kinds}, not ${typeName(v)}`);
  }
  return p;
}

/** A path the program may read (a folder too), or CPython's error for it. */
function readable(s: StdContext, p: string): { real: string; stat: FileStat } {
  const files = s.files();
  if (files === null) throw fail('PermissionError', `[Errno 13] Permission denied: ${repr(p)}`);
  return checkReadable(files, p, Infinity, true);
}
