/**
 * Never lose a frame to truncation (#18), in Explore through the sandbox's proxy: a profile cut to
 * 40 nodes has the "other" in view loaded by its call site (and only that one, within the bounds),
 * its top table lists every function exactly — equal to the functions of its full pprof decoded
 * independently with pprof-format — the footer's share is the graph's, zoom loads what becomes
 * visible, and the focus survives new data (or says where it went).
 */
import { Browser, Page } from 'playwright-core';
import { Profile } from 'pprof-format';
import { fromBinary } from '@bufbuild/protobuf';
import {
  ingestFolded,
  launchBrowser,
  openExplore,
  Sandbox,
  screenshot,
  startSandbox,
  waitForProfiles,
} from './harness';
import { SelectMergeStacktracesRequestSchema, ProfileFormat } from '../../src/pyroscope/gen/querier/v1/querier_pb';
import { clientFor } from '../../sandbox/server/testing';

const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
let browser: Browser;

// 10 ms a sample. Cut to 40 nodes (Pyroscope's rule: the 40th largest total is 3, ties kept):
// main, cold, tiny and a0…a99 stay; cold's 50 f-functions (1 s) fold into one "other", tiny's three
// t-functions (30 ms, 0.74% of 4.03 s: under 8 px) into another.
const PROFILE = [
  ...Array.from({ length: 100 }, (_, i) => `main;a${i} 3`),
  ...Array.from({ length: 50 }, (_, i) => `main;cold;f${i} 2`),
  ...Array.from({ length: 3 }, (_, i) => `main;tiny;t${i} 1`),
].join('\n');

/**
 * SelectMergeStacktraces requests of a page (from its next load on), by kind, with the most call-site
 * requests in flight at once. Read in the page's fetch: Chromium does not hand Blob bodies to
 * Playwright's request events.
 */
async function watchMerges(page: Page) {
  const seen = { query: 0, pprof: 0, functions: 0, callSites: [] as string[][], maxConcurrent: 0 };
  let inFlight = 0;
  const callSiteIds = new Set<number>();
  await page.exposeFunction('flamelensMerge', (event: 'start' | 'end', id: number, base64?: string) => {
    if (event === 'end') {
      inFlight -= callSiteIds.delete(id) ? 1 : 0;
      return;
    }
    const m = fromBinary(SelectMergeStacktracesRequestSchema, Buffer.from(base64!, 'base64'));
    if (m.format === ProfileFormat.PPROF) {
      seen.pprof++;
    } else if (m.format === ProfileFormat.FUNCTIONS) {
      seen.functions++;
    } else if (m.stackTraceSelector?.callSite.length) {
      seen.callSites.push(m.stackTraceSelector.callSite.map((l) => l.name));
      callSiteIds.add(id);
      inFlight++;
      seen.maxConcurrent = Math.max(seen.maxConcurrent, inFlight);
    } else {
      seen.query++;
    }
  });
  await page.addInitScript(() => {
    const w = window as unknown as { flamelensMerge: (e: string, id: number, b64?: string) => Promise<void> };
    const original = window.fetch.bind(window);
    let calls = 0;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.endsWith('/querier.v1.QuerierService/SelectMergeStacktraces') || !(init?.body instanceof Blob)) {
        return original(input, init);
      }
      const id = ++calls;
      const bytes = new Uint8Array(await init.body.arrayBuffer());
      let binary = '';
      bytes.forEach((b) => (binary += String.fromCharCode(b)));
      await w.flamelensMerge('start', id, btoa(binary));
      try {
        return await original(input, init);
      } finally {
        void w.flamelensMerge('end', id);
      }
    };
  });
  return seen;
}

/** Function → [self, total] of a pprof profile: each sample adds to every function on its stack once. */
function functionsOfPprof(bytes: Uint8Array): Map<string, [number, number]> {
  const p = Profile.decode(bytes);
  const str = (i: number | bigint) => String(p.stringTable.strings[Number(i)]);
  const fnName = new Map(p.function.map((f) => [Number(f.id), str(f.name)]));
  const locNames = new Map(
    p.location.map((l) => [Number(l.id), l.line.map((ln) => fnName.get(Number(ln.functionId)) ?? '').reverse()])
  );
  const out = new Map<string, [number, number]>();
  for (const s of p.sample) {
    const v = Number(s.value[s.value.length - 1]);
    const frames = s.locationId.flatMap((id) => locNames.get(Number(id)) ?? []);
    const row = (n: string) => out.get(n) ?? out.set(n, [0, 0]).get(n)!;
    row(frames[0])[0] += v;
    for (const n of new Set(frames)) {
      row(n)[1] += v;
    }
  }
  return out;
}

async function topRows(page: Page): Promise<string[]> {
  return page.getByTestId('flamelens-top-table').evaluate((t) =>
    Array.from(t.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td'))
        .slice(0, 3)
        .map((c, i) => (i === 0 ? c.getAttribute('title') : c.textContent?.split(' ').slice(0, 2).join(' ')))
        .join(' | ')
    )
  );
}

const matched = async (page: Page, q: string) => {
  await page.getByLabel('Search functions').fill(q);
  return page.getByTestId('flamelens-matched').textContent();
};

/** Nanoseconds as Grafana's ns unit writes these values (0 ns, 10 ms, 4.03 s). */
const ns = (v: number) => (v === 0 ? '0 ns' : v >= 1e9 ? `${+(v / 1e9).toFixed(2)} s` : `${+(v / 1e6).toFixed(2)} ms`);

