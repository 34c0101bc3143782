// A tiny local web server standing in for VS Code's webview resource loader: it serves the
// panel HTML (from the real panelHtml.ts, so the real CSP) and the built files under dist/ and
// media/, and nothing else.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { panelHtml } from '../../../src/extension/panelHtml';
import { repoRoot } from './repoRoot';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PanelServer {
  origin: string;
  nonce: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startPanelServer(): Promise<PanelServer> {
  const root = repoRoot();
  const nonce = 'dGVzdC1ub25jZS0xMjM0NTY3OA==';
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (path === '/favicon.ico') {
      // Chromium asks for one on its own; a VS Code webview never does.
      res.writeHead(204).end();
      return;
    }
    if (path === '/panel.html') {
      const html = panelHtml({
        scriptUri: `${origin}/dist/webview.js`,
        styleUris: [`${origin}/dist/vis-network.css`, `${origin}/media/panel.css`],
        cspSource: origin,
        nonce,
        title: 'ToyGrad: lecture.tgrad',
      });
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(html);
      return;
    }
    const file = normalize(join(root, path));
    const allowed = [join(root, 'dist') + sep, join(root, 'media') + sep].some((d) =>
      file.startsWith(d),
    );
    if (!allowed) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    nonce,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
