// pathlib, read-only: PurePath/PurePosixPath (path arithmetic, pathlibPure.ts) and
// Path/PosixPath, which also ask about files, read them and list folders, inside the folders
// a program may read (as open() and os.path do). Every method that would change a file is
// the PermissionError open() gives for writing. Each path keeps its parts in a WeakMap, out
// of the program's reach; instances are built-in classes' (a program cannot derive from them).

import { fsPath } from '../../builtins/files';
import { checkReadable, isReadable, osError } from '../../files';
import { bindArgs, exactArgs } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import {
  c3,
  NativeMethod,
  newAttrs,
  PyClass,
  PyInstance,
  PyProperty,
  PyStaticMethod,
} from '../../runtime/objects';
import { repr, typeName } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { OBJECT } from '../../runtime/types';
import { Builtin, PyIterator, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';
import { normpath, statInFolders } from './os';
import {
  joinPaths,
  parentOf,
  parsePath,
  pathName,
  pathString,
  patternRegex,
  relativeTo,
  stemOf,
  suffixesOf,
  suffixOf,
  withName,
  withSuffix,
  type PathParts,
} from './pathlibPure';

const PARTS = new WeakMap<PyInstance, PathParts>();

/** The methods that would change the file system: each is refused. */
const WRITES = [
  'write_text',
  'write_bytes',
  'mkdir',
  'rmdir',
  'unlink',
  'touch',
  'rename',
  'replace',
  'chmod',
  'symlink_to',
  'hardlink_to',
];

function partsOf(o: PyInstance): PathParts {
  const p = PARTS.get(o);
  if (p === undefined) throw typeError(`descriptor requires a path object, not '${typeName(o)}'`);
  return p;
}

function segment(v: PyValue): string {
  const p = fsPath(v);
  if (p === undefined) {
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  }
  return p;
}

function builtinClass(name: string, bases: PyClass[]): PyClass {
  const cls = new PyClass(name, bases, new Map([['__module__', 'pathlib']]), null, true);
  cls.mro = c3(cls, bases)!;
  return cls;
}

/** A simple string hash: equal paths hash alike (CPython's hash(str) is salted anyway). */
function stringHash(s: string): bigint {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return BigInt(h === -1 ? -2 : h);
}

export function pathlibModule(s: StdContext): Map<string, PyValue> {
  const purePath = builtinClass('PurePath', [OBJECT]);
  const purePosixPath = builtinClass('PurePosixPath', [purePath]);
  const path = builtinClass('Path', [purePath]);
  const posixPath = builtinClass('PosixPath', [path, purePosixPath]);

  const make = (cls: PyClass, p: PathParts): PyInstance => {
    const o = new PyInstance(cls, newAttrs());
    PARTS.set(o, p);
    return o;
  };
  const construct = (cls: PyClass) => (args: PyValue[], kw: Kwargs) => {
    if (kw !== null && kw.size > 0) {
      throw typeError(`${cls.name}() takes no keyword arguments`);
    }
    return make(cls, joinPaths(args.map(segment)));
  };
  purePath.construct = construct(purePosixPath);
  purePosixPath.construct = construct(purePosixPath);
  path.construct = construct(posixPath);
  posixPath.construct = construct(posixPath);

  const isPath = (v: PyValue): v is PyInstance => v instanceof PyInstance && PARTS.has(v);
  const str = (o: PyInstance) => pathString(partsOf(o));
  const like = (o: PyInstance, p: PathParts) => make(o.cls, p);
  const method = (
    cls: PyClass,
    name: string,
    impl: (self: PyInstance, args: PyValue[], kw: Kwargs) => PyValue,
  ) => cls.dict.set(name, new NativeMethod(name, cls.name, impl));
  const property = (cls: PyClass, name: string, get: (self: PyInstance) => PyValue) =>
    cls.dict.set(
      name,
      new PyProperty(
        new Builtin(name, (args) => get(args[0] as PyInstance)),
        null,
        null,
        null,
        name,
      ),
    );
  const noArgs = (cls: PyClass, name: string, f: (self: PyInstance) => PyValue) =>
    method(cls, name, (self, args, kw) => (exactArgs(name, 0, args, kw), f(self)));

  // --- pure paths: arithmetic on the parts ---
  noArgs(purePath, '__str__', str);
  noArgs(purePath, '__fspath__', str);
  noArgs(purePath, 'as_posix', str);
  noArgs(purePath, '__repr__', (self) => `${self.cls.name}(${repr(str(self))})`);
  noArgs(purePath, '__hash__', (self) => stringHash(str(self)));
  noArgs(purePath, 'is_absolute', (self) => partsOf(self).root !== '');
  method(purePath, '__eq__', (self, [other]) =>
    isPath(other) ? str(self) === str(other) : NOT_IMPLEMENTED,
  );
  const compareParts = (a: PyInstance, b: PyInstance): number => {
    const x = [partsOf(a).root, ...partsOf(a).parts];
    const y = [partsOf(b).root, ...partsOf(b).parts];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    }
    return x.length - y.length;
  };
  for (const [name, test] of [
    ['__lt__', (c: number) => c < 0],
    ['__le__', (c: number) => c <= 0],
    ['__gt__', (c: number) => c > 0],
    ['__ge__', (c: number) => c >= 0],
  ] as const) {
    method(purePath, name, (self, [other]) =>
      isPath(other) ? test(compareParts(self, other)) : NOT_IMPLEMENTED,
    );
  }
  method(purePath, '__truediv__', (self, [other]) => {
    const seg = fsPath(other);
    return seg === undefined ? NOT_IMPLEMENTED : like(self, joinPaths([str(self), seg]));
  });
  method(purePath, '__rtruediv__', (self, [other]) => {
    const seg = fsPath(other);
    return seg === undefined ? NOT_IMPLEMENTED : like(self, joinPaths([seg, str(self)]));
  });
  method(purePath, 'joinpath', (self, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('joinpath() takes no keyword arguments');
    return like(self, joinPaths([str(self), ...args.map(segment)]));
  });
  property(purePath, 'name', (self) => pathName(partsOf(self)));
  property(purePath, 'suffix', (self) => suffixOf(pathName(partsOf(self))));
  property(purePath, 'suffixes', (self) => suffixesOf(pathName(partsOf(self))));
  property(purePath, 'stem', (self) => stemOf(pathName(partsOf(self))));
  property(purePath, 'root', (self) => partsOf(self).root);
  property(purePath, 'anchor', (self) => partsOf(self).root);
  property(purePath, 'parts', (self) => {
    const p = partsOf(self);
    return new PyTuple(p.root === '' ? [...p.parts] : [p.root, ...p.parts]);
  });
  property(purePath, 'parent', (self) => like(self, parentOf(partsOf(self))));
  // A tuple of the ancestors (CPython's is a sequence object shown as <PosixPath.parents>).
  property(purePath, 'parents', (self) => {
    const out: PyValue[] = [];
    for (let p = partsOf(self); p.parts.length > 0;) {
      p = parentOf(p);
      out.push(like(self, p));
    }
    return new PyTuple(out);
  });
  const stringArg = (fname: string, v: PyValue | undefined): string => {
    if (typeof v !== 'string') {
      throw typeError(`${fname}() argument must be str, not ${typeName(v ?? null)}`);
    }
    return v;
  };
  method(purePath, 'with_name', (self, args, kw) => {
    const [name] = bindArgs('with_name', ['name'], 1, args, kw);
    return like(self, withName(partsOf(self), repr(self), stringArg('with_name', name)));
  });
  method(purePath, 'with_stem', (self, args, kw) => {
    const [stem] = bindArgs('with_stem', ['stem'], 1, args, kw);
    const suffix = suffixOf(pathName(partsOf(self)));
    return like(self, withName(partsOf(self), repr(self), stringArg('with_stem', stem) + suffix));
  });
  method(purePath, 'with_suffix', (self, args, kw) => {
    const [suffix] = bindArgs('with_suffix', ['suffix'], 1, args, kw);
    return like(self, withSuffix(partsOf(self), repr(self), stringArg('with_suffix', suffix)));
  });
  method(purePath, 'relative_to', (self, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('relative_to() takes no keyword arguments');
    if (args.length === 0) throw typeError('need at least one argument');
    return like(self, relativeTo(partsOf(self), joinPaths(args.map(segment))));
  });
  method(purePath, 'is_relative_to', (self, args) => {
    try {
      relativeTo(partsOf(self), joinPaths(args.map(segment)));
      return true;
    } catch {
      return false;
    }
  });

  // --- concrete paths: questions about files, inside the readable folders ---
  const folder = () => s.files()?.folder ?? '/';
  const stat = (self: PyInstance) => statInFolders(s, str(self));
  noArgs(path, 'exists', (self) => stat(self) !== null);
  noArgs(path, 'is_file', (self) => stat(self)?.kind === 'file');
  noArgs(path, 'is_dir', (self) => stat(self)?.kind === 'dir');
  noArgs(path, 'absolute', (self) =>
    partsOf(self).root !== '' ? self : like(self, joinPaths([folder(), str(self)])),
  );
  noArgs(path, 'resolve', (self) => {
    const files = s.files();
    const full = normpath(pathString(joinPaths([folder(), str(self)])));
    // Symlinks are followed only inside the readable folders: outside, nothing is told.
    const real = files !== null && isReadable(files, full) ? files.realpath(full) : null;
    return like(self, parsePath(real ?? normpath(full)));
  });
  path.dict.set(
    'cwd',
    new PyStaticMethod(
      new Builtin(
        'cwd',
        (args, kw) => (exactArgs('cwd', 0, args, kw), make(posixPath, parsePath(folder()))),
      ),
    ),
  );
  const open = shared(s, 'open');
  method(path, 'open', (self, args, kw) => callValue(open, [self, ...args], kw));
  method(path, 'read_text', (self, args, kw) => {
    const [encoding, errors] = bindArgs('read_text', ['encoding', 'errors'], 0, args, kw);
    void errors;
    const f = callValue(open, [self, 'r'], new Map([['encoding', encoding ?? null]]));
    const text = callMethod(f, 'read', [], null);
    callMethod(f, 'close', [], null);
    return text;
  });
  // The file's bytes, read and closed (not the open file, which is what open() gives).
  noArgs(path, 'read_bytes', (self) => {
    const f = callValue(open, [self, 'rb'], null);
    const data = callMethod(f, 'read', [], null);
    callMethod(f, 'close', [], null);
    return data;
  });
  for (const name of WRITES) {
    method(path, name, () => {
      throw fail(
        'PermissionError',
        `Path.${name}(): a ToyGrad program may read files but never change them`,
      );
    });
  }
  /** The names in the folder, sorted (the operating system's order is no order). */
  const listing = (self: PyInstance): string[] => {
    const files = s.files();
    if (files === null) {
      throw fail('PermissionError', `[Errno 13] Permission denied: ${repr(str(self))}`);
    }
    const { real, stat: st } = checkReadable(files, str(self), Infinity, true);
    if (st.kind !== 'dir') {
      throw osError('NotADirectoryError', 20, 'Not a directory', str(self));
    }
    return files
      .listDir(real)
      .filter((n) => isReadable(files, files.resolve(real, n)))
      .sort();
  };
  const iteratorOf = (items: PyValue[]) => {
    let i = 0;
    return new PyIterator('generator', () => (i < items.length ? items[i++] : undefined));
  };
  noArgs(path, 'iterdir', (self) =>
    iteratorOf(listing(self).map((n) => like(self, joinPaths([str(self), n])))),
  );
  const glob = (self: PyInstance, pattern: string): PyInstance[] => {
    if (pattern === '') throw fail('ValueError', `Unacceptable pattern: ''`);
    if (pattern.startsWith('/')) {
      throw fail('NotImplementedError', 'Non-relative patterns are unsupported');
    }
    const steps = pattern.split('/').filter((p) => p !== '' && p !== '.');
    const out: PyInstance[] = [];
    const seen = new Set<string>();
    const isDir = (p: PyInstance) => stat(p)?.kind === 'dir';
    const walk = (at: PyInstance, i: number): void => {
      if (i === steps.length) {
        if (!seen.has(str(at))) {
          seen.add(str(at));
          out.push(at);
        }
        return;
      }
      const step = steps[i];
      if (step === '**') {
        // Zero or more folders: this one, then every folder below it.
        walk(at, i + 1);
        for (const n of listing(at)) {
          const child = like(at, joinPaths([str(at), n]));
          if (isDir(child)) walk(child, i);
        }
        return;
      }
      const last = i === steps.length - 1;
      if (!/[*?[]/.test(step)) {
        const child = like(at, joinPaths([str(at), step]));
        if (last ? stat(child) !== null : isDir(child)) walk(child, i + 1);
        return;
      }
      const re = patternRegex(step);
      for (const n of listing(at)) {
        if (!re.test(n)) continue;
        const child = like(at, joinPaths([str(at), n]));
        if (last || isDir(child)) walk(child, i + 1);
      }
    };
    if (isDir(self)) walk(self, 0);
    return out;
  };
  method(path, 'glob', (self, args, kw) => {
    const [pattern] = bindArgs('glob', ['pattern'], 1, args, kw);
    return iteratorOf(glob(self, stringArg('glob', pattern)));
  });
  method(path, 'rglob', (self, args, kw) => {
    const [pattern] = bindArgs('rglob', ['pattern'], 1, args, kw);
    return iteratorOf(glob(self, `**/${stringArg('rglob', pattern)}`));
  });

  return new Map<string, PyValue>([
    ['PurePath', purePath],
    ['PurePosixPath', purePosixPath],
    ['Path', path],
    ['PosixPath', posixPath],
  ]);
}
