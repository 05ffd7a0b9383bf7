/**
 * The flame graph panel's views in a real browser, on profiles ingested with known numbers: flame
 * graph, top table and both (dark and light themes), the sandwich from the context menu, a diff,
 * the side-by-side comparison, keyboard navigation, a 10,000-level stack, and the exports re-read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { Profile } from 'pprof-format';
import {
  ARTIFACTS,
  ingestFolded,
  launchBrowser,
  recordedPage,
  Sandbox,
  screenshot,
  startSandbox,
  exploreUrl,
} from './harness';

let sandbox: Sandbox;
let browser: Browser;
const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const DEPTH = 10_000;

// version 1 → 2: db grows from 40% to 70%, json shrinks from 30% to 10%.
const V1 = 'main;api;handler;db 40\nmain;api;handler;json 30\nmain;gc 20\nmain;api;auth 10\n';
const V2 = 'main;api;handler;db 70\nmain;api;handler;json 10\nmain;gc 10\nmain;api;auth 10\n';

const ingest = (name: string, folded: string) => ingestFolded(sandbox.apiUrl, name, folded);

beforeAll(async () => {
  sandbox = await startSandbox({ demo: false });
  browser = await launchBrowser();
  await ingest('views.cpu{version=1}', V1);
  await ingest('views.cpu{version=2}', V2);
  // 100 functions of 3 and one caller of 50 smaller ones (2 each): with a 40-node limit the 40th
  // largest total is 3, so Pyroscope's rule keeps main, cold and all 100 tied a-functions, and folds
  // cold's 50 children into one "other". `big` makes that "other" 0.5% of the total, under the 8 px
  // progressive detail loads by itself (detail.e2e.ts), so loading it is left to the reader here.
  await ingest(
    'wide.cpu',
    [
      ...Array.from({ length: 100 }, (_, i) => `main;a${i} 3`),
      ...Array.from({ length: 50 }, (_, i) => `main;cold;f${i} 2`),
      'main;big 20000',
    ].join('\n') + '\n'
  );
  await ingest('deep.cpu', `${Array.from({ length: DEPTH }, (_, i) => `level${i}`).join(';')} 5\nside 1\n`);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

function explore(query: Record<string, unknown>, params: Record<string, string> = {}): string {
  return exploreUrl(
    sandbox.hostUrl,
    { profileTypeId: CPU, labelSelector: '{service_name="views", version="1"}', ...query },
    { params }
  );
}

async function open(url: string): Promise<Page> {
  const { page } = await recordedPage(browser);
  await page.goto(url);
  await page.locator('[data-flamelens-panel]').waitFor({ timeout: 60000 });
  return page;
}

/** RGB of a CSS-pixel point of a canvas. */
async function pixel(page: Page, canvasLabel: string, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    ([label, px, py]) => {
      const c = document.querySelector(`canvas[aria-label="${label}"]`) as HTMLCanvasElement;
      const s = c.width / c.clientWidth;
      const d = c.getContext('2d')!.getImageData(Math.floor(px * s), Math.floor(py * s), 1, 1).data;
      return [d[0], d[1], d[2]] as [number, number, number];
    },
    [canvasLabel, x, y] as const
  );
}

const canvasBox = (page: Page, label: string) =>
  page
    .locator(`canvas[aria-label="${label}"]`)
    .boundingBox()
    .then((b) => b!);

