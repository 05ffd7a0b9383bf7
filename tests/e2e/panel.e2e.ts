/**
 * The panel's exports in a real browser: a profile whose function names hold markup is ingested,
 * exported as SVG and HTML from the panel, and the files are opened: names stay text, the SVG adds
 * no elements of their markup, and the HTML viewer works with the network off.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser } from 'playwright-core';
import {
  ARTIFACTS,
  launchBrowser,
  recordedPage,
  watchPage,
  Sandbox,
  screenshot,
  startSandbox,
  exploreUrl,
} from './harness';

const HOSTILE = '<img src=x onerror=alert(1)>';
let sandbox: Sandbox;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startSandbox({ demo: false });
  browser = await launchBrowser();
  const folded = `main;${HOSTILE};work 70\nmain;<script>alert(2)</script> 30\n`;
  const res = await fetch(`${sandbox.apiUrl}/ingest?name=hostile.cpu&format=folded&sampleRate=100`, {
    method: 'POST',
    body: folded,
  });
  expect(res.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

async function exportFrom(format: string): Promise<string> {
  const { page } = await recordedPage(browser);
  await page.goto(
    exploreUrl(sandbox.hostUrl, {
      profileTypeId: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds',
      labelSelector: '{service_name="hostile"}',
    })
  );
  await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
  // Names are text in the table and tooltip, never markup.
  await expect(page.getByTestId('flamelens-top-table').textContent()).resolves.toContain(HOSTILE);
  expect(await page.locator('[data-testid="flamelens-top-table"] img').count()).toBe(0);
  await page.getByTestId('flamelens-export').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByText(format, { exact: true }).click()]);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, dl.suggestedFilename());
  await dl.saveAs(file);
  await page.close();
  return file;
}

it('exports SVG in which hostile names add no elements', async () => {
  const file = await exportFrom('SVG (vector)');
  const { page } = await recordedPage(browser);
  await page.goto(`file://${file}`);
  const tags = await page.evaluate(() =>
    [...new Set(Array.from(document.querySelectorAll('*'), (e) => e.tagName.toLowerCase()))].sort()
  );
  expect(tags).toEqual(['g', 'rect', 'svg', 'text', 'title']);
  expect(await page.evaluate(() => document.documentElement.textContent)).toContain('<img src=x onerror=alert(1)>');
  await screenshot(page, 'export-svg');
  await page.close();
});

it('exports an HTML viewer that works with the network off and shows names as text', async () => {
  const file = await exportFrom('Interactive HTML');
  const context = await browser.newContext();
  await context.setOffline(true);
  const { page } = await watchPage(await context.newPage());
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${file}`);
  await page.fill('#search', 'img');
  await expect(page.textContent('#info')).resolves.toMatch(/matched: 70\.00% of total/);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('script').count()).toBe(2);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([`file://${file}`]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'export-html.png') });
  await context.close();
});
