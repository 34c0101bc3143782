// What every UI test file does around its tests: open the workbench on a folder before them,
// screenshot it when a test fails (failed-<test title>.png: what the workbench showed then is
// the first thing to look at), and close it after them. Called inside a `describe`; its
// `before` runs ahead of the suite's own, which can then open a file in the workbench.
import { Workbench, type OpenOptions } from './driver';

export function withWorkbench(
  folder: () => string,
  opened: (wb: Workbench) => void,
  options: OpenOptions = { width: 1400, height: 900 },
): void {
  let wb: Workbench | undefined;

  before(async () => {
    wb = await Workbench.open(folder(), options);
    opened(wb);
  });

  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed') await wb?.screenshot(`failed-${test.title.replace(/\W+/g, '-')}`);
  });

  after(async () => {
    await wb?.close();
  });
}
