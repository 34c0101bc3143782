// Text inside standalone SVG pictures (the panel's exports, the notebook outputs' fallbacks):
// every program string goes through escapeXml, so a label is text, never markup.

/** Text safe inside XML elements and attributes; drops code points XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

/** A coordinate with at most two decimals: SVG text stays short. */
export function svgNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
