// Drives the real webview bundle in headless Chromium: a page loaded from panelHtml.ts (real
// CSP), a stand-in acquireVsCodeApi that records what the panel posts, and recorders for CSP
// violations, console errors, page errors, dialogs and every network request.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FromPanel, ToPanel } from '../../../src/kernel/protocol';
import type { PanelInspection } from '../../../media/src/app';
import type { GraphNodeInspection } from '../../../media/src/graph/graphInspection';
import { repoRoot } from './repoRoot';
import { startPanelServer, type PanelServer } from './staticServer';
import { THEMES, type ThemeName } from './themes';

export const CHROMIUM = '/usr/bin/chromium';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

export interface Browser {
  context: BrowserContext;
  server: PanelServer;
  close(): Promise<void>;
}

/** `deviceScaleFactor` 2 is how VS Code's 200% zoom looks to a webview. */
export async function launchBrowser(
  options: { deviceScaleFactor?: number } = {},
): Promise<Browser> {
  const root = repoRoot();
  for (const f of ['dist/webview.js', 'dist/vis-network.css']) {
    if (!existsSync(join(root, f))) {
      throw new Error(
        `${f} is missing: run \`node scripts/build.mjs\` (or \`node test/webview/build.mjs\`) first`,
      );
    }
  }
  const server = await startPanelServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'toygrad-webview-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1200, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  return {
    context,
    server,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Installed before any page script: the VS Code API stand-in and the recorders. */
function initScript(): void {
  const w = window as unknown as Record<string, unknown>;
  const posted: unknown[] = [];
  const violations: unknown[] = [];
  w.__posted = posted;
  w.__violations = violations;
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
  });
  let state: unknown = (w.__initialState as unknown) ?? undefined;
  let acquired = false;
  w.acquireVsCodeApi = () => {
    // VS Code allows one call per page.
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return {
      postMessage: (m: unknown) => posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => state,
      setState: (s: unknown) => {
        state = JSON.parse(JSON.stringify(s));
        w.__savedState = state;
      },
    };
  };
}

export class PanelPage {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly dialogs: string[] = [];
  readonly requests: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {}

  static async open(
    browser: Browser,
    options: { theme?: ThemeName; width?: number; height?: number; savedState?: unknown } = {},
  ): Promise<PanelPage> {
    const page = await browser.context.newPage();
    const panel = new PanelPage(page, browser.server.origin);
    await page.setViewportSize({ width: options.width ?? 1200, height: options.height ?? 800 });
    page.on('console', (m) => {
      if (m.type() === 'error') panel.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => panel.pageErrors.push(String(e)));
    page.on('dialog', (d) => {
      panel.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => panel.requests.push(r.url()));
    if (options.savedState !== undefined) {
      await page.addInitScript((s) => {
        (window as unknown as Record<string, unknown>).__initialState = s;
      }, options.savedState);
    }
    await page.addInitScript(initScript);
    await page.goto(`${browser.server.origin}/panel.html`);
    await panel.setTheme(options.theme ?? 'dark');
    await page.waitForFunction(() => {
      const posted = (window as unknown as { __posted: { type: string }[] }).__posted;
      return posted.some((m) => m.type === 'ready');
    });
    return panel;
  }

  /** As VS Code does on a theme switch: variables on <html>, classes on <body>. */
  async setTheme(theme: ThemeName): Promise<void> {
    await this.page.evaluate(
      ({ vars, kind }) => {
        const html = document.documentElement;
        for (const [k, v] of Object.entries(vars)) html.style.setProperty(k, v);
        document.body.classList.remove('vscode-dark', 'vscode-light', 'vscode-high-contrast');
        document.body.classList.add(`vscode-${kind}`);
        document.body.setAttribute('data-vscode-theme-kind', `vscode-${kind}`);
      },
      { vars: THEMES[theme], kind: theme },
    );
    // The panel re-reads the theme in a microtask and redraws on the next frame.
    await this.nextFrames(2);
  }

  async send(message: ToPanel): Promise<void> {
    await this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  async posted(): Promise<FromPanel[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __posted: FromPanel[] }).__posted.slice(),
    );
  }

  async clearPosted(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { __posted: unknown[] }).__posted.length = 0;
    });
  }

  async violations(): Promise<Violation[]> {
    return this.page.evaluate(() =>
      (window as unknown as { __violations: Violation[] }).__violations.slice(),
    );
  }

  async clearViolations(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { __violations: unknown[] }).__violations.length = 0;
    });
  }

  async inspect(): Promise<PanelInspection> {
    return this.page.evaluate(() => window.toygradPanel!.inspect());
  }

  async graphNodes(): Promise<GraphNodeInspection[]> {
    return this.page.evaluate(() => window.toygradPanel!.graphNodes());
  }

  async graphNode(id: string): Promise<GraphNodeInspection> {
    const node = (await this.graphNodes()).find((n) => n.id === id);
    if (!node) throw new Error(`node ${id} is not drawn`);
    return node;
  }

  /** Pixels of a canvas (CSS-pixel region, default all) that differ from its corner pixel. */
  async canvasInk(
    selector: string,
    region?: { x: number; y: number; width: number; height: number },
  ): Promise<{ ink: number; total: number; colors: number }> {
    return this.page.evaluate(
      ({ selector, region }) => {
        const c = document.querySelector(selector) as HTMLCanvasElement | null;
        if (!c) throw new Error(`no canvas ${selector}`);
        const ctx = c.getContext('2d')!;
        const k = c.width / c.clientWidth;
        const r = region ?? { x: 0, y: 0, width: c.clientWidth, height: c.clientHeight };
        const data = ctx.getImageData(
          Math.round(r.x * k),
          Math.round(r.y * k),
          Math.max(1, Math.round(r.width * k)),
          Math.max(1, Math.round(r.height * k)),
        ).data;
        const bg = ctx.getImageData(0, 0, 1, 1).data;
        let ink = 0;
        const colors = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          if (
            Math.abs(data[i] - bg[0]) +
              Math.abs(data[i + 1] - bg[1]) +
              Math.abs(data[i + 2] - bg[2]) >
            24
          )
            ink++;
          colors.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        }
        return { ink, total: data.length / 4, colors: colors.size };
      },
      { selector, region },
    );
  }

  /** Nothing went wrong in the page: no CSP violation, error, dialog or remote request. */
  async problems(): Promise<string[]> {
    const out: string[] = [];
    for (const v of await this.violations())
      out.push(`CSP violation: ${v.directive} ${v.blocked} ${v.sample}`);
    for (const e of this.consoleErrors) out.push(`console error: ${e}`);
    for (const e of this.pageErrors) out.push(`page error: ${e}`);
    for (const d of this.dialogs) out.push(`dialog: ${d}`);
    for (const r of this.remoteRequests()) out.push(`remote request: ${r}`);
    for (const e of (await this.inspect()).errors) out.push(`panel error: ${e}`);
    return out;
  }

  /** Polls the panel's own report until `done` holds. */
  async waitFor(
    done: (s: PanelInspection) => boolean,
    what: string,
    timeoutMs = 10_000,
  ): Promise<PanelInspection> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = await this.inspect();
      if (done(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async nextFrames(n = 1): Promise<void> {
    await this.page.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          let left = count;
          const tick = (): void => {
            if (--left <= 0) resolve();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      n,
    );
  }

  async screenshot(name: string): Promise<string> {
    const dir = join(repoRoot(), 'test-artifacts', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `panel-${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Requests that left the local server (there must be none). */
  remoteRequests(): string[] {
    return this.requests.filter(
      (u) => !u.startsWith(this.origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
