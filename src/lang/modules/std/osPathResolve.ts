// os.path.realpath and os.path.commonpath, as posixpath computes them. realpath resolves the
// symlinks of a path one name at a time (`os.path.dirname(os.path.realpath(__file__))`, the
// usual way to find the data beside a script), but only inside the folders a program may
// read: outside them a name is taken as it is written, so a path tells nothing about what
// lies there.

import { isReadable, osError } from '../../files';
import { bindFunctionArgs } from '../../runtime/args';
import { collect } from '../../runtime/iteration';
import { fail } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import type { Kwargs, PyValue } from '../../runtime/values';
import type { StdContext } from './context';

type PathArg = (v: PyValue | undefined) => string;

/** os.path.realpath(filename, *, strict=False). */
export function realpath(s: StdContext, pathArg: PathArg, args: PyValue[], kw: Kwargs): PyValue {
  const strictKw = kw?.get('strict');
  const rest = kw === null ? null : new Map([...kw].filter(([k]) => k !== 'strict'));
  const [p] = bindFunctionArgs('realpath', ['filename'], 1, args, rest);
  const filename = pathArg(p);
  const strict = strictKw === undefined ? false : truthy(strictKw);
  const files = s.files();
  const start = filename.startsWith('/') ? '/' : (files?.folder ?? '/');
  let path = start;
  // How CPython names a path it could not find under strict: as the program wrote it.
  let shown = filename.startsWith('/') ? '/' : '';
  for (const name of filename.split('/')) {
    if (name === '' || name === '.') continue;
    if (name === '..') {
      path = path === '/' ? '/' : path.replace(/\/[^/]*$/, '') || '/';
      shown = shown === '' || shown.endsWith('..') ? joinName(shown, '..') : dirname(shown);
      continue;
    }
    const next = joinName(path, name);
    shown = joinName(shown, name);
    const real = files === null ? null : files.realpath(next);
    if (real !== null && files !== null && isReadable(files, next)) {
      path = real;
    } else {
      if (strict) throw osError('FileNotFoundError', 2, 'No such file or directory', shown);
      path = next;
    }
  }
  return path;
}

function joinName(a: string, name: string): string {
  return a === '' ? name : a.endsWith('/') ? a + name : `${a}/${name}`;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : i === 0 ? '/' : p.slice(0, i);
}

/** Python's order of two strings: by code points (a JS comparison goes by UTF-16 units). */
function comparePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function compareLists(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = comparePoints(a[i], b[i]);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** os.path.commonpath(paths): the longest common sub-path, by whole names. */
export function commonpath(pathArg: PathArg, args: PyValue[], kw: Kwargs): PyValue {
  const [m] = bindFunctionArgs('commonpath', ['paths'], 1, args, kw);
  const paths = collect(m!).map((x) => pathArg(x));
  if (paths.length === 0) throw fail('ValueError', 'commonpath() arg is an empty sequence');
  const absolute = new Set(paths.map((x) => x.startsWith('/')));
  if (absolute.size > 1) throw fail('ValueError', "Can't mix absolute and relative paths");
  const split = paths.map((x) => x.split('/').filter((c) => c !== '' && c !== '.'));
  const sorted = [...split].sort(compareLists);
  const s1 = sorted[0];
  const s2 = sorted[sorted.length - 1];
  let common = s1;
  for (let i = 0; i < s1.length; i++) {
    if (s1[i] !== s2[i]) {
      common = s1.slice(0, i);
      break;
    }
  }
  return (paths[0].startsWith('/') ? '/' : '') + common.join('/');
}
