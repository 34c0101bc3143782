// os.walk(top, topdown=True, onerror=None, followlinks=False): the folder tree below `top`,
// as CPython's generator walks it, one (dirpath, dirnames, filenames) at a time. It is lazy:
// with topdown, a program that edits dirnames in place (`dirs[:] = [d for d in dirs if …]`)
// prunes the walk, since the names are read again when the walk goes down. Names come
// sorted, as os.listdir's do here (CPython's order is the file system's, no order at all);
// only what the program may read is in the tree.

import { TgradError } from '../../errors';
import { isReadable, osError, type FileSystemHost } from '../../files';
import { bindFunctionArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { catchable, errorClass, exceptionOf, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import { truthy } from '../../runtime/truth';
import { PyIterator, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import type { StdContext } from './context';

/** How os.walk reaches the folders: os.ts's path join and its check of a readable folder. */
export interface WalkHelpers {
  join(a: string, parts: string[]): string;
  readable(s: StdContext, p: string): { real: string };
  pathArg(v: PyValue | undefined): string;
}

interface Entry {
  name: string;
  isDir: boolean;
  isLink: boolean;
}

/** The readable entries of the real folder `real`, sorted. */
function entries(files: FileSystemHost, real: string): Entry[] {
  const out: Entry[] = [];
  for (const name of files.listDir(real).sort()) {
    const abs = files.resolve(real, name);
    // What lies outside the folders a program may read is not there for it (os.listdir).
    if (!isReadable(files, abs)) continue;
    const target = files.realpath(abs)!;
    out.push({ name, isDir: files.stat(target)?.kind === 'dir', isLink: target !== abs });
  }
  return out;
}

export function osWalk(s: StdContext, h: WalkHelpers, args: PyValue[], kw: Kwargs): PyValue {
  const [topArg, topdownArg, onerror, followArg] = bindFunctionArgs(
    'walk',
    ['top', 'topdown', 'onerror', 'followlinks'],
    1,
    args,
    kw,
  );
  const top = h.pathArg(topArg);
  const topdown = topdownArg === undefined ? true : truthy(topdownArg);
  const follow = followArg === undefined ? false : truthy(followArg);
  const onError = onerror === undefined ? null : onerror;

  function* walk(dir: string): Generator<PyValue, void, undefined> {
    let found: Entry[];
    try {
      const { real } = h.readable(s, dir);
      const files = s.files()!;
      if (files.stat(real)?.kind !== 'dir') {
        throw osError('NotADirectoryError', 20, 'Not a directory', dir);
      }
      found = entries(files, real);
    } catch (e) {
      const err = catchable(e);
      if (err === null || !isOSError(err)) throw e;
      if (onError !== null) callValue(onError, [exceptionOf(err)], null);
      return;
    }
    const dirs: PyValue[] = found.filter((e) => e.isDir).map((e) => e.name);
    const nondirs: PyValue[] = found.filter((e) => !e.isDir).map((e) => e.name);
    if (topdown) {
      yield new PyTuple([dir, dirs, nondirs]);
      // Read again after the yield: the program may have changed the list.
      for (const name of [...dirs]) {
        if (typeof name !== 'string') continue;
        const path = h.join(dir, [name]);
        if (follow || !isLink(path)) yield* walk(path);
      }
    } else {
      const into = found.filter((e) => e.isDir && (follow || !e.isLink));
      for (const e of into) yield* walk(h.join(dir, [e.name]));
      yield new PyTuple([dir, dirs, nondirs]);
    }
  }

  function isLink(path: string): boolean {
    const files = s.files();
    if (files === null) return false;
    const abs = files.resolve(files.folder, path);
    const parent = files.realpath(files.resolve(abs, '..'));
    if (parent === null) return false;
    const here = files.resolve(parent, abs.replace(/^.*\//, ''));
    const real = files.realpath(here);
    return real !== null && real !== here;
  }

  const gen = walk(top);
  return new PyIterator('generator', () => {
    const r = gen.next();
    return r.done === true ? undefined : r.value;
  });
}

function isOSError(err: TgradError): boolean {
  return errorClass(err).isSubclassOf(EXCEPTION_CLASSES.get('OSError')!);
}
