/**
 * Python's `repr(bytes)`: `b'…'` (or `b"…"` when it holds ' and no "), printable ASCII as
 * itself. A bytearray's repr escapes ' even inside `b"…"`, as CPython's does.
 */
export function bytesRepr(data: Uint8Array, escapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = 'b' + quote;
  for (const b of data) {
    if (b === q || b === 0x5c || (escapeSingle && b === 0x27)) out += '\\' + String.fromCharCode(b);
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out + quote;
}
