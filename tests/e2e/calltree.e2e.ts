/**
 * The call tree and the inverted flame graph, in Explore and on the dashboard, on profiles with
 * known numbers: what a reader sees (rows, levels, names, shares) after mouse and keyboard, and
 * the inverted graph's pixels (the heaviest leaf function's row spans its share of the width).
 */
import { Browser, Page } from 'playwright-core';
import {
  callTreeRows,
  ingestFolded,
  launchBrowser,
  openExplore,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
} from './harness';

const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
let sandbox: Sandbox;
let browser: Browser;

const ingest = (name: string, folded: string) => ingestFolded(sandbox.apiUrl, name, folded);

beforeAll(async () => {
  sandbox = await startSandbox({ demo: false });
  browser = await launchBrowser();
  // hot: 80% of the time, reached from a (70) and b (10); c 20 on its own.
  await ingest('tree.cpu', 'main;a;hot 70\nmain;b;hot 10\nmain;c 20\n');
  await waitForProfiles(sandbox.apiUrl, /^process_cpu:/);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

const explore = (params: Record<string, string>): Promise<Page> =>
  openExplore(
    browser,
    sandbox.hostUrl,
    { profileTypeId: CPU, labelSelector: '{service_name="tree"}' },
    { 'fl2-view': 'calltree', ...params }
  );
const rows = callTreeRows;

describe('the call tree', () => {
  it('opens by mouse and keyboard, focuses, shows callers, and a search opens the path to its match', async () => {
    const page = await explore({});
    await page.getByTestId('flamelens-call-tree').waitFor();
    // The root and main (its only child) open; main's children heaviest first.
    expect(await rows(page)).toEqual([
      '1 total 1 s 100.0%',
      '2 main 1 s 100.0%',
      '3 a 700 ms 70.0%',
      '3 c 200 ms 20.0%',
      '3 b 100 ms 10.0%',
    ]);
    // Mouse: a's chevron.
    await page.getByRole('button', { name: 'Open a' }).click();
    expect((await rows(page))[3]).toBe('4 hot 700 ms 70.0%');
    // Keyboard: select b (Down from the top), open it with →, close it with Enter.
    const grid = page.getByTestId('flamelens-call-tree');
    await grid.focus();
    for (const key of ['Home', 'End', 'ArrowRight']) {
      await page.keyboard.press(key);
    }
    expect(await rows(page)).toContain('4 hot 100 ms 10.0%');
    await page.keyboard.press('Enter');
    expect(await rows(page)).not.toContain('4 hot 100 ms 10.0%');
    // Focus on a from its menu; Escape goes back.
    await page.locator('[role="row"][aria-level="3"]:has([title="a"])').click({ button: 'right' });
    await page.getByText('Focus on this subtree').click();
    expect((await rows(page))[0]).toBe('1 a 700 ms 100.0%');
    await grid.focus();
    await page.keyboard.press('Escape');
    expect((await rows(page))[0]).toBe('1 total 1 s 100.0%');
    // Back from the focus, the rows opened before are open again (a, with hot under it).
    expect(await rows(page)).toContain('4 hot 700 ms 70.0%');
    // Callers of hot: a 70, b 10 under it.
    await page.getByRole('button', { name: 'Callers of hot' }).first().click();
    await expect(page.getByTestId('flamelens-callers-of').textContent()).resolves.toBe('hot');
    expect(await rows(page)).toEqual(['1 hot 800 ms 100.0%', '2 a 700 ms 87.5%', '2 b 100 ms 12.5%']);
    await screenshot(page, 'calltree-callers');
    await page.getByRole('button', { name: /Back to the call tree/ }).click();
    // Search: the next match is selected and the path to it opened (b is closed again).
    await page.getByLabel('Search functions').fill('hot');
    await page.getByRole('button', { name: /Next match/ }).click();
    await page.getByRole('button', { name: /Next match/ }).click();
    const selected = page.locator('[data-testid="flamelens-call-tree"] [aria-selected="true"]');
    await expect(selected.getAttribute('aria-level')).resolves.toBe('4');
    await expect(selected.locator('[role="gridcell"]').first().getAttribute('title')).resolves.toBe('hot');
    await screenshot(page, 'calltree-search');
    await page.close();
  });
});

describe('the inverted flame graph', () => {
  it('puts the heaviest leaf function at the root, spanning its share of the width', async () => {
    const page = await explore({ 'fl2-view': 'flamegraph' });
    await page.getByTestId('flamelens-invert').click();
    // Away from the button, so its tooltip does not cover the graph.
    await page.mouse.move(0, 0);
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    const canvas = page.locator('canvas[aria-label="Flame graph"]');
    // Row 1 (under the root, y 20–39), in draw order (by name): c (20%) then hot (80%). Read the
    // row near its top edge (above the labels' glyphs) and measure hot's run from the right end.
    const run = await canvas.evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d')!;
      const scale = c.width / c.clientWidth;
      const px = ctx.getImageData(0, Math.floor(22 * scale), c.width, 1).data;
      const at = (x: number) => `${px[x * 4]},${px[x * 4 + 1]},${px[x * 4 + 2]}`;
      const right = c.width - 2;
      let x = right;
      while (x > 0 && at(x - 1) === at(right)) {
        x--;
      }
      return { share: (right + 1 - x) / c.width, other: at(Math.floor(c.width * 0.1)), hot: at(right) };
    });
    expect(run.share).toBeGreaterThan(0.79);
    expect(run.share).toBeLessThan(0.81);
    expect(run.other).not.toBe(run.hot);
    // Its callers above it (icicle: below): a (70) and b (10) on row 2.
    const { width } = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: width * 0.6, y: 30 } });
    await expect(page.getByTestId('flamelens-breadcrumbs').textContent()).resolves.toMatch(/hot/);
    await screenshot(page, 'calltree-inverted');
    await page.close();
  });
});
