import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axe, backendUnavailable, demoTargets, LANGUAGES, launch, newPage, screenshot, signedInPage, USERS } from './support.mjs';

const skip = (await backendUnavailable()) ?? false;

// Every page, in every language, as the user who would see it: axe (WCAG 2.1 A/AA) must find
// nothing, the page must be in that language, and a screenshot is kept for a human to look at.
describe('every page in every language', { skip }, () => {
  let browser;
  let ids;
  before(async () => {
    browser = await launch();
    ids = await demoTargets();
  });
  // the figure the accessibility statement quotes (features/site/components/accessibility-facts.ts)
  let checks = 0;
  after(async () => {
    console.log(`axe sweep: ${checks} page checks, 0 violations`);
    await browser?.close();
  });

  /** Waits until loading indicators are gone and the network is quiet, then checks and shoots. */
  async function check(page, name, lang) {
    checks++;
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
    if (await page.locator('main figure').count()) await page.locator('main figure svg').first().waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await screenshot(page, `${name}-${lang}`);
    assert.deepEqual(await axe(page), [], `${name} (${lang}) has axe violations`);
  }

  for (const lang of LANGUAGES) {
    test(`public pages in ${lang}`, async () => {
      const page = await newPage(browser.context, lang);
      await page.goto('/networks');
      await check(page, 'networks', lang);
      const firstLink = await page.getByRole('navigation').getByRole('link').first().innerText();
      if (lang === 'en') assert.equal(firstLink, 'Networks');
      else assert.notEqual(firstLink, 'Networks', `the navigation is translated into ${lang}`);
      await page.goto(`/networks/${ids.networkId}`);
      await check(page, 'dashboard', lang);
      await page.goto(`/compare?networkId=${ids.networkId}${ids.other ? `&networkId=${ids.other}` : ''}`);
      await check(page, 'compare', lang);
      await page.goto(`/organisations/${ids.orgId}`);
      await check(page, 'organisation', lang);
      await page.goto('/login');
      await check(page, 'login', lang);
      for (const path of ['/accessibility', '/privacy', '/security']) {
        await page.goto(path);
        await check(page, path.slice(1), lang);
      }
      await page.close();
    });

    test(`reporter pages in ${lang}, including a refused submit`, async () => {
      const page = await signedInPage(browser.context, USERS.reporter, lang);
      await page.goto('/tasks');
      await check(page, 'tasks-reporter', lang);
      await page.goto('/profile');
      await check(page, 'profile', lang);
      await page.goto(`/organisations/${ids.orgId}/reports/${ids.year}`);
      await page.locator('#notation-INVESTMENTS').waitFor();
      await check(page, 'report', lang);
      // Take one notation key away and try to submit: the refusal and the marked row must be accessible too.
      await page.locator('#notation-INVESTMENTS').selectOption('');
      await page.locator('.sticky-actions .btn-primary').click();
      await page.locator('.editor-status [role="alert"]').waitFor();
      await check(page, 'report-refused', lang);
      await page.close();
    });

    test(`coordinator pages in ${lang}`, async () => {
      const page = await signedInPage(browser.context, USERS.coordinator, lang);
      await page.goto('/tasks');
      await check(page, 'tasks-coordinator', lang);
      await page.goto('/review');
      await page.locator('main table').first().waitFor();
      const open = page.locator('main table button').first();
      if (await open.count()) {
        await open.click();
        await page.locator('.review-panel table').last().waitFor();
      }
      await check(page, 'review', lang);
      await page.goto(`/networks/${ids.networkId}/members`);
      await check(page, 'members', lang);
      await page.goto(`/networks/${ids.networkId}`);
      await check(page, 'dashboard-coordinator', lang);
      await page.close();
    });

    test(`admin pages in ${lang}`, async () => {
      const page = await signedInPage(browser.context, USERS.admin, lang);
      for (const path of ['/admin/networks', '/admin/users', '/admin/api-clients', '/admin/factor-sets', '/admin/site-settings']) {
        await page.goto(path);
        await check(page, `admin${path.replace(/\//g, '-')}`, lang);
      }
      await page.goto('/does-not-exist');
      await check(page, 'not-found', lang);
      await page.close();
    });
  }
});
