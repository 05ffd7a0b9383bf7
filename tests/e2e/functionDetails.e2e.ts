/**
 * From a hot frame to its line of code (#19), through the sandbox's proxy to its Pyroscope: the
 * Node demo's hottest function opens on its own source (this repository's file at the commit the
 * demo runs, served by vcs.v1 behind the GitHub session cookie) with its hot line marked and in view;
 * signed out, the same details say how to sign in; a profile without source labels shows its line
 * table (numbers known) and what would enable the source.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import {
  allowBrowserErrors,
  launchBrowser,
  openExplore,
  ROOT,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
} from './harness';
import { sourcePprof } from '../../src/testing/sourcePprof';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const DEMO = 'sandbox/demo/rideshare.cjs';

/** The drawer's source rows as read: line number, self and total margins, the code; hot rank if marked. */
async function sourceRows(page: Page) {
  return page.getByTestId('flamelens-source').evaluate((s) =>
    Array.from(s.querySelectorAll('tr[data-line]')).map((r) => {
      const [self, total, , code] = Array.from(r.querySelectorAll('td')).map((c) => c.textContent ?? '');
      return { line: Number(r.getAttribute('data-line')), hot: r.getAttribute('data-hot'), self, total, code };
    })
  );
}

async function openDetailsFromTable(page: Page, name: RegExp) {
  const button = page.getByLabel(name).first();
  await button.waitFor({ timeout: 60000 });
  await button.click();
  await page.getByTestId('flamelens-function-details').waitFor();
}