describe('views', () => {
  it.each([
    ['flamegraph', 'dark'],
    ['table', 'dark'],
    ['both', 'dark'],
    ['flamegraph', 'light'],
    ['both', 'light'],
  ])('%s view in the %s theme', async (view, theme) => {
    const page = await open(explore({}, { 'fl2-view': view, theme }));
    if (view !== 'flamegraph') {
      await expect(page.getByTestId('flamelens-top-table').textContent()).resolves.toContain('handler');
    }
    if (view !== 'table') {
      const box = await canvasBox(page, 'Flame graph');
      // Row 1 holds main across the whole width; row 6 is below the deepest frame: background.
      const node = await pixel(page, 'Flame graph', box.width / 2, 30);
      const background = await pixel(page, 'Flame graph', box.width / 2, 6 * 20 + 10);
      expect(node).not.toEqual(background);
      const lightness = (background[0] + background[1] + background[2]) / 3;
      expect(theme === 'light' ? lightness > 200 : lightness < 60).toBe(true);
    } else {
      expect(await page.locator('canvas[aria-label="Flame graph"]').count()).toBe(0);
    }
    await screenshot(page, `view-${view}-${theme}`);
    await page.close();
  });

  it('lights the frames of the function whose top-table row is hovered, and dims the rest', async () => {
    const page = await open(explore({}, { 'fl2-view': 'both' }));
    const box = await canvasBox(page, 'Flame graph');
    // Row 4 (total, main, api, handler, db/json): db spans 10% to 50% of the width; gc is on row 2
    // from 80% to 100%.
    const db = () => pixel(page, 'Flame graph', box.width * 0.3, 4 * 20 + 17);
    const gc = () => pixel(page, 'Flame graph', box.width * 0.9, 2 * 20 + 17);
    const [dbBefore, gcBefore] = [await db(), await gc()];
    await page.locator('[data-testid="flamelens-top-table"] td[title="gc"]').hover();
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    expect(await gc()).toEqual(gcBefore);
    expect(await db()).not.toEqual(dbBefore);
    await page.mouse.move(box.x + box.width / 2, box.y - 200);
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    expect(await db()).toEqual(dbBefore);
    await page.close();
  });

  it('opens the sandwich view from the context menu: callers above, callees below', async () => {
    const page = await open(explore({}, { 'fl2-view': 'flamegraph' }));
    const box = await canvasBox(page, 'Flame graph');
    // Row 3 is handler (icicle: total, main, api, handler), from 10% to 80% of the width.
    await page.mouse.click(box.x + box.width * 0.5, box.y + 3 * 20 + 10, { button: 'right' });
    await expect(page.getByTestId('flamelens-menu-header').textContent()).resolves.toBe('handler');
    await page.getByText('Sandwich view (callers and callees)').click();
    await page.locator('canvas[aria-label="Callers of handler"]').waitFor();
    await page.locator('canvas[aria-label="Callees of handler"]').waitFor();
    expect(new URL(page.url()).searchParams.get('fl2-fn')).toBe('handler');
    // Callers are drawn root (handler) at the bottom; callees with handler on top: both painted.
    const callees = await canvasBox(page, 'Callees of handler');
    expect(await pixel(page, 'Callees of handler', callees.width / 2, 10)).not.toEqual(
      await pixel(page, 'Callees of handler', callees.width / 2, 5 * 20 + 10)
    );
    await screenshot(page, 'view-sandwich');
    await page.close();
  });

  it('diff: what grew is red, what shrank green, with a legend', async () => {
    const page = await open(
      explore(
        {
          queryType: 'diff',
          labelSelector: '{service_name="views", version="2"}',
          baselineSelector: '{service_name="views", version="1"}',
        },
        { 'fl2-view': 'flamegraph' }
      )
    );
    await page.getByTestId('flamelens-diff-legend').waitFor();
    const box = await canvasBox(page, 'Flame graph');
    // Both sides together (200): api 0-170, handler 20-170, db 20-130 (grew), json 130-170 (shrank).
    const [r1, g1] = await pixel(page, 'Flame graph', box.width * (75 / 200), 4 * 20 + 10);
    const [r2, g2] = await pixel(page, 'Flame graph', box.width * (150 / 200), 4 * 20 + 10);
    expect(r1).toBeGreaterThan(g1 + 40);
    expect(g2).toBeGreaterThan(r2 + 20);
    await page.mouse.move(box.x + box.width * (75 / 200), box.y + 4 * 20 + 10);
    await expect(page.getByTestId('flamelens-tooltip').textContent()).resolves.toMatch(
      /Baseline.*40\.00%.*Comparison.*70\.00%/
    );
    await screenshot(page, 'view-diff');
    await page.close();
  });

  it('comparison: two graphs side by side, zoomed and searched together', async () => {
    const page = await open(
      explore(
        {
          queryType: 'comparison',
          labelSelector: '{service_name="views", version="2"}',
          baselineSelector: '{service_name="views", version="1"}',
        },
        { 'fl2-view': 'comparison' }
      )
    );
    await page.locator('canvas[aria-label="Baseline flame graph"]').waitFor();
    const right = await canvasBox(page, 'Comparison flame graph');
    // Row 2 of the comparison is api (0-90% of its width): zoom into it.
    await page.mouse.click(right.x + right.width * 0.3, right.y + 2 * 20 + 10);
    await expect(page.getByTestId('flamelens-breadcrumbs').textContent()).resolves.toMatch(/main.*api/);
    // The baseline followed: api now spans its whole width too (both edges of its row are painted;
    // read below the label's glyphs).
    const left = await canvasBox(page, 'Baseline flame graph');
    const background = await pixel(page, 'Baseline flame graph', left.width / 2, 8 * 20 + 10);
    expect(await pixel(page, 'Baseline flame graph', 2, 2 * 20 + 17)).not.toEqual(background);
    expect(await pixel(page, 'Baseline flame graph', left.width - 4, 2 * 20 + 17)).not.toEqual(background);
    await page.getByLabel('Search functions').fill('db');
    await expect(page.getByTestId('flamelens-matched').textContent()).resolves.toMatch(/matched: /);
    await screenshot(page, 'view-comparison');
    await page.close();
  });

  it('keyboard: arrows move the selection, Enter zooms, Escape resets, / searches', async () => {
    const page = await open(explore({}, { 'fl2-view': 'flamegraph' }));
    const canvas = page.locator('canvas[aria-label="Flame graph"]');
    await canvas.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('flamelens-selection').textContent()).resolves.toMatch(/^api: total/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const sel = await page.getByTestId('flamelens-selection').textContent();
    expect(sel).toMatch(/^(auth|handler): total/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('flamelens-breadcrumbs').textContent()).resolves.toMatch(/api.*(auth|handler)/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('flamelens-breadcrumbs').textContent()).resolves.not.toMatch(/api/);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search functions');
    await page.close();
  });
});

