// os.path.expanduser and os.path.expandvars, as posixpath's: both read os.environ when they
// run (a program's own HOME or variables; ToyGrad's environment starts empty). A `~` with no
// HOME, or `~user`, stays as written: ToyGrad has no user database to find a home in, the
// case where CPython's expanduser gives the path back unchanged too.

import { getAttr } from '../../runtime/attributes';
import { contains } from '../../runtime/equality';
import { typeName } from '../../runtime/repr';
import { fail } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import type { PyValue } from '../../runtime/values';
import type { StdContext } from './context';

const environ = (s: StdContext): PyValue => getAttr(s.standard('os'), 'environ');

/** An environment value, which posixpath joins into the path as a str. */
function textOf(v: PyValue, method: string): string {
  if (typeof v === 'string') return v;
  throw fail('AttributeError', `'${typeName(v)}' object has no attribute '${method}'`);
}

export function expanduser(s: StdContext, path: string): string {
  if (!path.startsWith('~')) return path;
  let i = path.indexOf('/', 1);
  if (i < 0) i = path.length;
  const env = environ(s);
  if (i !== 1 || !contains(env, 'HOME')) return path;
  const home = textOf(getItem(env, 'HOME'), 'rstrip').replace(/\/+$/, '');
  return home + path.slice(i) || '/';
}

/** `$name` and `${name}` of variables set in os.environ; others stay as written. */
export function expandvars(s: StdContext, path: string): string {
  if (!path.includes('$')) return path;
  const env = environ(s);
  const pattern = /\$(\w+|\{[^}]*\})/g;
  let out = path;
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const m = pattern.exec(out);
    if (m === null) return out;
    let name = m[1];
    if (name.startsWith('{') && name.endsWith('}')) name = name.slice(1, -1);
    const end = m.index + m[0].length;
    if (!contains(env, name)) {
      from = end;
      continue;
    }
    const value = textOf(getItem(env, name), '__add__');
    const tail = out.slice(end);
    out = out.slice(0, m.index) + value;
    from = out.length;
    out += tail;
  }
}