const pct = (text: string | null) => Number(/([\d.]+)%/.exec(text ?? '')?.[1]);

async function waitForText(page: Page, testId: string, re: RegExp, timeoutMs = 30000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last =
      (await page
        .getByTestId(testId)
        .textContent()
        .catch(() => '')) ?? '';
    if (re.test(last)) {
      return last;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`${testId} never read ${re} (last: "${last}")`);
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  { flags: 'functionProjections=off', source: /^Exact: all 156 functions, from the merged profile\.$/, kind: 'pprof' },
  {
    flags: 'functionProjections=on',
    source: /^Exact: all 156 functions, from the server's function table\.$/,
    kind: 'functions',
  },
] as const)('a profile cut to 40 nodes ($flags)', ({ flags, source, kind }) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ demo: false, env: { FLAMELENS_FEATURE_FLAGS: flags } });
    await ingestFolded(sandbox.apiUrl, 'trunc.cpu', PROFILE);
    await waitForProfiles(sandbox.apiUrl, /^process_cpu:/);
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('loads the "other" in view by its call site, lists every function exactly, and loads more on zoom', async () => {
    const query = { profileTypeId: CPU, labelSelector: '{service_name="trunc"}', maxNodes: 40 };
    const page = await openExplore(browser, sandbox.hostUrl, query, { 'fl2-view': 'both' });
    const merges = await watchMerges(page);
    await page.reload();
    await waitForText(page, 'flamelens-refine', /^Folded frames loaded \(1\)$/);
    // Only the visible "other" was asked for: cold's (1 s). tiny's is 6 px wide and stays folded.
    expect(merges.callSites).toEqual([['main', 'cold']]);
    expect(merges.maxConcurrent).toBeLessThanOrEqual(2);
    await expect(matched(page, '/^f\\d+$/')).resolves.toBe('matched: 24.81% of total in the graph');

    // The footer's share is the graph's: what is still folded (tiny's three functions).
    await page.getByLabel('Search functions').fill('');
    const footer = await waitForText(page, 'flamelens-truncation', /folded by the node limit/);
    expect(footer).toMatch(/^0\.7% of the graph is folded by the node limit/);
    expect(Math.abs(pct(footer) - pct(await matched(page, '/^other$/')))).toBeLessThan(0.05);

    // Every function, exactly: the folded t-functions too, equal to the full pprof's.
    await waitForText(page, 'flamelens-top-source', source);
    expect(kind === 'pprof' ? merges.pprof : merges.functions).toBe(1);
    const now = Date.now();
    const raw = await clientFor(sandbox.apiUrl).selectMergeProfile({
      profileTypeID: CPU,
      labelSelector: '{service_name="trunc"}',
      start: now - 3600e3,
      end: now,
    });
    const expected = functionsOfPprof(raw!);
    expect(expected.size).toBe(156);
    await page.getByLabel('Search functions').fill('/^(t\\d|main|tiny|cold)$/');
    const rows = await topRows(page);
    expect(rows.sort()).toEqual(
      ['main', 'cold', 'tiny', 't0', 't1', 't2']
        .map((n) => `${n} | ${ns(expected.get(n)![0])} | ${ns(expected.get(n)![1])}`)
        .sort()
    );

    // Zoom into tiny: its "other" now fills the width and is loaded; nothing else is asked.
    await page.getByLabel('Search functions').fill('/^tiny$/');
    await page.getByRole('button', { name: /Next match/ }).click();
    await page.locator('canvas[aria-label="Flame graph"]').focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 100 && merges.callSites.length < 2; i++) {
      await page.waitForTimeout(100);
    }
    await waitForText(page, 'flamelens-refine', /^Folded frames loaded \(1\)$/);
    expect(merges.callSites).toEqual([
      ['main', 'cold'],
      ['main', 'tiny'],
    ]);
    await page.getByLabel('Search functions').fill('');
    await expect(matched(page, '/^other$/')).resolves.toBe('matched: 0.00% of total');
    await expect(matched(page, '/^t\\d$/')).resolves.toBe('matched: 0.74% of total');
    await screenshot(page, `detail-${kind}`);
    await page.close();
  });

  it('keeps the focus on its call path when new data arrives, and says when the path is gone', async () => {
    const query = { profileTypeId: CPU, labelSelector: '{service_name="trunc"}', maxNodes: 40 };
    const page = await openExplore(browser, sandbox.hostUrl, query, {
      'fl2-view': 'flamegraph',
      'fl2-zoom': 'main/cold/f7',
    });
    // f7 is folded in the 40-node answer: it is there once cold's "other" is loaded.
    await waitForText(page, 'flamelens-breadcrumbs', /main.*cold.*f7/);
    await ingestFolded(sandbox.apiUrl, 'trunc.cpu', 'main;cold;f7 5\nmain;warm 1\n');
    await page.getByRole('button', { name: /Run query/ }).click();
    await waitForText(page, 'flamelens-breadcrumbs', /main.*cold.*f7/);
    await expect(matched(page, '/^warm$/')).resolves.toMatch(/^matched: 0\.\d+% of total( in the graph)?$/);
    // A path that is not in the data: the nearest caller, said.
    const gone = await openExplore(browser, sandbox.hostUrl, query, {
      'fl2-view': 'flamegraph',
      'fl2-zoom': 'main/cold/gone',
    });
    await expect(waitForText(gone, 'flamelens-note', /focused frame/)).resolves.toBe(
      'The focused frame main › cold › gone is not in this data; showing its nearest caller in this data, cold.'
    );
    await page.close();
    await gone.close();
  });
});
