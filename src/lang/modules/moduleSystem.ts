// The import machinery of a session (Python's sys.modules and path finder, for the few
// places a notebook can import from): standard modules implemented by ToyGrad, then
// `.py`/`.tgrad` files and packages beside the notebook and in the workspace folders.
// Each module runs once in its own globals and is cached; when its file (or a module it
// imported) changed since, the next import statement that reaches it runs it again and
// says so in the cell's output.

import { Globals } from '../compile/environment';
import { TgradError } from '../errors';
import { checkReadable, isReadable, type FileSystemHost } from '../files';
import { withSyntaxErrorInfo } from '../runtime/syntaxErrorFields';
import { PyModule, type PyValue } from '../runtime/values';
import { noModuleMessage } from './missingModules';
import { assignFileModuleDunders, assignNamespaceDunders } from './moduleDunders';
import { TableNamespace } from './namespace';

/** Runs a local module's text in `globals`; `file` is its path relative to the notebook's folder. */
export type RunModuleCode = (text: string, file: string, globals: Globals, pkg: string) => void;

interface Loaded {
  module: PyModule;
  /** For a local module: its file and the text it ran. */
  source: { real: string; rel: string; text: string } | null;
  /** A package's folder, where its submodules are found. */
  dir: string | null;
  /** Modules imported while this one ran (a reload of one of them reloads this one). */
  deps: Set<string>;
}

const MODULE_SUFFIXES = ['.py', '.tgrad'];

export class ModuleSystem {
  private readonly loaded = new Map<string, Loaded>();
  /** Local modules already checked for changes in this run. */
  private readonly checked = new Map<string, boolean>();
  /** The modules running now, innermost last (to record what each imports). */
  private readonly running: Loaded[] = [];
  files: FileSystemHost | null = null;
  maxFileBytes = Number.POSITIVE_INFINITY;

  constructor(
    private readonly std: ReadonlyMap<string, () => Map<string, PyValue>>,
    private readonly runCode: RunModuleCode,
    private readonly notice: (text: string) => void,
  ) {}

  /** Called when a run starts: files are checked for changes again. */
  beginRun(): void {
    this.checked.clear();
  }

  /** Forgets every module (a restarted session). */
  reset(): void {
    this.loaded.clear();
    this.checked.clear();
  }

  /** The module a standard name gives, loading it on first use (also for the std modules' own use). */
  standard(name: string): PyModule {
    return this.importAbsolute(name);
  }

  /** The modules loaded so far, by name, in the order they were (sys.modules). */
  loadedModules(): [string, PyModule][] {
    return [...this.loaded].map(([name, entry]) => [name, entry.module]);
  }

  /** A standard module if the program has imported it (never loads it). */
  loadedStandard(name: string): PyModule | null {
    const entry = this.loaded.get(name);
    return entry !== undefined && entry.source === null ? entry.module : null;
  }

  /**
   * `import a.b.c` (top: the module `a` to bind) or `import a.b.c as m` (the module
   * `a.b.c`); `from ..m import x` passes level 2 and the importing module's package.
   */
  importName(name: string, level: number, pkg: string | null, top: boolean): PyModule {
    const full = this.absoluteName(name, level, pkg);
    const leaf = this.importAbsolute(full);
    if (!top) return leaf;
    return this.loaded.get(full.split('.')[0])!.module;
  }

  /** `from m import name`: an attribute of m, else its submodule `m.name`. */
  fromImport(m: PyModule, name: string): PyValue {
    const v = m.ns.lookup(name);
    if (v !== undefined) return v;
    const entry = this.loaded.get(m.name);
    if (entry !== undefined && entry.dir !== null) {
      const sub = this.tryImport(`${m.name}.${name}`);
      if (typeof sub !== 'string') return sub;
    }
    const where = entry?.source?.real ?? m.file ?? 'unknown location';
    const err = new TgradError(
      'ImportError',
      `cannot import name '${name}' from '${m.name}' (${where})`,
    );
    err.attributes = { name: m.name };
    throw err;
  }

  /** The names `from m import *` binds: `__all__`, else every name not starting with '_'. */
  publicNames(m: PyModule): string[] {
    const all = m.ns.lookup('__all__');
    if (Array.isArray(all) && all.every((x) => typeof x === 'string')) return all as string[];
    return m.ns.names().filter((n) => !n.startsWith('_'));
  }

  private absoluteName(name: string, level: number, pkg: string | null): string {
    if (level === 0) return name;
    if (pkg === null || pkg === '') {
      throw new TgradError('ImportError', 'attempted relative import with no known parent package');
    }
    const parts = pkg.split('.');
    if (level - 1 >= parts.length) {
      throw new TgradError('ImportError', 'attempted relative import beyond top-level package');
    }
    const base = parts.slice(0, parts.length - (level - 1)).join('.');
    return name === '' ? base : `${base}.${name}`;
  }

  private importAbsolute(full: string): PyModule {
    const m = this.tryImport(full);
    if (typeof m === 'string') {
      const err = new TgradError('ModuleNotFoundError', noModuleMessage(m));
      err.attributes = { name: m };
      throw err;
    }
    return m;
  }

  /** Imports `a.b.c` (and so `a` and `a.b`), or the name of the first part not found. */
  private tryImport(full: string): PyModule | string {
    const parts = full.split('.');
    let parent: Loaded | null = null;
    let module: PyModule | null = null;
    for (let i = 1; i <= parts.length; i++) {
      const name = parts.slice(0, i).join('.');
      const entry = this.loadOne(name, parent);
      if (entry === null) return name;
      this.running[this.running.length - 1]?.deps.add(name);
      if (parent !== null) parent.module.ns.assign(parts[i - 1], entry.module);
      parent = entry;
      module = entry.module;
    }
    return module!;
  }

