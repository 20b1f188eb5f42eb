// Loads the report page in headless Debian Chromium and times it until the table shows its
// rows: every cluster's, or, when the table pages, a full first page whose footer counts every
// cluster ("1-100 of 1000"). Usage: node measurePage.mjs <url> <clusters> <runs> [navigate];
// prints JSON. Times are from navigation start (a cold load of /readiness) or, with
// `navigate`, from the click on the home page's link to the report, the app already running.
import { chromium } from 'playwright-core';

const [url, expectedRows, runs, mode] = [
  process.argv[2],
  Number(process.argv[3]),
  Number(process.argv[4] ?? 3),
  process.argv[5] ?? 'load',
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    // A fresh context per run: nothing cached, as on a first visit.
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', error => errors.push(String(error)));
    let start = 0;
    if (mode === 'navigate') {
      await page.goto(url, { waitUntil: 'commit' });
      const link = await page.waitForSelector('a[href="/readiness"]');
      // Let the home page settle (its load, its lazy chunks) as a reader would before clicking.
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      start = await link.evaluate(a => {
        const clickedAt = performance.now();
        a.click();
        return clickedAt;
      });
    } else {
      await page.goto(`${url}/readiness`, { waitUntil: 'commit' });
    }
    // Polled on every animation frame: the first frame in which all rows are in the DOM.
    const rowsAt = await (
      await page.waitForFunction(
        expected => {
          const rows = document.querySelectorAll('table tbody tr').length;
          if (rows >= expected) return performance.now();
          if (rows === 0) return false;
          // The pager's caption, a <p> of its own in both pages. Read with textContent: the
          // innerText of the page, read before, laid the page out on every frame polled and
          // slowed the very render being timed.
          let page = null;
          for (const p of document.querySelectorAll('p')) {
            page = /^(\d+)-(\d+) of (\d+)$/.exec(p.textContent.trim());
            if (page) break;
          }
          const shown = page ? Number(page[2]) - Number(page[1]) + 1 : -1;
          return page && Number(page[3]) === expected && rows === shown
            ? performance.now()
            : false;
        },
        expectedRows,
        { polling: 'raf', timeout: 120_000 },
      )
    ).jsonValue();
    // The frame after: the rows have been laid out and painted.
    const paintedAt = await page.evaluate(
      () =>
        new Promise(resolve =>
          requestAnimationFrame(() =>
            setTimeout(() => resolve(performance.now())),
          ),
        ),
    );
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const api = entries.find(e => e.name.endsWith('/api/readiness/clusters'));
      const script = entries.find(e => e.name.endsWith('/app.js'));
      return {
        scriptEnd: script?.responseEnd,
        apiStart: api?.requestStart,
        apiFirstByte: api?.responseStart,
        apiEnd: api?.responseEnd,
        apiKB: api ? Math.round(api.decodedBodySize / 1024) : null,
        rows: document.querySelectorAll('table tbody tr').length,
        firstCell: document.querySelector('table tbody tr td')?.textContent,
      };
    });
    results.push({
      mode,
      renderedMs: Math.round(rowsAt - start),
      paintedMs: Math.round(paintedAt - start),
      // The app's script loads before the click when navigating: only a cold load has it.
      scriptLoadedMs: mode === 'load' ? Math.round(timing.scriptEnd) : null,
      apiRequestedMs: Math.round(timing.apiStart - start),
      apiServerMs: Math.round(timing.apiFirstByte - timing.apiStart),
      apiDoneMs: Math.round(timing.apiEnd - start),
      renderAfterDataMs: Math.round(rowsAt - timing.apiEnd),
      apiKB: timing.apiKB,
      rows: timing.rows,
      firstCell: timing.firstCell,
      errors,
    });
    await context.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(`${JSON.stringify(results)}\n`);
