import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axe, backendUnavailable, LANGUAGES, launch, newPage, screenshot } from './support.mjs';

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
