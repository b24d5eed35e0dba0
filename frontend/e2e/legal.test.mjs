import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { apiGet, apiToken, backendUnavailable, BASE_URL, demoTargets, launch, newPage, screenshot, signedInPage, USERS } from './support.mjs';

const skip = (await backendUnavailable()) ?? false;

/** Presses Tab until the link named `name` has the focus; returns how many presses it took. */
async function tabTo(page, name, max = 800) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.tagName === 'A' ? el.textContent.trim() : null;
    });
    if (focused === name) return presses;
  }
  throw new Error(`"${name}" not reached with ${max} presses of Tab on ${page.url()}`);
}

async function ready(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
}

// The accessibility statement and the privacy notice: reached by keyboard from the footer of every page (axe checks
// them with every other page in pages.test.mjs), and the two things people do with them (an administrator names the contacts, which
// security.txt then publishes; a person downloads their own data) done through the SPA and checked through the API.
describe('accessibility statement, privacy notice and what they promise', { skip }, () => {
  let browser;
  let ids;
  before(async () => {
    browser = await launch();
    ids = await demoTargets();
  });
  after(async () => browser?.close());

  test('an administrator names the operator and contacts in the SPA; security.txt and the statement follow', async () => {
    const page = await signedInPage(browser.context, USERS.admin, 'en');
    await page.goto('/admin/site-settings');
    await ready(page);
    await page.getByLabel('Organisation that runs this site (controller)').fill('Klimanett e2e operator');
    await page.getByLabel('Country whose rules apply').selectOption('NO');
    await page.getByLabel('Contact for accessibility feedback').fill('tilgjengelighet@e2e.klimanett.no');
    await page.getByLabel('Contact for personal data').fill('personvern@e2e.klimanett.no');
    const security = page.getByLabel('Contact for vulnerability reports');
    await security.fill('security@e2e.klimanett.no');
    await security.press('Enter'); // submits the form from the keyboard
    await page.getByText('The settings are saved.').waitFor();

    const saved = await apiGet('/site-settings');
    assert.equal(saved.operatorName, 'Klimanett e2e operator');
    assert.equal(saved.securityContact, 'security@e2e.klimanett.no');

    const res = await fetch(`${BASE_URL}/.well-known/security.txt`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    const fields = Object.fromEntries((await res.text()).trim().split('\n').map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]));
    assert.equal(fields.Contact, 'mailto:security@e2e.klimanett.no');
    const expires = Date.parse(fields.Expires);
    assert.ok(expires > Date.now() && expires < Date.now() + 365 * 86_400_000, `Expires ${fields.Expires} within the next year`);
    assert.ok(fields.Canonical.endsWith('/.well-known/security.txt') && fields.Policy.endsWith('/security') && fields['Preferred-Languages']);

    await page.goto('/accessibility');
    await ready(page);
    await page.getByText('Klimanett e2e operator is committed to making Klimanett accessible', { exact: false }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'tilgjengelighet@e2e.klimanett.no' }).getAttribute('href'), 'mailto:tilgjengelighet@e2e.klimanett.no');
    await screenshot(page, 'accessibility-configured-en');
    await page.close();
  });

  test('from every page, Tab reaches the footer links and Enter opens the statement and the notice', async () => {
    const pages = {
      anonymous: ['/networks', `/networks/${ids.networkId}`, '/compare', `/organisations/${ids.orgId}`, '/login', '/security', '/does-not-exist'],
      reporter: ['/tasks', '/profile', `/organisations/${ids.orgId}/reports/${ids.year}`],
      coordinator: ['/review', `/networks/${ids.networkId}/members`],
      admin: ['/admin/networks', '/admin/users', '/admin/api-clients', '/admin/factor-sets', '/admin/site-settings'],
    };
    const presses = [];
    for (const [who, paths] of Object.entries(pages)) {
      const page = who === 'anonymous' ? await newPage(browser.context, 'en') : await signedInPage(browser.context, USERS[who], 'en');
      for (const path of paths) {
        await page.goto(path);
        await ready(page);
        presses.push(await tabTo(page, 'Accessibility statement'));
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.pathname === '/accessibility');
        // the page's own heading, not the previous page's while the route's chunk arrives
        await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
        await ready(page);
        await tabTo(page, 'Privacy notice');
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.pathname === '/privacy');
        await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
      }
      await page.close();
    }
    console.log(`keyboard: footer links reached from ${presses.length} pages, ${Math.min(...presses)}–${Math.max(...presses)} presses of Tab`);
  });

  test('a reporter downloads their own data from the profile, with the keyboard, and gets what the API holds', async () => {
    const page = await signedInPage(browser.context, USERS.reporter, 'en');
    await page.goto('/tasks');
    await ready(page);
    const me = await apiGet('/me', await apiToken(USERS.reporter));
    await tabTo(page, `Signed in as ${me.displayName}`);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/profile');
    await ready(page);
    const button = page.getByRole('button', { name: 'Download my data' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'klimanett-my-data.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const api = await apiGet('/me/data', await apiToken(USERS.reporter));
    assert.equal(file.account.email, USERS.reporter);
    assert.deepEqual({ ...file, exportedAt: null }, { ...api, exportedAt: null }, 'the file holds exactly what /me/data answers');
    assert.ok(file.grants.some((g) => g.role === 'REPORTER' && g.organisationId === ids.orgId));
    await page.getByText('The file klimanett-my-data.json has been downloaded.').waitFor();
    await page.close();
  });
});
