import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axe, backendUnavailable, launch, login, newPage, openReportYear, screenshot, USERS } from './support.mjs';

const skip = (await backendUnavailable()) ?? false;

// One account travels the whole workflow: reporter fills and submits, coordinator returns it,
// reporter fixes and resubmits, coordinator approves. Steps depend on each other, so they run in order.
describe('report workflow', { skip }, () => {
  let browser;
  let target;
  before(async () => {
    browser = await launch();
    target = await openReportYear();
  });
  after(async () => browser?.close());

  const reportPath = () => `/organisations/${target.orgId}/reports/${target.year}`;

  test('reporter fills lines by hand and by paste, sees exact totals, and submits', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.reporter);
    await page.goto(reportPath());
    await page.getByRole('button', { name: 'Add line' }).waitFor();

    await page.getByRole('button', { name: 'Add line' }).click();
    const lines = page.locator('li.report-line');
    const line = lines.last();
    await line.getByLabel('Scope').selectOption('1');
    await line.getByLabel('Category').selectOption('MOBILE_COMBUSTION');
    await line.getByLabel('Activity').fill('e2e: diesel vans');
    await line.getByLabel('Quantity').fill('0,1');
    await line.getByLabel('Unit').fill('t');
    await line.getByLabel('Factor (kg CO2e per unit)').fill('1000');

    await page.getByText('Paste rows from a spreadsheet').click();
    await page
      .getByLabel('Rows copied from a spreadsheet')
      .fill(['2\tELECTRICITY\te2e: office power\t0,2\tMWh\t1000\t', '3\tBUSINESS_TRAVEL\te2e: flights\t\t\t\t1,25'].join('\n'));
    await page.getByRole('button', { name: 'Add pasted rows' }).click();
    await page.getByText('2 lines added.').waitFor();

    const totals = page.getByRole('region', { name: 'Totals (tCO2e)' });
    const text = await totals.innerText();
    assert.match(text, /1\.250/, 'scope 3 from the pasted direct figure');
    await screenshot(page, 'report-filled');
    assert.deepEqual(await axe(page), []);

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('The report was submitted for review.').waitFor();
    await page.close();
  });

  test('coordinator opens it from the review queue and returns it with a comment', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.coordinator);
    await page.goto('/review');
    await page.getByRole('button', { name: `Open the ${target.year} report of ${target.orgName}` }).click();
    await page.getByRole('heading', { name: `${target.orgName}, ${target.year}` }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'review-open');
    assert.deepEqual(await axe(page), []);
    await page.getByLabel('Comment to the reporter').fill('e2e: please add the district heating.');
    await page.getByRole('button', { name: 'Return with comment' }).click();
    await page.getByText('The report was returned to the reporter.').waitFor();
    await page.close();
  });

  test('reporter sees the comment, adds a line and resubmits', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.reporter);
    await page.goto(reportPath());
    await page.getByText('e2e: please add the district heating.').waitFor();
    await page.getByRole('button', { name: 'Add line' }).click();
    const line = page.locator('li.report-line').last();
    await line.getByLabel('Scope').selectOption('2');
    await line.getByLabel('Category').selectOption('DISTRICT_HEATING');
    await line.getByLabel('Method').selectOption('direct');
    await line.getByLabel('Emissions (tCO2e)').fill('0,5');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('The report was submitted for review.').waitFor();
    await page.close();
  });

  test('coordinator approves it', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.coordinator);
    await page.goto('/review');
    await page.getByRole('button', { name: `Open the ${target.year} report of ${target.orgName}` }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('The report was approved.').waitFor();
    await screenshot(page, 'review-approved');
    await page.close();
  });
});
