// The webview panel's HTML. Pure (no 'vscode'): the extension passes the webview URIs, the
// webview's CSP source and a fresh nonce. Scripts run only by nonce; styles only from the
// extension's files, except style *attributes*, which vis-network needs to size its canvas
// (without them the graph draws at 300x150).

export interface PanelHtmlOptions {
  /** webview URI of dist/webview.js */
  scriptUri: string;
  /** webview URIs of the stylesheets, in order: dist/vis-network.css, then media/panel.css. */
  styleUris: readonly string[];
  /** `webview.cspSource` */
  cspSource: string;
  /** A fresh random value per page load (base64 or hex, at least 16 characters). */
  nonce: string;
  title: string;
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * `webview.cspSource` is a list of sources (VS Code gives `'self' https://*.vscode-cdn.net`).
 * Each must be `'self'` or a host/scheme source: a keyword such as `'unsafe-inline'`, or a
 * ';' or ',', would add rules to the policy.
 */
function cspSources(value: string): string {
  const tokens = value.trim().split(/\s+/);
  for (const t of tokens) {
    if (t !== "'self'" && !/^[^\s;,'"]+$/.test(t)) {
      throw new Error(
        `panelHtml: cspSource holds something other than sources: ${JSON.stringify(value)}`,
      );
    }
  }
  return tokens.join(' ');
}

export function panelCsp(cspSource: string, nonce: string): string {
  const src = cspSources(cspSource);
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(nonce))
    throw new Error('panelHtml: the nonce must be 16+ base64 or hex characters');
  return (
    [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src ${src}`,
      "style-src-attr 'unsafe-inline'",
      `img-src ${src} data: blob:`,
      `font-src ${src}`,
    ].join('; ') + ';'
  );
}

export function panelHtml(o: PanelHtmlOptions): string {
  const csp = panelCsp(o.cspSource, o.nonce);
  const styles = o.styleUris
    .map((u) => `    <link rel="stylesheet" href="${escapeHtml(u)}">`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
    <title>${escapeHtml(o.title)}</title>
  </head>
  <body>
    <div id="app" class="app" aria-busy="true"><p class="boot">Loading the ToyGrad panel…</p></div>
    <script nonce="${escapeHtml(o.nonce)}" src="${escapeHtml(o.scriptUri)}"></script>
  </body>
</html>
`;
}
