/** Starting the sandbox and a browser for end-to-end tests. */
import { spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, Browser, Page, Response } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-results', 'e2e');

export interface Sandbox {
  hostUrl: string;
  apiUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `sandbox/start.ts` (servers and, unless demo is false, the ride-share demo) on free ports. */
export function startSandbox(opts: { demo?: boolean; env?: Record<string, string> } = {}): Promise<Sandbox> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flamelens-e2e-'));
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sandbox', 'start.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        FLAMELENS_HOST_PORT: '0',
        FLAMELENS_API_PORT: '0',
        FLAMELENS_DATA_DIR: dataDir,
        FLAMELENS_DEMO: opts.demo === false ? 'off' : 'on',
        DEMO_FLUSH_MS: '2000',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const host = /^Grafana host: (\S+)$/m.exec(out);
      const api = /^Pyroscope API: (\S+)$/m.exec(out);
      if (host && api) {
        resolve({
          hostUrl: host[1],
          apiUrl: api[1],
          dataDir,
          stop: () =>
            new Promise((r) => {
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code} before listening: ${out}`)));
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

export interface Recorded {
  page: Page;
  responses: Response[];
  /** Script errors, console errors and CSP violations, in order. */
  errors: string[];
}

/**
 * Every watched page of this test file, with the errors it may show. A test that expects the
 * browser to log an error (a failed request it provokes) says so with `allowBrowserErrors`; any
 * other console error, uncaught exception or CSP violation fails the test it happened in
 * (`browserErrors.ts`, run after each test).
 */
const watched: Array<{ rec: Recorded; allowed: RegExp[]; checked: number }> = [];

/** Records a page's script errors, console errors and CSP violations (reported through the console). */
export async function watchPage(page: Page): Promise<Recorded> {
  const rec: Recorded = { page, responses: [], errors: [] };
  page.on('response', (r) => rec.responses.push(r));
  page.on('pageerror', (e) => rec.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') {
      const at = m.location()?.url ? ` (${m.location().url})` : '';
      rec.errors.push(`console: ${m.text()}${at}`);
    }
  });
  // A violation that a script catches (an eval probe) logs nothing by itself: report every one.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)
    )
  );
  watched.push({ rec, allowed: [], checked: 0 });
  return rec;
}

/** A page that records every response and every script error or CSP violation. */
export async function recordedPage(browser: Browser, width = 1400, height = 900): Promise<Recorded> {
  return watchPage(await browser.newPage({ viewport: { width, height } }));
}

/** Errors this page may log because the test provokes them (e.g. a 500 the test asks the API for). */
export function allowBrowserErrors(page: Page, ...patterns: RegExp[]): void {
  const w = watched.find((x) => x.rec.page === page);
  if (!w) {
    throw new Error('allowBrowserErrors: the page is not watched (open it with recordedPage or watchPage)');
  }
  w.allowed.push(...patterns);
}

/** The errors logged since the last call that no test allowed, by page. */
export function unexpectedBrowserErrors(): string[] {
  const out: string[] = [];
  for (const w of watched) {
    const fresh = w.rec.errors.slice(w.checked);
    w.checked = w.rec.errors.length;
    out.push(...fresh.filter((e) => !w.allowed.some((re) => re.test(e))));
  }
  return out;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Waits until the API holds a profile type matching `pattern` (the demo pushes every 2 s). */
export async function waitForProfiles(apiUrl: string, pattern: RegExp, timeoutMs = 60000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const now = Date.now();
    const r = await fetch(`${apiUrl}/querier.v1.QuerierService/ProfileTypes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ start: String(now - 3600e3), end: String(now + 60e3) }),
    });
    const body = (await r.json()) as { profileTypes?: Array<{ ID: string }> };
    const found = body.profileTypes?.find((t) => pattern.test(t.ID));
    if (found) {
      return found.ID;
    }
    await new Promise((res) => setTimeout(res, 1000));
  }
  throw new Error(`no profile type matching ${pattern} within ${timeoutMs} ms`);
}

/**
 * An Explore URL running one Flamelens query (profile type by default, no group by) over a range,
 * with extra URL parameters (the panel's view state); without a query, Explore as a new user opens it.
 */
export function exploreUrl(
  host: string,
  query?: Record<string, unknown>,
  opts: { from?: string; params?: Record<string, string> } = {}
): string {
  if (!query) {
    return `${host}/explore`;
  }
  const panes = {
    a: {
      datasource: 'flamelens-pyroscope',
      queries: [{ refId: 'A', queryType: 'profile', groupBy: [], ...query }],
      range: { from: opts.from ?? 'now-1h', to: 'now' },
    },
  };
  return `${host}/explore?${new URLSearchParams({ schemaVersion: '1', panes: JSON.stringify(panes), ...opts.params })}`;
}

/** Ingests folded stacks as one profile (`name{labels}`, 100 samples per second), as a test's known numbers. */
export async function ingestFolded(apiUrl: string, name: string, folded: string): Promise<void> {
  const res = await fetch(`${apiUrl}/ingest?name=${encodeURIComponent(name)}&format=folded&sampleRate=100`, {
    method: 'POST',
    body: folded,
  });
  if (res.status !== 200) {
    throw new Error(`ingest of ${name} answered ${res.status}: ${await res.text()}`);
  }
}

/** Explore running one query (over the last hour) with view-state parameters, once its panel is there. */
export async function openExplore(
  browser: Browser,
  host: string,
  query: Record<string, unknown>,
  params: Record<string, string> = {}
): Promise<Page> {
  const { page } = await recordedPage(browser);
  await page.goto(exploreUrl(host, query, { from: 'now-1h', params }));
  await page.locator('[data-flamelens-panel]').waitFor({ timeout: 60000 });
  return page;
}

/**
 * The call tree's rows as read: level, name (whole, from the cell's title) and the last column,
 * the total (bottom-up trees, the callers, have no self column).
 */
export async function callTreeRows(page: Page): Promise<string[]> {
  const grid = page.getByTestId('flamelens-call-tree');
  await grid.waitFor();
  return grid.evaluate((g) =>
    Array.from(g.querySelectorAll('[role="row"][aria-level]')).map((r) => {
      const cells = r.querySelectorAll('[role="gridcell"]');
      return `${r.getAttribute('aria-level')} ${cells[0].getAttribute('title')} ${cells[cells.length - 1].textContent}`;
    })
  );
}
