// What a program may read, and the one door it reads through. The kernel provides the
// FileSystemHost (Node's fs in the worker and the CLI, with the editor's unsaved text laid
// over it); this module decides what is allowed: reading only, only below the notebook's
// folder and the workspace folders once symlinks and `..` are resolved, and only files
// up to a size cap. Opening someone else's notebook stays safe.

import { TgradError, type TgradErrorKind } from './errors';
import { strRepr } from './format';

/**
 * CPython's OSError(errno, strerror[, filename]) of a failed file call: args (errno,
 * strerror), e.filename, and str `[Errno 2] No such file or directory: 'f.txt'`.
 */
export function osError(
  kind: TgradErrorKind,
  errno: number,
  strerror: string,
  filename?: string | bigint,
): TgradError {
  const shown =
    filename === undefined
      ? ''
      : `: ${typeof filename === 'string' ? strRepr(filename) : filename}`;
  const err = new TgradError(kind, `[Errno ${errno}] ${strerror}${shown}`);
  err.args = [BigInt(errno), strerror];
  if (filename !== undefined) err.attributes = { filename };
  return err;
}

export interface FileStat {
  kind: 'file' | 'dir' | 'other';
  size: number;
}

export interface FileSystemHost {
  /** The notebook's folder, absolute: relative paths start here. */
  readonly folder: string;
  /** Absolute folders a program may read below (the notebook's folder, workspace folders). */
  readonly roots: readonly string[];
  /** The notebook's own path (sys.argv[0]); '' when it has none. */
  readonly file: string;
  /** The program's arguments (sys.argv[1:]); absent: none. */
  readonly args?: readonly string[];
  /** Node's path.resolve(base, p). */
  resolve(base: string, p: string): string;
  /** Node's path.relative(from, to), with '/' separators. */
  relative(from: string, to: string): string;
  /** The path with every symlink resolved, or null when it does not exist. */
  realpath(abs: string): string | null;
  stat(abs: string): FileStat | null;
  /** The file's text (unsaved edits in the editor included). */
  readText(abs: string): string;
  /** A file's bytes (open(…, 'rb')); a host without it gives the UTF-8 bytes of readText. */
  readBytes?(abs: string): Uint8Array;
  /** The names in a folder (pathlib's iterdir and glob); [] when it cannot be read. */
  listDir(abs: string): string[];
}

/**
 * The absolute path of the notebook's own file: its folder and its name (`file` is the path
 * as typed, which may be relative to another folder: `tgrad run sub/train.py`).
 */
export function mainFilePath(files: FileSystemHost): string {
  return files.resolve(files.folder, files.file.replace(/^.*[\\/]/, ''));
}

/** The default cap on a file a program reads (bytes). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A path checked to be readable: where it really is, and how it looks from the notebook. */
export interface AllowedPath {
  /** Absolute, symlinks resolved. */
  real: string;
  stat: FileStat;
}

function isInside(host: FileSystemHost, root: string, p: string): boolean {
  const rel = host.relative(root, p);
  return rel === '' || (!rel.startsWith('../') && rel !== '..' && !/^([a-zA-Z]:)?\//.test(rel));
}

/** The real root folders (symlinks resolved), computed per check: roots are few. */
function realRoots(host: FileSystemHost): string[] {
  const out: string[] = [];
  for (const r of host.roots) {
    const real = host.realpath(r);
    if (real !== null) out.push(real);
  }
  return out;
}

/** True when `abs` (resolved) lies below an allowed root. */
export function isReadable(host: FileSystemHost, abs: string): boolean {
  const real = host.realpath(abs);
  if (real === null) return false;
  return realRoots(host).some((root) => isInside(host, root, real));
}

/**
 * Checks `path` (as the program wrote it) for reading: the error a program meets when it
 * is outside the allowed folders, missing, a directory or too big.
 */
export function checkReadable(
  host: FileSystemHost,
  path: string,
  maxBytes: number,
  allowDir = false,
): AllowedPath {
  const abs = host.resolve(host.folder, path);
  const roots = realRoots(host);
  const real = host.realpath(abs);
  // Where a missing file would be: the check must not tell what exists outside the roots.
  const where = real ?? abs;
  if (!roots.some((root) => isInside(host, root, where))) {
    throw new TgradError(
      'PermissionError',
      `[Errno 13] Permission denied: ${strRepr(path)} (a program may read only files in the notebook's folder and the workspace folders${real !== null && real !== abs ? `; this path leads to ${real}` : ''})`,
    );
  }
  const stat = real === null ? null : host.stat(real);
  if (real === null || stat === null) {
    throw osError('FileNotFoundError', 2, 'No such file or directory', path);
  }
  if (stat.kind === 'dir' && !allowDir) {
    throw osError('IsADirectoryError', 21, 'Is a directory', path);
  }
  if (stat.size > maxBytes) {
    throw new TgradError(
      'LimitError',
      `${strRepr(path)} is ${megabytes(stat.size)}, more than the ${megabytes(maxBytes)} a program may read from one file (setting toygrad.maxFileMegabytes; tgrad run --max-file-mb)`,
    );
  }
  return { real, stat };
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}