describe('a truncated "other"', () => {
  it('is loaded in full detail from the datasource: only the stacks through its call site', async () => {
    const page = await open(explore({ labelSelector: '{service_name="wide"}', maxNodes: 40 }, { 'fl2-view': 'both' }));
    // The top table lists no "other" as a function and says what was folded, under the rows.
    await expect(page.getByTestId('flamelens-truncation').textContent()).resolves.toMatch(
      /^\d+\.\d% of the graph is folded by the node limit \("other", never listed\); every frame it shows is ≥ /
    );
    expect(await page.getByTestId('flamelens-top-table').locator('td[title="other"]').count()).toBe(0);
    // The only "other" is the one under cold, the last 4 px of row 3 (total, main, cold, other):
    // too narrow to be loaded by itself, so the reader asks for it from its menu.
    const canvas = page.locator('canvas[aria-label="Flame graph"]');
    const box = (await canvas.boundingBox())!;
    await canvas.click({ button: 'right', position: { x: box.width - 2, y: 3 * 20 + 10 } });
    await expect(page.getByTestId('flamelens-menu-header').textContent()).resolves.toMatch(/^other/);
    await page.getByText('Load the folded stacks in full detail').click();
    await page.getByText(/Showing full detail under main › cold/).waitFor({ timeout: 30000 });
    // The 50 small functions are all back (they are the whole subtree), none folded, and nothing
    // from outside the call site.
    const matched = async (q: string) => {
      await page.getByLabel('Search functions').fill(q);
      return page.getByTestId('flamelens-matched').textContent();
    };
    await expect(matched('/^f\\d+$/')).resolves.toBe('matched: 100.00% of total');
    await expect(matched('/^other$/')).resolves.toBe('matched: 0.00% of total');
    await expect(matched('/^a\\d+$/')).resolves.toBe('matched: 0.00% of total');
    await expect(page.getByTestId('flamelens-breadcrumbs').textContent()).resolves.toMatch(/main.*cold/);
    await screenshot(page, 'truncated-full-detail');
    await page.close();
  });
});

