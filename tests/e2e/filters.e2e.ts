/**
 * Frame filters, label groups and the diff's colouring, in Explore on profiles with known numbers
 * (and a real Node.js wall profile): what a reader sees — rows and totals, the hidden share, the
 * URL — and the diff's pixels in each colouring mode.
 */
import { Browser, Page } from 'playwright-core';
import {
  callTreeRows,
  exploreUrl,
  ingestFolded,
  launchBrowser,
  openExplore,
  recordedPage,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
} from './harness';
import { readSharedFixture } from '../../src/testing/fixtures';

const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
let sandbox: Sandbox;
let browser: Browser;
let wallType: string;

const ingest = (name: string, folded: string) => ingestFolded(sandbox.apiUrl, name, folded);

beforeAll(async () => {
  sandbox = await startSandbox({ demo: false });
  browser = await launchBrowser();
  // Known numbers (10 ms a sample): eu-north 700 ms, us-east 300 ms.
  await ingest('shop.cpu{region=eu-north}', 'main;checkout;slow 60\nmain;list 10\n');
  await ingest('shop.cpu{region=us-east}', 'main;checkout;fast 20\nmain;list 10\n');
  // A diff whose comparison is busier: `same` keeps its value, its share falls from 40% to 25%.
  await ingest('diffy.cpu{version=v1}', 'main;same 40\nmain;gone 20\nmain;grew 40\n');
  await ingest('diffy.cpu{version=v2}', 'main;same 40\nmain;grew 100\nmain;new 20\n');
  // A real Node.js wall profile (@pyroscope/nodejs), full of node:internal frames.
  const res = await fetch(`${sandbox.apiUrl}/ingest?name=nodeapp&format=pprof`, {
    method: 'POST',
    body: readSharedFixture('pprof/nodejs-wall.pb.gz') as unknown as BodyInit,
  });
  expect(res.status).toBe(200);
  await waitForProfiles(sandbox.apiUrl, /^process_cpu:/);
  wallType = await waitForProfiles(sandbox.apiUrl, /^wall:/);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

const explore = (query: Record<string, unknown>, params: Record<string, string> = {}): Promise<Page> =>
  openExplore(browser, sandbox.hostUrl, { profileTypeId: CPU, ...query }, params);
const rows = callTreeRows;

/** Waits until `read` gives `expected` (the grouped profile arrives after several queries). */
async function poll<T>(read: () => Promise<T>, expected: T, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** Every function name the top table lists (from the cells' titles: whole names). */
async function tableNames(page: Page): Promise<string[]> {
  return page
    .getByTestId('flamelens-top-table')
    .evaluate((t) => Array.from(t.querySelectorAll('td[title]')).map((td) => td.getAttribute('title') ?? ''));
}

describe('frame filters', () => {
  it('the Node.js preset removes node:internal frames, the total unchanged, and says what it hid', async () => {
    const page = await explore(
      { profileTypeId: wallType, labelSelector: '{service_name="nodeapp"}' },
      {
        'fl2-view': 'calltree',
      }
    );
    const before = await rows(page);
    expect(before[0]).toMatch(/^1 total /);
    await page.getByTestId('flamelens-filters').click();
    await page.getByText('Node.js internals', { exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('flamelens-hidden-share').textContent()).resolves.toMatch(
      /^\d+\.\d% of the total runs through hidden frames \(\d+\.\d% in them\)$/
    );
    const after = await rows(page);
    // The root's total is the same number of seconds: hidden time went to the callers.
    expect(after[0]).toBe(before[0]);
    expect(after.some((r) => / node:/.test(r))).toBe(false);
    expect(new URL(page.url()).searchParams.get('fl2-ff')).toBe('p:nodejs');

    // The table lists no node: function; the filter survives a reload (it is in the URL).
    await page.goto(page.url().replace('fl2-view=calltree', 'fl2-view=table'));
    await page.getByTestId('flamelens-top-table').waitFor();
    const names = await tableNames(page);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => n.startsWith('node:'))).toEqual([]);
    await expect(page.getByTestId('flamelens-filters').textContent()).resolves.toBe('Filters (1)');
    await screenshot(page, 'filters-nodejs');
    await page.close();
  });

  it('hides by /regex/ typed in the filter editor, and a bad regex is reported, not applied', async () => {
    const page = await explore({ labelSelector: '{service_name="shop"}' }, { 'fl2-view': 'calltree' });
    await page.getByTestId('flamelens-filters').click();
    const input = page.getByLabel('Frame name or /regex/');
    await input.fill('/^check/');
    await input.press('Enter');
    await expect(page.getByTestId('flamelens-filter-row').textContent()).resolves.toBe('Hide/^check/1 function');
    await input.fill('/(a/');
    await input.press('Enter');
    await page.keyboard.press('Escape');
    await page
      .getByText('Hide /(a/: invalid regular expression (missing closing ): `(a`); nothing filtered by it.')
      .waitFor();
    // checkout is gone: slow, fast and list hang from main; 800 ms of 1 s was in checkout... its self, 0.
    expect(await rows(page)).toEqual([
      '1 total 1 s 100.0%',
      '2 main 1 s 100.0%',
      '3 slow 600 ms 60.0%',
      '3 fast 200 ms 20.0%',
      '3 list 200 ms 20.0%',
    ]);
    await page.close();
  });

  it('keeps the filter editor on screen in a narrow window, every control within reach', async () => {
    const { page } = await recordedPage(browser, 700, 900);
    await page.goto(
      exploreUrl(sandbox.hostUrl, { profileTypeId: CPU, labelSelector: '{service_name="shop"}' }, { from: 'now-1h' })
    );
    await page.getByTestId('flamelens-filters').click();
    const input = page.getByLabel('Frame name or /regex/');
    for (const f of ['checkout', '/^li/', 'slow']) {
      await input.fill(f);
      await input.press('Enter');
    }
    const inView = async (name: string, locator = page.getByRole('button', { name })) => {
      await locator.scrollIntoViewIfNeeded();
      const b = (await locator.boundingBox())!;
      return b.y >= 0 && b.x >= 0 && b.x + b.width <= 700 && b.y + b.height <= 900;
    };
    const editor = (await page.getByTestId('flamelens-filters-editor').boundingBox())!;
    expect(editor.y).toBeGreaterThanOrEqual(0);
    expect(editor.y + editor.height).toBeLessThanOrEqual(900);
    expect(editor.x + editor.width).toBeLessThanOrEqual(700);
    expect(await inView('Remove filter /^li/')).toBe(true);
    expect(await inView('Clear all')).toBe(true);
    // The toolbar is never covered by the graph, however many rows it wraps onto.
    await page.keyboard.press('Escape');
    const graph = (await page.locator('canvas[aria-label="Flame graph"]').boundingBox())!;
    for (const id of ['flamelens-filters', 'flamelens-hidden-share', 'flamelens-breadcrumbs']) {
      const b = (await page.getByTestId(id).boundingBox())!;
      expect({ id, bottom: b.y + b.height <= graph.y }).toEqual({ id, bottom: true });
    }
    await screenshot(page, 'filters-narrow');
    await page.close();
  });
});

describe('group by label', () => {
  it('puts each region at the first level with the total of its own query', async () => {
    const page = await explore({ labelSelector: '{service_name="shop"}' }, { 'fl2-view': 'calltree' });
    await page.getByLabel('Group by label').click();
    await page.getByRole('option', { name: 'region' }).click();
    await poll(
      async () => (await rows(page)).slice(0, 3),
      ['1 total 1 s 100.0%', '2 region=eu-north 700 ms 70.0%', '2 region=us-east 300 ms 30.0%']
    );
    expect(new URL(page.url()).searchParams.get('fl2-by')).toBe('region');
    await screenshot(page, 'group-by-region');
    // Each equals that region's own query.
    for (const [region, total] of [
      ['eu-north', '700 ms'],
      ['us-east', '300 ms'],
    ]) {
      const own = await explore(
        { labelSelector: `{service_name="shop", region="${region}"}` },
        { 'fl2-view': 'calltree' }
      );
      expect((await rows(own))[0]).toBe(`1 total ${total} 100.0%`);
      await own.close();
    }
    await page.close();
  });
});

describe('diff colouring', () => {
  /** The colour at a share of the width on main's children (their top edge, off the labels). */
  const colours = (page: Page, at: number[]) =>
    page.locator('canvas[aria-label="Flame graph"]').evaluate((c: HTMLCanvasElement, xs: number[]) => {
      const ctx = c.getContext('2d')!;
      const scale = c.width / c.clientWidth;
      // Row 0 is the root, row 1 main (y 20–39), row 2 its children.
      const px = ctx.getImageData(0, Math.floor(42 * scale), c.width, 1).data;
      return xs.map((share) => {
        const x = Math.floor(c.width * share) * 4;
        return `rgb(${px[x]}, ${px[x + 1]}, ${px[x + 2]})`;
      });
    }, at);

  it('absolute: an unchanged frame is neutral; a removed frame has the removed colour; each side opens alone', async () => {
    const page = await explore(
      {
        queryType: 'diff',
        labelSelector: '{service_name="diffy", version="v2"}',
        baselineSelector: '{service_name="diffy", version="v1"}',
      },
      { 'fl2-view': 'flamegraph' }
    );
    await page.getByTestId('flamelens-diff-legend').waitFor();
    // Drawn by name under main, as wide as both sides: gone 20, grew 140, new 20, same 80 of 260.
    const GONE = 10 / 260;
    const SAME = 220 / 260;
    const [goneShare, sameShare] = await colours(page, [GONE, SAME]);
    expect(goneShare).toBe('rgb(60, 110, 220)');
    // Share: same fell from 40% to 25% of its side — a shrink, not grey.
    expect(sameShare).not.toBe('rgb(140, 140, 140)');
    await page.getByText('Absolute', { exact: true }).click({ force: true });
    await page.getByLabel('Colour: change of each frame’s absolute value').waitFor();
    const [goneAbs, sameAbs] = await colours(page, [GONE, SAME]);
    expect(sameAbs).toBe('rgb(140, 140, 140)');
    expect(goneAbs).toBe('rgb(60, 110, 220)');
    expect(new URL(page.url()).searchParams.get('fl2-dc')).toBe('absolute');
    await screenshot(page, 'diff-absolute');

    // The vanished stack is listed; the baseline opens as a plain flame graph and back.
    await page.getByTestId('flamelens-vanished').click();
    await expect(page.getByTestId('flamelens-vanished-list').textContent()).resolves.toMatch(
      /200 ms · 20\.00%main › gone$/
    );
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open baseline' }).click();
    await expect(page.getByTestId('flamelens-side-alone').textContent()).resolves.toMatch(
      /^Showing the baseline alone/
    );
    await page.getByRole('radio', { name: 'Call tree' }).click({ force: true });
    // The baseline alone: no row for the comparison's new frame.
    const alone = await rows(page);
    expect(alone.slice(0, 2)).toEqual(['1 total 1 s 100.0%', '2 main 1 s 100.0%']);
    expect(alone.filter((r) => / new /.test(r))).toEqual([]);
    await page.getByRole('button', { name: 'Back to the diff' }).click();
    await page.getByTestId('flamelens-diff-legend').waitFor();
    await page.close();
  });
});
