// Drives the real VS Code workbench (code-server in Debian's Chromium) the way a person does:
// open a folder, open a file from the explorer, run a palette command, hover, click a
// CodeLens, take a screenshot. The server is started by scripts/e2e/run-ui-tests.mjs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { selectors } from './selectors';
import { uiEnv, type UiEnv } from './ui-env';

export interface OpenOptions {
  /** Viewport in CSS pixels; screenshots have this size. */
  width?: number;
  height?: number;
  /** How long to wait for the workbench to become usable (cold starts take 7-11 s). */
  readyTimeoutMs?: number;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly env: UiEnv,
  ) {}

  /** Opens the workbench on `folder` (an absolute path on the server) and waits until ready. */
  static async open(folder: string, options: OpenOptions = {}): Promise<Workbench> {
    const env = uiEnv();
    const { executablePath, args, home } = env.chromium;
    const browser = await chromium.launch({
      executablePath,
      args,
      headless: true,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_CACHE_HOME: join(home, '.cache'),
      },
    });
    try {
      const page = await browser.newPage({
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      });
      const workbench = new Workbench(page, browser, env);
      await page.goto(`${env.serverUrl}/?folder=${encodeURIComponent(folder)}`);
      await workbench.waitReady(options.readyTimeoutMs ?? 60_000);
      return workbench;
    } catch (err) {
      await browser.close();
      throw err;
    }
  }

  /** Ready = the status bar and the explorer are shown and the folder's rows are listed. */
  async waitReady(timeoutMs = 60_000): Promise<void> {
    const { page } = this;
    await page.locator(selectors.statusBar).waitFor({ state: 'visible', timeout: timeoutMs });
    await page.locator(selectors.explorerRow).first().waitFor({ timeout: timeoutMs });
  }

  private explorerRow(name: string): Locator {
    return this.page.locator(selectors.explorerRow).filter({
      has: this.page.locator(selectors.explorerRowName, { hasText: exactly(name) }),
    });
  }

  /**
   * Opens a file by its path relative to the workspace folder, expanding the folders on the
   * way in the explorer, and waits for its editor tab to be the active one.
   */
  async openFile(relativePath: string): Promise<void> {
    await this.openFromExplorer(relativePath);
    await this.page.locator(selectors.editor).first().waitFor({ state: 'visible' });
  }

  /**
   * Opens a notebook (an .ipynb, say) from the explorer in the notebook editor its extension
   * contributes, and waits for its first cell. Waits first until `contributedCommand` (a
   * command some installed extension contributes, by its palette label) is listed: with a
   * fresh profile VS Code has no cache of the editors extensions contribute, so a file
   * opened before the extensions are registered opens as plain text (an .ipynb as JSON).
   */
  async openNotebook(relativePath: string, contributedCommand: string): Promise<void> {
    await this.waitForCommand(contributedCommand);
    await this.openFromExplorer(relativePath);
    await this.page.locator(selectors.notebookCell).first().waitFor({ state: 'visible' });
  }

  private async openFromExplorer(relativePath: string): Promise<void> {
    const parts = relativePath.split('/').filter((p) => p.length > 0);
    const fileName = parts.pop();
    if (!fileName) throw new Error(`open: empty path "${relativePath}"`);
    for (const folder of parts) {
      const row = this.explorerRow(folder).first();
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    await this.explorerRow(fileName).first().dblclick();
    await this.page
      .locator(selectors.activeTab, { hasText: exactly(fileName) })
      .waitFor({ state: 'visible' });
  }

  /** Waits until the palette lists the command labelled `label`, then closes the palette. */
  async waitForCommand(label: string, timeoutMs = 60_000): Promise<void> {
    const { page } = this;
    const deadline = Date.now() + timeoutMs;
    const row = page.locator(selectors.quickInputRow).filter({
      has: page.locator(selectors.quickInputRowLabel, { hasText: exactly(label) }),
    });
    for (;;) {
      await page.keyboard.press('F1');
      const input = page.locator(selectors.quickInputBox);
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${label}`);
      const listed = await row
        .first()
        .waitFor({ state: 'visible', timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
      await page.keyboard.press('Escape');
      await page.locator(selectors.quickInput).waitFor({ state: 'hidden' });
      if (listed) return;
      if (Date.now() > deadline) throw new Error(`the palette never listed "${label}"`);
    }
  }

  /** Runs a command from the palette (F1) by its label, e.g. "View: Toggle Minimap". */
  async runCommand(label: string): Promise<void> {
    const { page } = this;
    // Fuzzy matching can rank another command first ("File: Compare New Untitled Text
    // Files" before "File: New Untitled Text File"), so pick the row labelled exactly.
    const row = page.locator(selectors.quickInputRow).filter({
      has: page.locator(selectors.quickInputRowLabel, { hasText: exactly(label) }),
    });
    // On a busy machine the palette can open while the previous quick input is still
    // closing and lose the typed text; as a person would, close it and open it again.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      const input = page.locator(selectors.quickInputBox);
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${label}`);
      try {
        await row.first().click({ timeout: attempt < 3 ? 15_000 : 30_000 });
        break;
      } catch (err) {
        if (attempt >= 3) throw err;
        await page.keyboard.press('Escape');
        await page.locator(selectors.quickInput).waitFor({ state: 'hidden' });
      }
    }
    await page.locator(selectors.quickInput).waitFor({ state: 'hidden' });
  }

  /** The status bar's language mode of the active editor, e.g. "Plain Text". */
  async languageMode(): Promise<string> {
    return (await this.page.locator(selectors.languageMode).innerText()).trim();
  }

  /** Moves the mouse over the first editor token reading `token`, returns the hover's text. */
  async hover(token: string, timeoutMs = 45_000): Promise<string> {
    const target = this.page.locator(selectors.editorToken, { hasText: exactly(token) }).first();
    const deadline = Date.now() + timeoutMs;
    // A hover asked for before the language server is up shows nothing and is not asked
    // again while the mouse stays, so step aside and come back until one appears. Aside
    // means elsewhere in the same editor: re-entering from outside it was seen to show
    // nothing even once the server was ready.
    const editor = this.page.locator(selectors.editor).first();
    for (;;) {
      await target.hover();
      try {
        return await this.readHover(Math.min(2_000, Math.max(deadline - Date.now(), 1)));
      } catch (err) {
        if (Date.now() >= deadline) throw err;
        const box = await editor.boundingBox();
        if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
      }
    }
  }

  /** Waits for a hover to be shown and returns its rendered text. */
  async readHover(timeoutMs = 10_000): Promise<string> {
    // Hovers of other parts (explorer rows, tabs) can linger in the DOM unhidden but not
    // shown; only a visible one is the answer.
    const hover = this.page.locator(selectors.hover).filter({ visible: true }).first();
    const deadline = Date.now() + timeoutMs;
    await hover.waitFor({ state: 'visible', timeout: timeoutMs });
    // The workbench shows the hover at once with "Loading..." until its providers answer.
    for (;;) {
      // The hover can close between two reads (lenses re-render and move the line under
      // the mouse): fail within the caller's time so the caller can hover again.
      const left = Math.max(deadline - Date.now(), 1);
      const text = (await hover.innerText({ timeout: left })).trim();
      if (!/^Loading\b/.test(text) || Date.now() >= deadline) return text;
      await this.page.waitForTimeout(100);
    }
  }

  /** The text the active editor shows (its rendered lines, so only what is scrolled in). */
  async editorText(): Promise<string> {
    const lines = this.page.locator(selectors.editorLines).first();
    // Monaco renders spaces as no-break spaces.
    return (await lines.innerText()).replace(/\u00a0/g, ' ');
  }

  /** Titles of the CodeLenses shown in the active editor. */
  async codeLensTitles(): Promise<string[]> {
    return (await this.page.locator(selectors.codeLens).allInnerTexts()).map((t) => t.trim());
  }

  /** Clicks the first CodeLens whose title contains `text`. */
  async clickCodeLens(text: string, timeoutMs = 20_000): Promise<void> {
    const lens = this.page.locator(selectors.codeLens, { hasText: text }).first();
    await lens.waitFor({ state: 'visible', timeout: timeoutMs });
    await lens.click();
  }

  /** Saves test-artifacts/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name "${name}": use [A-Za-z0-9_.-]`);
    mkdirSync(this.env.screenshotsDir, { recursive: true });
    const path = join(this.env.screenshotsDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** A regex matching exactly `text`: `hasText` with a string matches substrings. */
function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}
