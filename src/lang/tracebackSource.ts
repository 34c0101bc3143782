// Where a traceback's lines come from: the file name it shows for a frame (co_filename) and a
// line of that file as it is on disk (CPython's linecache).

import { mainFilePath, type FileSystemHost } from './files';

/**
 * The file name a traceback shows (co_filename): the program's file and an imported module by
 * their absolute paths, as CPython 3.9+ names the script it runs (`python3 b.py` shows
 * `File "/home/me/b.py"`).
 */
export function tracebackFileName(files: FileSystemHost | null, file: string | undefined): string {
  if (files === null) return file ?? '<string>';
  if (file === undefined) return files.file === '' ? '<string>' : mainFilePath(files);
  return files.resolve(files.folder, file);
}

/** A line of a program's file as it is on disk (CPython's linecache), or null. */
export function sourceLine(
  files: FileSystemHost | null,
  file: string | undefined,
  line: number,
): string | null {
  if (files === null || (file === undefined && files.file === '')) return null;
  const path = file === undefined ? mainFilePath(files) : files.resolve(files.folder, file);
  try {
    // With its newline, as linecache gives it (the traceback's markers count it).
    const lines = files.readText(path).split('\n');
    const text = lines[line - 1];
    if (text === undefined) return null;
    return line < lines.length ? `${text.replace(/\r$/, '')}\n` : text;
  } catch {
    return null;
  }
}