describe('a 10,000-level stack', () => {
  it('paints its deepest rows, and no main-thread task after the first render runs over 200 ms', async () => {
    const { page } = await recordedPage(browser);
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration))).observe({
        type: 'longtask',
      });
    });
    await page.goto(explore({ labelSelector: '{service_name="deep"}', maxNodes: 16384 }, { 'fl2-view': 'flamegraph' }));
    await page.locator('canvas[aria-label="Flame graph"]').waitFor({ timeout: 60000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
    // Scroll to the bottom, where the deepest frames are (icicle: root on top).
    const scroller = page.getByTestId('flamelens-flamegraph');
    const { scrollHeight, clientHeight } = await scroller.evaluate((e) => ({
      scrollHeight: e.scrollHeight,
      clientHeight: e.clientHeight,
    }));
    expect(scrollHeight).toBeGreaterThanOrEqual(DEPTH * 20);
    await scroller.evaluate((e) => (e.scrollTop = e.scrollHeight));
    await scroller.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const box = await canvasBox(page, 'Flame graph');
    // The deepest frame's row ends 20 px above the bottom of the content; the chain is 5/6 wide.
    const deepest = await pixel(page, 'Flame graph', box.width * 0.4, clientHeight - 10);
    const background = await pixel(page, 'Flame graph', box.width * 0.95, clientHeight - 10);
    expect(deepest).not.toEqual(background);
    const label = await page.evaluate(() => document.querySelector('[data-testid="flamelens-flamegraph"]')!.scrollTop);
    expect(label).toBeGreaterThan(DEPTH * 20 - clientHeight - 40);
    // Interact down there: hover, zoom, keyboard.
    await page.mouse.move(box.x + box.width * 0.4, box.y + clientHeight - 10);
    await expect(page.getByTestId('flamelens-tooltip').textContent()).resolves.toMatch(/level999\d/);
    await page.mouse.click(box.x + box.width * 0.4, box.y + clientHeight - 30);
    await expect(page.getByTestId('flamelens-breadcrumbs').textContent()).resolves.toMatch(/level99\d\d/);
    await page.keyboard.press('Escape');
    await scroller.evaluate((e) => (e.scrollTop = 0));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)
    );
    expect(longest).toBeLessThan(200);
    await screenshot(page, 'deep-stack-bottom');
    await page.close();
  });
});

describe('exports, re-read', () => {
  async function exportAs(page: Page, label: string): Promise<Buffer> {
    await page.getByTestId('flamelens-export').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByText(label, { exact: true }).click()]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `views-${dl.suggestedFilename()}`);
    await dl.saveAs(file);
    return fs.readFileSync(file);
  }

  it('PNG, JSON, folded and pprof hold the same profile: the pprof re-decodes with pprof-format to the same total', async () => {
    const page = await open(explore({}, { 'fl2-view': 'flamegraph' }));
    const png = await exportAs(page, 'PNG image');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThan(100);
    const folded = (await exportAs(page, 'Folded stacks')).toString('utf8');
    const foldedTotal = folded
      .trim()
      .split('\n')
      .reduce((s, line) => s + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    // 100 samples at 100 Hz: one second of CPU.
    expect(foldedTotal).toBe(1e9);
    const json = JSON.parse((await exportAs(page, 'JSON (flame bearer)')).toString('utf8'));
    expect(json.flamebearer.numTicks).toBe(foldedTotal);
    const prof = Profile.decode(await exportAs(page, 'pprof'));
    const strings = prof.stringTable.strings;
    const typeIdx = prof.sampleType.findIndex((t) => strings[Number(t.type)] === 'cpu');
    const pprofTotal = prof.sample.reduce((s, x) => s + Number(x.value[typeIdx >= 0 ? typeIdx : 0]), 0);
    expect(pprofTotal).toBe(foldedTotal);
    await page.close();
  });
});
