import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiGet, axe, backendUnavailable, LANGUAGES, launch, newPage, screenshot } from './support.mjs';

const skip = (await backendUnavailable()) ?? false;

describe('public network dashboard', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => browser?.close());

  for (const lang of LANGUAGES) {
    test(`loads anonymously and passes axe (WCAG 2.1 AA) in ${lang}`, async () => {
      const page = await newPage(browser.context, lang);
      await page.goto('/networks');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      const firstNetwork = page.locator('main table a').first();
      await firstNetwork.waitFor();
      assert.deepEqual(await axe(page), [], 'network list has axe violations');

      await firstNetwork.click();
      await page.locator('main h1').waitFor();
      // Wait until the figures have arrived: either a chart with its text alternative or "no figures".
      await page.locator('main figure, main section#figures p, main [role="alert"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      if (await page.locator('main figure').count()) await page.locator('main figure svg').first().waitFor();
      await screenshot(page, `dashboard-${lang}`);
      assert.deepEqual(await axe(page), [], 'dashboard has axe violations');

      const toggle = page.locator('main figure button[aria-pressed]').first();
      if (await toggle.count()) {
        await toggle.click();
        await page.locator('main figure table').first().waitFor();
        assert.deepEqual(await axe(page), [], 'table view has axe violations');
      }
      await page.close();
    });
  }

  // The year the demo's members are still reporting must not read as a cut in emissions.
  const INCOMPLETE = {
    en: { note: (y, r, m) => `${y} is incomplete: ${r} of ${m} members have reported so far`, year: (y) => `${y} (incomplete)`, axis: '(incomplete)', reported: (r, m) => `${r} of ${m}`, headline: 'the latest complete year', table: 'Show as table' },
    nb: { note: (y, r, m) => `${y} er ufullstendig: ${r} av ${m} medlemmer har rapportert så langt`, year: (y) => `${y} (ufullstendig)`, axis: '(ufullstendig)', reported: (r, m) => `${r} av ${m}`, headline: 'det siste fullstendige året', table: 'Vis som tabell' },
  };
  for (const [lang, words] of Object.entries(INCOMPLETE)) {
    test(`the Innlandet dashboard marks its latest year as incomplete, with "x of y" reported, in ${lang}`, async () => {
      const networks = await apiGet('/networks?size=100');
      const innlandet = networks.items.find((n) => /Innlandet/.test(n.name));
      assert.ok(innlandet, 'the demo data has the Innlandet network');
      const stats = await apiGet(`/networks/${innlandet.id}/stats`);
      const years = stats.years.filter((y) => y.coverage.reportingMembers > 0).sort((a, b) => a.year - b.year);
      const latest = years.at(-1);
      const { reportingMembers, members } = latest.coverage;
      const best = Math.max(...years.slice(0, -1).map((y) => y.coverage.reportingMembers / y.coverage.members));
      assert.ok(best - reportingMembers / members > 0.1, `the demo's ${latest.year} is still being reported (${reportingMembers} of ${members})`);
      const n = new Intl.NumberFormat(lang);
      const [r, m] = [n.format(reportingMembers), n.format(members)];

      const page = await newPage(browser.context, lang);
      await page.goto(`/networks/${innlandet.id}`);
      const figure = page.locator('main figure').first();
      await figure.locator('svg').first().waitFor();
      await page.waitForLoadState('networkidle');
      await figure.getByText(words.note(latest.year, r, m)).waitFor();
      assert.equal(await figure.locator('svg text', { hasText: words.axis }).count(), 1, 'the axis label of the incomplete year says so');
      const summary = await figure.getByRole('img').getAttribute('aria-label');
      assert.ok(summary.includes(words.headline), `the summary headlines the latest complete year: ${summary}`);
      assert.ok(summary.includes(words.note(latest.year, r, m)), `the summary says ${latest.year} is incomplete: ${summary}`);
      await screenshot(page, `dashboard-incomplete-${lang}`, figure);
      assert.deepEqual(await axe(page), [], 'dashboard has axe violations');

      await figure.getByRole('button', { name: words.table }).click();
      const row = figure.getByRole('table').getByRole('row', { name: new RegExp(`^${latest.year}`) });
      assert.equal(await row.getByRole('rowheader').innerText(), words.year(latest.year));
      await row.getByRole('cell', { name: words.reported(r, m), exact: true }).waitFor();
      await figure.getByText(words.note(latest.year, r, m)).waitFor();
      assert.deepEqual(await axe(page), [], 'table view has axe violations');
      await page.close();
    });
  }

  test('compare page works with two networks and passes axe', async () => {
    const page = await newPage(browser.context, 'en');
    await page.goto('/compare');
    const boxes = page.getByRole('checkbox');
    await boxes.first().waitFor();
    const n = Math.min(await boxes.count(), 2);
    for (let i = 0; i < n; i++) await boxes.nth(i).check();
    await page.locator('main figure, main [role="alert"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'compare-en');
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  test('the SPA is served with its Content-Security-Policy and security headers, deep links included', async () => {
    const page = await newPage(browser.context, 'en');
    for (const path of ['/', '/networks', '/organisations/not-a-page/deep-link']) {
      const response = await page.goto(path);
      const headers = response.headers();
      assert.equal(response.status(), 200, `${path} answers the SPA`);
      assert.match(headers['content-security-policy'] ?? '', /script-src 'self'/, `${path} has the SPA's CSP`);
      assert.match(headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.equal(headers['x-frame-options'], 'DENY');
    }
    // the page really runs under that policy: no violation is reported while it renders
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto('/networks');
    await page.locator('main table a').first().waitFor();
    assert.deepEqual(violations, []);
    await page.close();
  });
});
