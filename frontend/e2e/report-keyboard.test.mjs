import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { backendUnavailable, launch, newPage, openReportYear, PASSWORD, USERS } from './support.mjs';

const skip = (await backendUnavailable()) ?? false;

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
async function tabTo(page, describeFocus, matches, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return null;
      const label = el.labels?.[0]?.textContent ?? '';
      return { tag: el.tagName, text: (el.textContent ?? '').trim(), label: label.trim(), name: el.getAttribute('aria-label') ?? '' };
    });
    if (focused && matches(focused)) return;
  }
  assert.fail(`could not reach ${describeFocus} with the Tab key`);
}

// Runs after report-flow (file order), which leaves the year reopened as a draft: here the
// reporter completes it and the coordinator approves it without touching the mouse.
describe('keyboard only', { skip }, () => {
  let browser;
  let target;
  before(async () => {
    browser = await launch();
    target = await openReportYear();
  });
  after(async () => browser?.close());

  test('skip link, login, a new line, saving and submitting the report without a mouse', async () => {
    const page = await newPage(browser.context);
    await page.goto('/login');
    await page.getByLabel('Email address').waitFor();

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    await tabTo(page, 'the email field', (f) => f.label === 'Email address');
    await page.keyboard.type(USERS.reporter);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tasks');

    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await page.waitForLoadState('networkidle');
    await tabTo(page, 'the report task link', (f) => f.tag === 'A' && f.text.includes('climate account'));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/reports/**');

    // Whatever year the task pointed at, continue on the open year the flow tests also use.
    await page.goto(`/organisations/${target.orgId}/reports/${target.year}`);
    await page.getByRole('button', { name: 'Add line' }).waitFor();
    const linesBefore = await page.locator('li.report-line').count();
    await tabTo(page, 'the Add line button', (f) => f.tag === 'BUTTON' && f.text === 'Add line', 400);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('li.report-line').count(), linesBefore + 1);

    await tabTo(page, `Activity of line ${linesBefore + 1}`, (f) => f.label === 'Activity', 200);
    // Tab stops at the first Activity field; move on to the new line's field.
    for (let i = 1; i <= linesBefore; i++) await tabTo(page, 'the next Activity field', (f) => f.label === 'Activity', 40);
    await page.keyboard.type('e2e: keyboard line');
    await tabTo(page, 'Method', (f) => f.label === 'Method');
    await page.keyboard.press('ArrowDown'); // next option: direct tCO2e
    await tabTo(page, 'the direct figure', (f) => f.label === 'Emissions (tCO2e)');
    await page.keyboard.type('0,25');
    await tabTo(page, 'Save draft', (f) => f.tag === 'BUTTON' && f.text === 'Save draft', 200);
    await page.keyboard.press('Enter');
    await page.getByText('The draft was saved.').waitFor();

    await tabTo(page, 'Submit for review', (f) => f.tag === 'BUTTON' && f.text === 'Submit for review', 20);
    const focusVisible = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? getComputedStyle(el).outlineStyle !== 'none' : false;
    });
    assert.ok(focusVisible, 'the focused element shows a focus outline');
    await page.keyboard.press('Enter');
    await page.getByText('The report was submitted for review.').waitFor();
    await page.close();
  });

  test('the coordinator approves it without a mouse', async () => {
    const page = await newPage(browser.context);
    await page.goto('/login');
    await page.getByLabel('Email address').waitFor();
    await tabTo(page, 'the email field', (f) => f.label === 'Email address');
    await page.keyboard.type(USERS.coordinator);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tasks');
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await tabTo(page, 'the Review link', (f) => f.tag === 'A' && f.text === 'Review');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/review');
    await page.waitForLoadState('networkidle');
    const open = `Open the ${target.year} report of ${target.orgName}`;
    await tabTo(page, open, (f) => f.tag === 'BUTTON' && f.name === open);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    await tabTo(page, 'Approve', (f) => f.tag === 'BUTTON' && f.text === 'Approve');
    await page.keyboard.press('Enter');
    await page.getByText('The report was approved.').waitFor();
    await page.close();
  });
});
