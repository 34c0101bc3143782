// `import` and `from … import` statements: each runs when reached (an import in a branch
// that does not run is never looked for), through the session's module system, and binds
// its names as an assignment would.

import type * as A from '../ast';
import { NORMAL } from '../runtime/completion';
import { at } from '../runtime/state';
import { PyModule, type Frame } from '../runtime/values';
import type { Ex } from './closures';
import type { Compiler } from './compiler';

export function compileImport(c: Compiler, s: A.Import): Ex {
  const { modules, package: pkg } = c.env;
  // Python reports a failing import at the statement, whichever name failed.
  const id = c.site(s);
  const steps = s.names.map((alias) => {
    const store = c.target(alias.target!, false);
    const top = alias.asname === null;
    return (f: Frame) => {
      at(id);
      store(f, modules.importName(alias.name, 0, pkg, top));
    };
  });
  return (f) => {
    for (const step of steps) step(f);
    return NORMAL;
  };
}

export function compileImportFrom(c: Compiler, s: A.ImportFrom): Ex {
  const { modules, package: pkg, globals } = c.env;
  // Python reports a failing import at the statement, whichever name failed.
  const moduleId = c.site(s);
  const name = s.module ?? '';
  const binds = s.names.map((alias) => {
    if (alias.target === null) {
      // `import *` is only allowed at a module's top level: its names are globals.
      return (_f: Frame, m: PyModule) => {
        for (const n of modules.publicNames(m)) {
          const v = m.ns.lookup(n);
          if (v !== undefined) globals.assign(n, v);
        }
      };
    }
    const store = c.target(alias.target, false);
    return (f: Frame, m: PyModule) => {
      store(f, modules.fromImport(m, alias.name));
    };
  });
  return (f) => {
    at(moduleId);
    const m = modules.importName(name, s.level, pkg, false);
    for (const bind of binds) bind(f, m);
    return NORMAL;
  };
}
