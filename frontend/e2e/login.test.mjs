import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axe, backendUnavailable, launch, login, newPage, screenshot, USERS } from './support.mjs';

const skip = (await backendUnavailable()) ?? false;

describe('login as the demo users', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => browser?.close());

  test('the login page passes axe', async () => {
    const page = await newPage(browser.context);
    await page.goto('/login');
    await page.getByLabel('Email address').waitFor();
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  test('wrong password is refused with a message', async () => {
    const page = await newPage(browser.context);
    await page.goto('/login');
    await page.getByLabel('Email address').fill(USERS.reporter);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Wrong email address or password/);
    await page.close();
  });

  const expectations = {
    reporter: { nav: 'My tasks', heading: 'My tasks' },
    coordinator: { nav: 'Review', heading: 'My tasks' },
    admin: { nav: 'Admin: users', heading: 'My tasks' },
  };
  for (const [who, email] of Object.entries(USERS)) {
    test(`${who} logs in and sees their navigation`, async () => {
      const page = await newPage(browser.context);
      await login(page, email);
      await page.getByRole('heading', { level: 1, name: expectations[who].heading }).waitFor();
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: expectations[who].nav }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `tasks-${who}`);
      assert.deepEqual(await axe(page), []);
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('link', { name: 'Log in' }).waitFor();
      await page.close();
    });
  }

  test('admin pages render and pass axe', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.admin);
    for (const [path, heading] of [
      ['/admin/networks', 'Networks'],
      ['/admin/users', 'Users and access'],
      ['/admin/api-clients', 'API clients'],
      ['/admin/factor-sets', 'Emission factor sets'],
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `admin${path.replace(/\//g, '-')}`);
      assert.deepEqual(await axe(page), [], `${path} has axe violations`);
    }
    await page.close();
  });
});
