/**
 * Grafana 13.2 runs React 19. The same dist/ plugins, built once against @grafana/* 13.1.1 and
 * React 18, must load and render in a host built with @grafana/* 13.2.2 and React 19.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser } from 'playwright-core';
import { launchBrowser, recordedPage, ROOT, Sandbox, screenshot, startSandbox } from './harness';
import { recordedFixtures } from '../../src/testing/recorded';

const BUILD = 'dist-sandbox/host-react19';
let sandbox: Sandbox;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, BUILD, 'host.js'))) {
    throw new Error(`${BUILD}/host.js is missing: the e2e runner builds it (npm run test:e2e)`);
  }
  sandbox = await startSandbox({ demo: false, env: { FLAMELENS_HOST_BUILD: BUILD } });
  browser = await launchBrowser();
  const wall = recordedFixtures().find((r) => r.file === 'node-wall.pb.gz')!;
  const res = await fetch(`${sandbox.apiUrl}/ingest?name=ride-sharing-app&format=pprof`, {
    method: 'POST',
    body: wall.bytes as BodyInit,
  });
  expect(res.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

it('loads the same built plugins on React 19 and renders the flame graph', async () => {
  const { page, responses, errors } = await recordedPage(browser);
  await page.goto(
    `${sandbox.hostUrl}/d/flamelens-demo?var-profile_type=wall:wall:nanoseconds:wall:nanoseconds&from=now-1h&to=now`
  );
  await page.getByTestId('flamelens-top-table').waitFor({ timeout: 60000 });
  expect(await page.evaluate(() => (window as unknown as { __hostReactVersion: string }).__hostReactVersion)).toMatch(
    /^19\./
  );
  const urls = responses.map((r) => new URL(r.url()).pathname);
  expect(urls).toEqual(
    expect.arrayContaining([
      '/public/plugins/flamelens-profiles-datasource/module.js',
      '/public/plugins/flamelens-flamegraph-panel/module.js',
    ])
  );
  await expect(page.getByTestId('flamelens-top-table').textContent()).resolves.toMatch(/workload/);
  await screenshot(page, 'react19-dashboard');
  expect(errors.filter((e) => /pageerror|Invalid hook call|unsafe-eval/.test(e))).toEqual([]);
  await page.close();
});
