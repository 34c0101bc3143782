// The bytes of a file the panel exports: SVG and CSV arrive as text, PNG as a data URL.

export type ExportFormat = 'svg' | 'png' | 'csv';

export class ExportError extends Error {}

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function exportBytes(format: ExportFormat, data: string): Uint8Array {
  if (format !== 'png') return new TextEncoder().encode(data);
  if (!data.startsWith(PNG_PREFIX))
    throw new ExportError('the panel sent a PNG that is not a base64 data URL');
  const bytes = new Uint8Array(Buffer.from(data.slice(PNG_PREFIX.length), 'base64'));
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw new ExportError('the panel sent image data that is not a PNG');
  }
  return bytes;
}

/** Save-dialog filter for a format. */
export function exportFilter(format: ExportFormat): Record<string, string[]> {
  switch (format) {
    case 'svg':
      return { 'SVG image': ['svg'] };
    case 'png':
      return { 'PNG image': ['png'] };
    case 'csv':
      return { 'CSV table': ['csv'] };
  }
}

/** A file name safe to offer in a save dialog: no folders, the format's extension. */
export function exportFileName(fileName: string, format: ExportFormat): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const base =
    last
      .replace(/[:*?"<>|]+/g, '_')
      .replace(/^\.+/, '')
      .trim() || 'toygrad';
  return base.toLowerCase().endsWith(`.${format}`) ? base : `${base}.${format}`;
}
