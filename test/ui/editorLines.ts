// Helpers the ToyGrad UI tests share on top of the driver: find a rendered editor line by
// its text, go to a line, click the CodeLens right above a line, hover a line's first name.
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { Workbench } from './driver';
import { selectors } from './selectors';

/** The rendered editor line whose text starts with `prefix` (Monaco renders spaces as nbsp). */
export function viewLine(wb: Workbench, prefix: string): Locator {
  const pattern = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
  return wb.page
    .locator('.editor-instance .monaco-editor .view-line')
    .filter({ hasText: new RegExp(`^\\s*${pattern}`) });
}

/** A line of the output channel (a read-only editor in the panel) matching `text`. */
export function outputLine(wb: Workbench, text: RegExp): Locator {
  return wb.page.locator('.panel .view-line', { hasText: text }).first();
}

/** Go to a 1-based line with Ctrl+G, as a person would. */
export async function goToLine(wb: Workbench, line: number): Promise<void> {
  await wb.page.keyboard.press('Control+G');
  const input = wb.page.locator(selectors.quickInputBox);
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await wb.page.keyboard.press('Enter');
  await wb.page.locator(selectors.quickInput).waitFor({ state: 'hidden' });
}

/** Where the active editor's text starts to be clickable: below its sticky-scroll header. */
async function editorContentTop(wb: Workbench): Promise<number> {
  const editor = await wb.page.locator(selectors.editor).first().boundingBox();
  let top = editor?.y ?? 0;
  const sticky = wb.page.locator(selectors.stickyScroll).first();
  if (await sticky.isVisible()) {
    const box = await sticky.boundingBox();
    if (box !== null && box.height > 0) top = Math.max(top, box.y + box.height);
  }
  return top;
}

/**
 * Clicks the lens titled `title` in the lens row right above the line starting with
 * `prefix`, waiting for that row (lenses come a moment after the file opens).
 */
export async function clickLensAbove(
  wb: Workbench,
  prefix: string,
  title: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = viewLine(wb, prefix).first();
    await line.waitFor({ state: 'visible', timeout: Math.max(1000, deadline - Date.now()) });
    const lineBox = await line.boundingBox();
    const top = await editorContentTop(wb);
    let best: { lens: Locator; gap: number } | null = null;
    if (lineBox !== null) {
      for (const lens of await wb.page
        .locator(selectors.codeLens, { hasText: title })
        .filter({ visible: true })
        .all()) {
        const box = await lens.boundingBox();
        if (box === null || box.y < top - 1) continue;
        const gap = lineBox.y - (box.y + box.height);
        if (gap >= -2 && gap < lineBox.height && (best === null || gap < best.gap))
          best = { lens, gap };
      }
    }
    if (best !== null) {
      await best.lens.click();
      return;
    }
    // Lenses arriving after a line was revealed keep the first visible line in place, so a
    // line near the top can have its lens row above the viewport or under the sticky
    // header (where a click lands on the header): scroll up a little, as a person would.
    if (lineBox !== null && lineBox.y - top < 3 * lineBox.height) {
      const editorBox = await wb.page.locator(selectors.editor).first().boundingBox();
      if (editorBox !== null) {
        await wb.page.mouse.move(
          editorBox.x + editorBox.width / 2,
          editorBox.y + editorBox.height / 2,
        );
        await wb.page.mouse.wheel(0, -4 * lineBox.height);
      }
    }
    assert.ok(Date.now() < deadline, `no "${title}" lens right above "${prefix}"`);
    await wb.page.waitForTimeout(250);
  }
}

/**
 * Hovers the first characters of the line starting with `prefix` and returns the hover.
 * A hover that does not come (the mouse arrived while lenses re-rendered and moved the
 * line, or from outside the editor) is not asked again while the mouse stays, so step
 * aside within the editor and come back, as a person would, until one appears.
 */
export async function hoverLineStart(
  wb: Workbench,
  prefix: string,
  timeoutMs = 60_000,
): Promise<string> {
  const line = viewLine(wb, prefix).first();
  const editor = wb.page.locator(selectors.editor).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await line.waitFor({ state: 'visible', timeout: Math.max(1000, deadline - Date.now()) });
    const box = await line.boundingBox();
    assert.ok(box, `no box for the line ${prefix}`);
    await wb.page.mouse.move(box.x + box.width - 2, box.y - 40);
    await wb.page.mouse.move(box.x + 6, box.y + box.height / 2, { steps: 4 });
    try {
      return await wb.readHover(Math.min(4_000, Math.max(deadline - Date.now(), 1)));
    } catch (err) {
      if (Date.now() >= deadline) throw err;
      const aside = await editor.boundingBox();
      if (aside) await wb.page.mouse.move(aside.x + aside.width / 2, aside.y + aside.height - 20);
      await wb.page.waitForTimeout(300);
    }
  }
}