describe('function details on the Node demo', () => {
  let sandbox: Sandbox;
  let wall: string;

  beforeAll(async () => {
    sandbox = await startSandbox();
    wall = await waitForProfiles(sandbox.apiUrl, /^wall:cpu:nanoseconds/);
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  const demoQuery = () => ({ profileTypeId: wall, labelSelector: '{service_name="ride-sharing-app"}' });

  it('opens the hot function on its own source, its line marked and scrolled into view, with its commit', async () => {
    const page = await openExplore(browser, sandbox.hostUrl, demoQuery(), { 'fl2-view': 'table' });
    // Sign in as a user would (the host's stand-in for Drilldown's GitHub sign-in), then come back.
    const back = page.url();
    await page.goto(`${sandbox.hostUrl}/sandbox/git`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signed in once the page offers to sign out ("not signed in" would pass a text test).
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(back);
    await openDetailsFromTable(page, /^Function details of .*:busyWork:\d+$/);
    const source = page.getByTestId('flamelens-source');
    await source.waitFor({ timeout: 30000 }).catch(async (e: Error) => {
      throw new Error(
        `${e.message}\nThe drawer says: ${await page.getByTestId('flamelens-function-details').textContent()}`
      );
    });
    expect(await source.locator('a').first().textContent()).toMatch(new RegExp(`${DEMO.replace(/\./g, '\\.')}$`));
    const rows = await sourceRows(page);
    const file = fs.readFileSync(path.join(ROOT, DEMO), 'utf8').split('\n');
    // The whole file, as it is at the commit the demo runs (this checkout).
    expect(rows.map((r) => r.code)).toEqual(file.slice(0, rows.length));
    expect(rows.length).toBe(file[file.length - 1] === '' ? file.length - 1 : file.length);
    // Node's profiler names each function by the line it starts on: that line is the hot one.
    const hot = rows.find((r) => r.hot === '1')!;
    expect(hot.code).toContain('function busyWork(');
    expect(hot.self).not.toBe('');
    // Scrolled into view inside the source's own scroll area.
    const [rowBox, areaBox] = await Promise.all([
      source.locator(`tr[data-line="${hot.line}"]`).boundingBox(),
      source.locator('tr[data-line="1"]').evaluate((r) => r.closest('div')!.getBoundingClientRect().toJSON()),
    ]);
    expect(rowBox!.y).toBeGreaterThanOrEqual(areaBox.y);
    expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(areaBox.y + areaBox.height);
    let head = '';
    try {
      head = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      // No history (an exported tree): the source comes from the working tree, without a commit.
    }
    if (head) {
      expect(await page.getByTestId('flamelens-source-commit').textContent()).toContain(`Commit ${head.slice(0, 12)}`);
    }
    await screenshot(page, 'function-details-source');
  });

  it('says how to sign in when the browser has no GitHub session', async () => {
    const page = await openExplore(browser, sandbox.hostUrl, demoQuery(), { 'fl2-view': 'table' });
    await page.context().clearCookies();
    // Chromium logs every 401 answer; these are Pyroscope saying there is no session.
    allowBrowserErrors(page, /status of 401 .*vcs\.v1\.VCSService\/Get(File|Commits)/);
    await openDetailsFromTable(page, /^Function details of .*:busyWork:\d+$/);
    const why = page.getByTestId('flamelens-source-unavailable');
    await why.waitFor({ timeout: 30000 });
    expect(await why.getAttribute('data-reason')).toBe('signed-out');
    expect(await why.textContent()).toContain('this browser has no GitHub session');
    expect(await why.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sandbox/git');
    // The lines are there all the same.
    expect(await page.getByTestId('flamelens-line-table').textContent()).toContain(DEMO);
  });
});

describe('function details of a profile without source labels', () => {
  let sandbox: Sandbox;
  let typeId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ demo: false });
    // main (main.go:12) → handle, whose line 21 spins itself (300 ms) and whose line 25 calls
    // crunch (700 ms): handle's self is 300 ms, its total 1 s, of a 1.1 s profile (gc 100 ms).
    const pprof = sourcePprof(
      [
        ['main', 'cmd/main.go', 10],
        ['handle', 'svc/handle.go', 20],
        ['crunch', 'svc/crunch.go', 5],
        ['gc', 'runtime/mgc.go', 1],
      ],
      [[[1, 12]], [[2, 21]], [[2, 25]], [[3, 7]], [[4, 3]]],
      [
        [[2, 1], [300e6]],
        [[4, 3, 1], [700e6]],
        [[5], [100e6]],
      ]
    );
    const from = Math.floor(Date.now() / 1000) - 600;
    const name = encodeURIComponent('unlabelled-app{region="eu"}');
    const r = await fetch(`${sandbox.apiUrl}/ingest?name=${name}&format=pprof&from=${from}&until=${from + 10}`, {
      method: 'POST',
      body: Buffer.from(pprof),
    });
    expect(r.status).toBe(200);
    typeId = await waitForProfiles(sandbox.apiUrl, /:cpu:nanoseconds/);
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('shows the line table of the call site and says the labels would enable the source', async () => {
    const page = await openExplore(
      browser,
      sandbox.hostUrl,
      {
        profileTypeId: typeId,
        labelSelector: '{service_name="unlabelled-app"}',
      },
      { 'fl2-view': 'flamegraph' }
    );
    // Rows of 20 px from the top: total, {gc, main}, then handle under main (names sort: gc is left).
    const graph = page.locator('canvas[aria-label="Flame graph"]');
    await graph.waitFor();
    const g = (await graph.boundingBox())!;
    await page.mouse.click(g.x + g.width * 0.6, g.y + 40 + 10, { button: 'right' });
    expect(await page.getByTestId('flamelens-menu-header').textContent()).toBe('handle');
    await page.getByText('Function details (lines and source)').click();
    const summary = page.getByTestId('flamelens-details-summary');
    await summary.waitFor({ timeout: 30000 });
    expect(await summary.textContent()).toBe(
      'Self 300 ms (27.3%)Total 1 s (90.9%)of 1.10 sAt the call site main › handle (1 s of stacks through it; a recursive call counts once)'
    );
    const lines = await page
      .getByTestId('flamelens-line-table')
      .locator('tbody tr')
      .evaluateAll((rs) => rs.map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent)));
    expect(lines).toEqual([
      ['svc/handle.go', '21', '300 ms', '300 ms', '30.0%'],
      ['svc/handle.go', '25', '0 ns', '700 ms', '70.0%'],
    ]);
    expect(await page.getByTestId('flamelens-details-callees').textContent()).toContain('crunch700 ms70.0%');
    const why = page.getByTestId('flamelens-source-unavailable');
    expect(await why.getAttribute('data-reason')).toBe('no-labels');
    expect(await why.textContent()).toContain('carry no service_repository and service_git_ref labels');
    await screenshot(page, 'function-details-no-labels');
  });
});
