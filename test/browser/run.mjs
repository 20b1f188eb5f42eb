// Browser tests: headless Debian Chromium (never a downloaded browser) against the running
// dev portal with its demo data. Writes test-results/browser.json and screenshots.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { startPortal } from './portal.mjs';
import { tests } from './portal.browser.mjs';

const OUT = 'test-results';
fs.mkdirSync(OUT, { recursive: true });
const log = fs.createWriteStream(`${OUT}/portal.log`);

let passed = 0;
let failed = 0;
let portal;
let browser;
try {
  portal = await startPortal({ log });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  for (const [name, test] of tests) {
    const started = Date.now();
    try {
      await test(page, { ...portal, out: OUT });
      passed += 1;
      console.log(`✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(
        `✗ ${name}\n  ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 6)
          .join('\n  ')}`,
      );
      await page
        .screenshot({
          path: `${OUT}/failed-${name.replace(/\W+/g, '-')}.png`,
          fullPage: true,
        })
        .catch(() => {});
    }
  }
} catch (error) {
  failed += 1;
  console.log(
    `✗ browser test set-up: ${error?.message ?? error} (see ${OUT}/portal.log)`,
  );
} finally {
  await browser?.close().catch(() => {});
  portal?.stop();
}
fs.writeFileSync(`${OUT}/browser.json`, JSON.stringify({ passed, failed }));
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
