// The path arithmetic of pathlib's pure POSIX paths, on strings: how a path is normalised
// ('a//b/./c/' is 'a/b/c'), split into a root and parts, and how its name splits into a
// stem and suffixes. No file is looked at here.

import { repr } from '../../runtime/repr';
import { fail } from '../../runtime/state';

export interface PathParts {
  /** '', '/' or '//' (POSIX keeps exactly two leading slashes). */
  root: string;
  parts: string[];
}

export function parsePath(s: string): PathParts {
  const root = s.startsWith('//') && !s.startsWith('///') ? '//' : s.startsWith('/') ? '/' : '';
  return { root, parts: s.split('/').filter((p) => p !== '' && p !== '.') };
}

export function pathString(p: PathParts): string {
  const s = p.root + p.parts.join('/');
  return s === '' ? '.' : s;
}

/** Path('a', 'b') and a / b: a segment that is absolute starts again from its root. */
export function joinPaths(segments: string[]): PathParts {
  let out: PathParts = { root: '', parts: [] };
  for (const seg of segments) {
    const p = parsePath(seg);
    if (p.root !== '') out = p;
    else out = { root: out.root, parts: [...out.parts, ...p.parts] };
  }
  return out;
}

export function pathName(p: PathParts): string {
  return p.parts.length === 0 ? '' : p.parts[p.parts.length - 1];
}

/** Where the suffix starts in a name ('.bashrc' and 'x.' have none), or -1. */
function suffixStart(name: string): number {
  const i = name.lastIndexOf('.');
  return i > 0 && i < name.length - 1 ? i : -1;
}

export function suffixOf(name: string): string {
  const i = suffixStart(name);
  return i < 0 ? '' : name.slice(i);
}

export function stemOf(name: string): string {
  const i = suffixStart(name);
  return i < 0 ? name : name.slice(0, i);
}

export function suffixesOf(name: string): string[] {
  if (name.endsWith('.')) return [];
  const rest = name.replace(/^\.+/, '');
  return rest
    .split('.')
    .slice(1)
    .map((s) => `.${s}`);
}

export function parentOf(p: PathParts): PathParts {
  return p.parts.length === 0 ? p : { root: p.root, parts: p.parts.slice(0, -1) };
}

/** The path with its last part replaced by `name` (with_name, with_suffix, with_stem). */
export function withName(p: PathParts, shown: string, name: string): PathParts {
  if (pathName(p) === '') throw fail('ValueError', `${shown} has an empty name`);
  if (name === '' || name.includes('/') || name === '.') {
    throw fail('ValueError', `Invalid name ${repr(name)}`);
  }
  return { root: p.root, parts: [...p.parts.slice(0, -1), name] };
}

export function withSuffix(p: PathParts, shown: string, suffix: string): PathParts {
  if (suffix.includes('/') || (suffix !== '' && (!suffix.startsWith('.') || suffix === '.'))) {
    throw fail('ValueError', `Invalid suffix ${repr(suffix)}`);
  }
  const name = pathName(p);
  if (name === '') throw fail('ValueError', `${shown} has an empty name`);
  return withName(p, shown, stemOf(name) + suffix);
}

/** p.relative_to(base): the parts after base's, or CPython's ValueError. */
export function relativeTo(p: PathParts, base: PathParts): PathParts {
  const inside =
    p.root === base.root &&
    base.parts.length <= p.parts.length &&
    base.parts.every((part, i) => p.parts[i] === part);
  if (!inside) {
    throw fail(
      'ValueError',
      `${repr(pathString(p))} is not in the subpath of ${repr(pathString(base))} OR one path is relative and the other is absolute.`,
    );
  }
  return { root: '', parts: p.parts.slice(base.parts.length) };
}

/** A shell pattern ('*.txt', 'data?.csv', '[abc]*') as a regular expression for one name. */
export function patternRegex(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 's');
}
