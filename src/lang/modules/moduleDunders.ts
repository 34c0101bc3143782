// The attributes CPython's import system gives a module before its first line runs, in its
// order (`list(vars(engine))` starts with them): its name, docstring, package, loader, spec,
// a package's __path__, its file, the cached bytecode's path and the builtins' dict.

import type { Globals } from '../compile/environment';
import { newAttrs, PyInstance } from '../runtime/objects';
import { repr } from '../runtime/repr';
import { setItem } from '../runtime/subscript';
import { PyDict, type PyModule, type PyValue } from '../runtime/values';
import { nativeClass } from './std/nativeClass';

const FROZEN_EXTERNAL = '_frozen_importlib_external';

/** CPython's loader of a module read from a .py file (its repr names the class, as CPython's). */
const SOURCE_FILE_LOADER = nativeClass({
  name: 'SourceFileLoader',
  module: FROZEN_EXTERNAL,
  init: () => undefined,
  methods: [],
});

/** The loader of a folder imported without an __init__ file. */
const NAMESPACE_LOADER = nativeClass({
  name: 'NamespaceLoader',
  module: FROZEN_EXTERNAL,
  init: () => undefined,
  methods: [],
});

const MODULE_SPEC = nativeClass({
  name: 'ModuleSpec',
  module: '_frozen_importlib',
  init: () => undefined,
  methods: [['__repr__', (self) => specRepr(self)]],
});

/** ModuleSpec.__repr__: the name and loader, then the origin and folders it has. */
function specRepr(spec: PyInstance): string {
  const a = spec.attrs;
  const parts = [`name=${repr(a.name)}`, `loader=${repr(a.loader)}`];
  if (a.origin !== null) parts.push(`origin=${repr(a.origin)}`);
  if (a.submodule_search_locations !== null) {
    parts.push(`submodule_search_locations=${repr(a.submodule_search_locations)}`);
  }
  return `ModuleSpec(${parts.join(', ')})`;
}

export function sourceFileLoader(name: string, path: string): PyInstance {
  const loader = new PyInstance(SOURCE_FILE_LOADER, newAttrs());
  loader.attrs.name = name;
  loader.attrs.path = path;
  return loader;
}

export function isSourceFileLoader(v: PyValue): boolean {
  return v instanceof PyInstance && v.cls === SOURCE_FILE_LOADER;
}

interface SpecFields {
  name: string;
  loader: PyInstance;
  origin: string | null;
  /** A package's folders, null for a plain module. */
  searchLocations: string[] | null;
  cached: string | null;
}

function moduleSpec(f: SpecFields): PyInstance {
  const spec = new PyInstance(MODULE_SPEC, newAttrs());
  spec.attrs.name = f.name;
  spec.attrs.loader = f.loader;
  spec.attrs.origin = f.origin;
  spec.attrs.loader_state = null;
  spec.attrs.submodule_search_locations = f.searchLocations;
  spec.attrs.cached = f.cached;
  const dot = f.name.lastIndexOf('.');
  spec.attrs.parent = f.searchLocations !== null ? f.name : dot < 0 ? '' : f.name.slice(0, dot);
  spec.attrs.has_location = f.origin !== null;
  return spec;
}

/** `dir/__pycache__/stem.cpython-311.pyc` for `dir/stem.py`, as CPython 3.11 names it. */
function cachedPath(file: string): string {
  const slash = file.lastIndexOf('/');
  const base = file.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return `${file.slice(0, slash + 1)}__pycache__/${stem}.cpython-311.pyc`;
}

let builtinsDict: PyDict | null = null;
let builtinsDictOf: PyModule | null = null;

/** An imported module's `__builtins__`: the builtins module's dict, one for every module. */
function builtinsNamespace(builtins: PyModule): PyDict {
  if (builtinsDict === null || builtinsDictOf !== builtins) {
    const d = new PyDict();
    for (const name of builtins.ns.names()) {
      const v = builtins.ns.lookup(name);
      if (v !== undefined) setItem(d, name, v);
    }
    builtinsDict = d;
    builtinsDictOf = builtins;
  }
  return builtinsDict;
}

/** A module read from `file` (`packageDir` for a package's __init__). */
export function assignFileModuleDunders(
  globals: Globals,
  name: string,
  file: string,
  pkg: string,
  packageDir: string | null,
  builtins: PyModule,
): void {
  const loader = sourceFileLoader(name, file);
  const cached = cachedPath(file);
  const searchLocations = packageDir === null ? null : [packageDir];
  globals.assign('__name__', name);
  globals.assign('__doc__', null);
  globals.assign('__package__', pkg);
  globals.assign('__loader__', loader);
  globals.assign('__spec__', moduleSpec({ name, loader, origin: file, searchLocations, cached }));
  if (packageDir !== null) globals.assign('__path__', [packageDir]);
  globals.assign('__file__', file);
  globals.assign('__cached__', cached);
  globals.assign('__builtins__', builtinsNamespace(builtins));
}

/** A folder imported without an __init__ file: a namespace package (Python 3.3+). */
export function assignNamespaceDunders(globals: Globals, name: string, dir: string): void {
  const loader = new PyInstance(NAMESPACE_LOADER, newAttrs());
  globals.assign('__name__', name);
  globals.assign('__doc__', null);
  globals.assign('__package__', name);
  globals.assign('__loader__', loader);
  globals.assign(
    '__spec__',
    moduleSpec({ name, loader, origin: null, searchLocations: [dir], cached: null }),
  );
  globals.assign('__file__', null);
  globals.assign('__path__', [dir]);
}
