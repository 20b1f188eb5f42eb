// What a person sees in the running dev portal with the demo data.
import { expect } from './expect.mjs';

async function signIn(page, frontend) {
  await page.goto(frontend);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click({ timeout: 60_000 });
  await page
    .getByRole('link', { name: 'Readiness' })
    .first()
    .waitFor({ timeout: 60_000 });
}

/** Reloads until the text shows: the first scans finish a few seconds after start-up. */
async function showsAfterScan(page, url, text, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(url);
    try {
      await page
        .getByText(text, { exact: false })
        .first()
        .waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

export const tests = [
  [
    'sign in as guest',
    async (page, { frontend }) => {
      await signIn(page, frontend);
    },
  ],
  [
    'service page: production-grade cluster and isolated namespace',
    async (page, { frontend, out }) => {
      const url = `${frontend}/catalog/default/component/payments-api`;
      await showsAfterScan(page, url, 'Tenancy isolation of payments-api');
      const card = page
        .locator('article, [class*="MuiCard"]', {
          hasText: 'Production readiness',
        })
        .first();
      const text = await card.innerText();
      expect(text).toContain('payments-prod-us');
      expect(text).toMatch(/\d+ \/ 27/);
      expect(text).toContain('Multi-tenancy & isolation');
      expect(text).toContain('payments');
      expect(text).toContain('isolated');
      await card.screenshot({ path: `${out}/service-payments-api.png` });
    },
  ],
  [
    'service page: neglected cluster shows the isolation gaps',
    async (page, { frontend, out }) => {
      const url = `${frontend}/catalog/default/component/recommendations`;
      await showsAfterScan(page, url, 'Tenancy isolation of recommendations');
      const card = page
        .locator('article, [class*="MuiCard"]', {
          hasText: 'Production readiness',
        })
        .first();
      const text = await card.innerText();
      expect(text).toContain('legacy-onprem');
      expect(text).toContain('no ResourceQuota');
      expect(text).toContain('pods use the default ServiceAccount');
      const runbook = card.getByRole('link', { name: /runbook/i }).first();
      expect(await runbook.getAttribute('href')).toMatch(
        /\/readiness\/runbooks\/[a-z-]+$/,
      );
      await page.screenshot({
        path: `${out}/service-recommendations.png`,
        fullPage: true,
      });
    },
  ],
  [
    'report page: every demo cluster with its scores',
    async (page, { frontend, out }) => {
      await showsAfterScan(page, `${frontend}/readiness`, 'payments-prod-us');
      const body = await page.getByRole('table').first().innerText();
      for (const cluster of [
        'legacy-onprem',
        'shop-staging-eu',
        'payments-prod-us',
      ]) {
        expect(body).toContain(cluster);
      }
      await page.screenshot({ path: `${out}/report.png`, fullPage: true });
    },
  ],
];
