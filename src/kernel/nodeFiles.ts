// The files a session's program reads, through Node's fs, with the editor's unsaved text
// of open documents laid over the disk (so an import sees what the editor shows).

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { FileStat, FileSystemHost } from '../lang/files';
import type { FileContext } from './protocol';

export function nodeFiles(context: FileContext): FileSystemHost {
  const overlays = new Map<string, string>();
  for (const o of context.overlays) overlays.set(resolve(o.path), o.text);
  const realpath = (abs: string): string | null => {
    try {
      return realpathSync(abs);
    } catch {
      // An unsaved document that exists only in the editor.
      return overlays.has(abs) ? abs : null;
    }
  };
  return {
    folder: resolve(context.folder),
    roots: context.roots.map((r) => resolve(r)),
    file: context.file,
    args: context.args ?? [],
    resolve: (base, p) => resolve(base, p),
    relative: (from, to) => relative(from, to).split(sep).join('/'),
    realpath,
    stat: (abs): FileStat | null => {
      const text = overlays.get(abs);
      if (text !== undefined) return { kind: 'file', size: Buffer.byteLength(text) };
      try {
        const st = statSync(abs);
        return { kind: st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other', size: st.size };
      } catch {
        return null;
      }
    },
    readText: (abs) => overlays.get(abs) ?? readFileSync(abs, 'utf8'),
    readBytes: (abs) => {
      const text = overlays.get(abs);
      return text !== undefined
        ? new TextEncoder().encode(text)
        : new Uint8Array(readFileSync(abs));
    },
    listDir: (abs) => {
      try {
        return readdirSync(abs);
      } catch {
        return [];
      }
    },
  };
}