  /** One step of an import: the cached module (reloaded if stale), or found and run. */
  private loadOne(name: string, parent: Loaded | null): Loaded | null {
    const cached = this.loaded.get(name);
    if (cached !== undefined) {
      if (cached.source === null || this.running.includes(cached)) return cached;
      const why = this.staleReason(cached);
      if (why === null) return cached;
      this.notice(`(reloaded ${cached.source.rel}: ${why})\n`);
    }
    const factory = this.std.get(name);
    if (factory !== undefined && cached === undefined) {
      // Cached before it is filled: os's table asks for os.path, which is inside os.
      const table = new Map<string, PyValue>();
      const module = new PyModule(name, null, new TableNamespace(name, table));
      const entry: Loaded = { module, source: null, dir: null, deps: new Set() };
      this.loaded.set(name, entry);
      for (const [k, v] of factory()) table.set(k, v);
      return entry;
    }
    if (parent !== null && parent.dir === null) return null;
    return this.findLocal(name, parent);
  }

  /** Why a local module must run again, or null when it is up to date. */
  private staleReason(entry: Loaded, seen = new Set<string>()): string | null {
    const name = entry.module.name;
    const known = this.checked.get(name);
    if (known === false || seen.has(name)) return null;
    seen.add(name);
    let why: string | null = null;
    const files = this.files;
    const source = entry.source;
    if (files !== null && source !== null) {
      let text: string | null = null;
      try {
        text = files.readText(source.real);
      } catch {
        text = null; // a module whose file vanished stays as it was imported
      }
      if (text !== null && text !== source.text) why = 'it changed since it was last imported';
    }
    if (why === null) {
      for (const dep of entry.deps) {
        const d = this.loaded.get(dep);
        if (d === undefined || d.source === null) continue;
        if (this.staleReason(d, seen) !== null) {
          why = `${d.source.rel}, which it imports, changed`;
          break;
        }
      }
    }
    if (why === null) this.checked.set(name, false);
    return why;
  }

  /** Finds `name` beside the notebook, in the workspace folders, or in its parent package. */
  private findLocal(name: string, parent: Loaded | null): Loaded | null {
    const files = this.files;
    if (files === null) return null;
    const last = name.slice(name.lastIndexOf('.') + 1);
    const dirs =
      parent !== null
        ? [parent.dir!]
        : unique([...this.pathEntries(files), files.folder, ...files.roots]);
    for (const dir of dirs) {
      const base = files.resolve(dir, last);
      const asDir = files.stat(base);
      if (asDir?.kind === 'dir') {
        for (const suffix of MODULE_SUFFIXES) {
          const init = files.resolve(base, `__init__${suffix}`);
          if (files.stat(init)?.kind === 'file') return this.runLocal(name, init, base);
        }
      }
      for (const suffix of MODULE_SUFFIXES) {
        const file = `${base}${suffix}`;
        if (files.stat(file)?.kind === 'file') return this.runLocal(name, file, null);
      }
      // A folder without __init__: a namespace package (Python 3.3+).
      if (asDir?.kind === 'dir') {
        const real = checkReadable(files, base, Number.POSITIVE_INFINITY, true).real;
        const globals = new Globals();
        const module = new PyModule(name, null, globals);
        // As CPython's: no file, no docstring, its folder as __path__.
        assignNamespaceDunders(globals, name, real);
        const entry: Loaded = { module, source: null, dir: real, deps: new Set() };
        this.loaded.set(name, entry);
        return entry;
      }
    }
    return null;
  }

  /**
   * The folders of sys.path a program may read, in its order: a script that puts a folder of
   * its own there (`sys.path.insert(0, os.path.join(HERE, 'lib'))`) imports from it. Until
   * the program imports sys, sys.path is its first entry, the notebook's folder.
   */
  private pathEntries(files: FileSystemHost): string[] {
    const entries = this.loaded.get('sys')?.module.ns.lookup('path');
    if (!Array.isArray(entries)) return [];
    const out: string[] = [];
    for (const e of entries) {
      if (typeof e !== 'string') continue;
      const dir = files.resolve(files.folder, e);
      if (isReadable(files, dir) && files.stat(files.realpath(dir)!)?.kind === 'dir') out.push(dir);
    }
    return out;
  }

  private runLocal(name: string, path: string, pkgDir: string | null): Loaded {
    const files = this.files!;
    const { real } = checkReadable(files, files.relative(files.folder, path), this.maxFileBytes);
    const text = files.readText(real);
    const rel = files.relative(files.folder, real);
    const globals = new Globals();
    const module = new PyModule(name, real, globals);
    const entry: Loaded = {
      module,
      source: { real, rel, text },
      dir: pkgDir === null ? null : (files.realpath(pkgDir) ?? pkgDir),
      deps: new Set(),
    };
    const previous = this.loaded.get(name);
    this.loaded.set(name, entry);
    this.checked.set(name, false);
    const pkg =
      pkgDir !== null ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
    // __doc__ is None until a docstring sets it.
    assignFileModuleDunders(globals, name, real, pkg, entry.dir, this.standard('builtins'));
    this.running.push(entry);
    try {
      this.runCode(text, rel, globals, pkg);
    } catch (e) {
      withSyntaxErrorInfo(e, rel, real, text);
      // As in Python, a module whose code failed is not kept (the old one stays, if any).
      if (previous !== undefined) this.loaded.set(name, previous);
      else this.loaded.delete(name);
      this.checked.delete(name);
      throw e;
    } finally {
      this.running.pop();
    }
    return entry;
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
