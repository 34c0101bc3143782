// The built-ins `exit` and `quit`: CPython's site module makes them Quitter objects, whose
// repr tells an interactive user how to leave and whose call raises SystemExit(code), as
// sys.exit does (a script that ends with `exit(main())` runs the same here).

import { bindArgs } from '../runtime/args';
import { NativeMethod, newAttrs, PyInstance } from '../runtime/objects';
import { typeError } from '../runtime/state';
import { systemExit } from '../runtime/systemExit';
import { builtinClass } from '../runtime/types';
import type { PyValue } from '../runtime/values';

const EOF_KEYS = 'Ctrl-D (i.e. EOF)';

const QUITTER = builtinClass('Quitter');
QUITTER.dict.set('__module__', '_sitebuiltins');
QUITTER.dict.set(
  '__repr__',
  new NativeMethod(
    '__repr__',
    'Quitter',
    (self: PyValue) => `Use ${String((self as PyInstance).attrs.name)}() or ${EOF_KEYS} to exit`,
  ),
);
QUITTER.dict.set(
  '__call__',
  new NativeMethod('__call__', 'Quitter', (_self: PyValue, args, kw) => {
    if (args.length > 1) {
      // __call__(self, code=None) is a Python method in CPython: its wording, self counted.
      throw typeError(
        `Quitter.__call__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
      );
    }
    const [code] = bindArgs('Quitter.__call__', ['code'], 0, args, kw);
    throw systemExit([code ?? null]);
  }),
);

export function quitterBuiltins(into: Map<string, PyValue>): void {
  for (const name of ['exit', 'quit']) {
    const attrs = newAttrs();
    attrs.name = name;
    attrs.eof = EOF_KEYS;
    into.set(name, new PyInstance(QUITTER, attrs));
  }
}
