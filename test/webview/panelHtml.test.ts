// The panel's HTML and its Content-Security-Policy (pure).
import * as assert from 'node:assert/strict';
import { panelCsp, panelHtml } from '../../src/extension/panelHtml';

const base = {
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUris: [
    'https://file+.vscode-resource.vscode-cdn.net/ext/dist/vis-network.css',
    'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.css',
  ],
  cspSource: 'https://*.vscode-cdn.net',
  nonce: 'abcdefABCDEF0123456789xy',
  title: 'ToyGrad: a & b <lecture>.tgrad',
};

describe('panel HTML', () => {
  it('carries exactly the required CSP', () => {
    assert.equal(
      panelCsp(base.cspSource, base.nonce),
      "default-src 'none'; script-src 'nonce-abcdefABCDEF0123456789xy'; style-src https://*.vscode-cdn.net; " +
        "style-src-attr 'unsafe-inline'; img-src https://*.vscode-cdn.net data: blob:; font-src https://*.vscode-cdn.net;",
    );
    const html = panelHtml(base);
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;nonce-abcdefABCDEF0123456789xy&#39;;`,
      ),
    );
  });

  it('loads the stylesheets in order and the script by nonce, with nothing inline', () => {
    const html = panelHtml(base);
    const vis = html.indexOf('dist/vis-network.css');
    const ours = html.indexOf('media/panel.css');
    assert.ok(vis > 0 && ours > vis, 'vis-network.css first, panel.css after it');
    assert.match(
      html,
      /<script nonce="abcdefABCDEF0123456789xy" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\.js"><\/script>/,
    );
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.ok(!/<style/.test(html));
    assert.ok(!/ style=/.test(html));
    assert.ok(!/\son\w+=/.test(html), 'no inline handlers');
  });

  it('escapes the title and attribute values', () => {
    const html = panelHtml({ ...base, scriptUri: 'https://x/a.js?"><script>' });
    assert.ok(html.includes('<title>ToyGrad: a &amp; b &lt;lecture&gt;.tgrad</title>'));
    assert.ok(html.includes('src="https://x/a.js?&quot;&gt;&lt;script&gt;"'));
  });

  it('takes VS Code’s list of sources as it comes', () => {
    const csp = panelCsp("'self' https://*.vscode-cdn.net", base.nonce);
    assert.ok(csp.includes("style-src 'self' https://*.vscode-cdn.net;"));
    assert.ok(csp.includes("img-src 'self' https://*.vscode-cdn.net data: blob:;"));
  });

  it('refuses a CSP source or nonce that would change the policy', () => {
    assert.throws(() => panelCsp("https://x 'unsafe-inline'", base.nonce), /other than sources/);
    assert.throws(() => panelCsp('https://x;script-src *', base.nonce), /other than sources/);
    assert.throws(() => panelCsp(base.cspSource, "x' 'unsafe-inline"), /nonce/);
    assert.throws(() => panelCsp(base.cspSource, 'short'), /nonce/);
  });
});
