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
    'team page: namespaces, monthly cost and clusters of a team',
    async (page, { frontend, out }) => {
      const url = `${frontend}/catalog/default/group/payments`;
      await showsAfterScan(page, url, 'Kubernetes readiness and cost');
      const card = page
        .locator('article, [class*="MuiCard"]', {
          hasText: 'Kubernetes readiness and cost',
        })
        .first();
      await card
        .getByText('payments-prod-us')
        .first()
        .waitFor({ timeout: 30_000 });
      const text = await card.innerText();
      expect(text).toContain('fraud');
      expect(text).toMatch(/\$\d/);
      // The namespaces table fits the half-width card: wider, it cut the isolation gaps off.
      const overflow = await card
        .getByRole('table', { name: 'Namespaces this team owns' })
        .evaluate(
          table =>
            table.parentElement.scrollWidth - table.parentElement.clientWidth,
        );
      expect(overflow).toBe(0);
      expect(
        await card
          .getByRole('list', {
            name: 'Isolation gaps of payments on legacy-onprem',
          })
          .innerText(),
      ).toContain('no ResourceQuota');
      await page.screenshot({
        path: `${out}/team-payments.png`,
        fullPage: true,
      });
    },
  ],
  [
    'cluster page: full scorecard with what will fail first',
    async (page, { frontend, out }) => {
      const url = `${frontend}/catalog/default/resource/legacy-onprem/readiness`;
      await showsAfterScan(page, url, 'What will fail first');
      const risks = await page
        .getByRole('list', { name: 'What will fail first' })
        .first()
        .innerText();
      expect(risks).toContain('DiskPressure');
      const body = await page.locator('body').innerText();
      expect(body).toContain('identity-no-broad-admin-grants');
      expect(body).toContain('0 / 27');
      // A report kept from an earlier start of the portal (data/ outlives it, and the scheduler
      // waits out its 30 minutes) may predate the annotation: a rescan brings it up to date.
      await page
        .getByRole('button', { name: 'Rescan legacy-onprem now' })
        .click();
      await page
        .getByRole('list', { name: 'Annotations not applied' })
        .waitFor({ timeout: 60_000 });
      expect(
        await page
          .getByRole('list', { name: 'Annotations not applied' })
          .innerText(),
      ).toContain(
        'readiness.dev/exempt.tenancy-resource-quotas on Namespace search: expired on 2025-12-31',
      );
      await page.screenshot({
        path: `${out}/cluster-legacy-onprem.png`,
        fullPage: true,
      });
    },
  ],
  [
    'cluster page: attest a fact the API cannot show',
    async (page, { frontend, out }) => {
      const url = `${frontend}/catalog/default/resource/payments-prod-us/readiness`;
      await showsAfterScan(page, url, 'Attestations and exemptions');
      const form = page.getByRole('form', { name: 'Add an attestation' });
      const evidence = `https://wiki.example.com/sso/${Date.now()}`;
      await form.getByLabel(/Evidence/).fill(evidence);
      await form.getByRole('button', { name: 'Attest' }).click();
      // Listed with its author once created; the page rescans the cluster after it.
      await page.getByText(evidence).first().waitFor({ timeout: 30_000 });
      const row = await page
        .getByRole('row', { name: new RegExp(evidence) })
        .first()
        .innerText();
      expect(row).toContain('identity-sso-attested');
      expect(row).toContain('live');
      await page.screenshot({
        path: `${out}/cluster-attested.png`,
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

      // The band filter (the browser's own select) narrows the table: red is under 10.
      await page.getByLabel('Score band').selectOption('not-ready');
      await page.getByText(/^Showing 2 of 3 clusters/).waitFor();
      const red = await page.getByRole('table').first().innerText();
      expect(red).toContain('legacy-onprem');
      expect(red.includes('payments-prod-us')).toBe(false);

      // A cluster's name opens its catalog page inside the app, without reloading it.
      await page.evaluate(() => {
        window.readinessBeforeClick = true;
      });
      await page
        .getByRole('link', { name: 'legacy-onprem', exact: true })
        .click();
      await page.waitForURL(/\/catalog\/default\/resource\/legacy-onprem$/);
      expect(await page.evaluate(() => window.readinessBeforeClick)).toBe(true);
    },
  ],
  [
    'report page: CSV export',
    async (page, { frontend, out }) => {
      await showsAfterScan(page, `${frontend}/readiness`, 'payments-prod-us');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: /export csv/i }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('readiness-report.csv');
      const file = `${out}/readiness-report.csv`;
      await download.saveAs(file);
      const lines = (await import('node:fs'))
        .readFileSync(file, 'utf8')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toMatch(/^cluster,total,max,/);
      expect(lines.length).toBe(4);
      expect(lines.some(l => l.startsWith('payments-prod-us,20,27,'))).toBe(
        true,
      );
    },
  ],
];
