import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiGet, apiToken, axe, backendUnavailable, launch, login, milli, newPage, openReportYear, screenshot, USERS } from './support.mjs';

const skip = (await backendUnavailable()) ?? false;

// One account travels the whole workflow: reporter fills and submits, coordinator returns it,
// reporter fixes (by hand and with a CSV file) and resubmits, coordinator approves, the public
// dashboard shows it, and the coordinator finally reopens it as a new revision.
// Steps depend on each other, so they run in order.
describe('report workflow', { skip }, () => {
  let browser;
  let target;
  let network;
  before(async () => {
    browser = await launch();
    target = await openReportYear();
    const token = await apiToken(USERS.coordinator);
    const me = await apiGet('/me', token);
    const networkId = me.grants.find((g) => g.role === 'COORDINATOR' && g.networkId)?.networkId;
    network = await apiGet(`/networks/${networkId}`);
  });
  after(async () => browser?.close());

  const reportPath = () => `/organisations/${target.orgId}/reports/${target.year}`;
  const scope3 = async (page) => {
    const totals = page.getByRole('region', { name: 'Totals (tCO2e)' });
    const text = await totals.locator('div', { hasText: /^Scope 3/ }).locator('dd').innerText();
    return milli(text);
  };

  test('reporter fills lines by hand and by paste, sees exact totals, and submits', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.reporter);
    await page.goto(reportPath());
    await page.getByRole('button', { name: 'Add line' }).waitFor();
    const scope3Before = await scope3(page);

    await page.getByRole('button', { name: 'Add line' }).click();
    const line = page.locator('li.report-line').last();
    await line.getByLabel('Scope').selectOption('1');
    await line.getByLabel('Category').selectOption('MOBILE_COMBUSTION');
    await line.getByLabel('Activity').fill('e2e: diesel vans');
    await line.getByLabel('Quantity').fill('0,1');
    await line.getByLabel('Unit', { exact: true }).fill('t');
    await line.getByLabel('Factor (kg CO2e per unit)').fill('1000');
    await line.getByLabel('Factor source').fill('e2e: supplier statement');

    await page.getByText('Paste rows from a spreadsheet').click();
    await page
      .getByLabel('Rows copied from a spreadsheet')
      .fill(['2\tELECTRICITY\te2e: office power\t0,2\tMWh\t1000\t\te2e: supplier', '3\tBUSINESS_TRAVEL\te2e: flights\t\t\t\t1,25'].join('\n'));
    await page.getByRole('button', { name: 'Add pasted rows' }).click();
    await page.getByText('2 lines added.').waitFor();

    assert.equal((await scope3(page)) - scope3Before, 1250n, 'scope 3 grows by exactly the pasted 1.250 t');
    await screenshot(page, 'report-filled');
    assert.deepEqual(await axe(page), []);

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('The report was submitted for review.').waitFor();
    await screenshot(page, 'report-submitted');
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  test('coordinator opens it from the review queue and returns it with a comment', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.coordinator);
    await page.goto('/review');
    await page.getByRole('button', { name: `Open the ${target.year} report of ${target.orgName}` }).click();
    await page.getByRole('heading', { name: `${target.orgName}, ${target.year}` }).waitFor();
    await page.getByRole('table', { name: `Changes to the ${target.year} report` }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'review-open');
    assert.deepEqual(await axe(page), []);
    await page.getByRole('button', { name: 'Return with comment' }).click();
    await page.getByText('Write a comment before returning the report.').waitFor();
    assert.deepEqual(await axe(page), [], 'the comment error state');
    await page.getByLabel('Comment to the reporter').fill('e2e: please add the district heating.');
    await page.getByRole('button', { name: 'Return with comment' }).click();
    await page.getByText('The report was returned to the reporter.').waitFor();
    await page.close();
  });

  test('reporter sees the comment, uploads a CSV file, adds a line and resubmits', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.reporter);
    await page.goto(reportPath());
    await page.locator('.editor-status').getByText('e2e: please add the district heating.').waitFor();
    const scope3Before = await scope3(page);

    await page.getByText('Upload a CSV file').click();
    await page.getByLabel('CSV file with lines').setInputFiles({
      name: 'e2e-lines.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('scope;category;activity;directT\r\n3;WASTE;e2e: uploaded waste;0,125\r\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Upload lines' }).click();
    await page.getByText('1 line was added from e2e-lines.csv.').waitFor();
    assert.equal((await scope3(page)) - scope3Before, 125n, 'the uploaded line counts');

    await page.getByRole('button', { name: 'Add line' }).click();
    const line = page.locator('li.report-line').last();
    await line.getByLabel('Scope').selectOption('2');
    await line.getByLabel('Category').selectOption('DISTRICT_HEATING');
    await line.getByLabel('Method').selectOption('direct');
    await line.getByLabel('Emissions (tCO2e)', { exact: true }).fill('0,5');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('The report was submitted for review.').waitFor();
    await page.close();
  });

  test('coordinator approves it and the public dashboard shows the new figures', async () => {
    const beforeStats = await apiGet(`/networks/${network.id}/stats?from=${target.year}&to=${target.year}`);
    const page = await newPage(browser.context);
    await login(page, USERS.coordinator);
    await page.goto('/review');
    await page.getByRole('button', { name: `Open the ${target.year} report of ${target.orgName}` }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('The report was approved.').waitFor();
    await screenshot(page, 'review-approved');

    const afterStats = await apiGet(`/networks/${network.id}/stats?from=${target.year}&to=${target.year}`);
    const [y0] = beforeStats.years;
    const [y1] = afterStats.years;
    assert.equal(y1.coverage.reportingMembers, y0.coverage.reportingMembers + 1, 'one more reporting member');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.goto(`/networks/${network.id}`);
    await page.locator('main figure svg').first().waitFor();
    await page.locator('main figure button[aria-pressed]').first().click();
    const row = page.getByRole('table', { name: 'Emissions by scope per year, tonnes CO2e' }).getByRole('row', { name: new RegExp(`^${target.year}`) });
    const shown = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(String(y1.scope12T));
    assert.match(await row.innerText(), new RegExp(shown.replace(/[.,]/g, '\\$&')), 'the dashboard shows the approved total');
    await screenshot(page, 'dashboard-after-approval');
    await page.close();
  });

  test('coordinator reopens the approved report as a new revision, keeping the approved one', async () => {
    const page = await newPage(browser.context);
    await login(page, USERS.coordinator);
    await page.goto('/review');
    await page.getByLabel('Show').selectOption('APPROVED');
    await page.getByRole('button', { name: `Open the ${target.year} report of ${target.orgName}` }).click();
    await page.getByRole('button', { name: 'Reopen as new revision' }).click();
    await page.getByText('Write why the report is reopened.').waitFor();
    await page.getByLabel('Reason for reopening').fill('e2e: the district heating figure was estimated');
    await page.getByRole('button', { name: 'Reopen as new revision' }).click();
    await page.getByText('The report was reopened as a new draft revision.').waitFor();

    const page2 = await newPage(browser.context);
    await login(page2, USERS.reporter);
    await page2.goto(reportPath());
    await page2.getByRole('table', { name: 'Earlier approved revisions (kept unchanged)' }).waitFor();
    assert.match(await page2.getByRole('table', { name: 'Earlier approved revisions (kept unchanged)' }).innerText(), /e2e: the district heating figure was estimated/);
    // who did it, by name: the reviewer as the coordinator's display name, never an id like user:<uuid>
    const changes = await page2.getByRole('table', { name: `Changes to the ${target.year} report` }).innerText();
    assert.match(changes, /Demo Coordinator \(Innlandet\)/);
    assert.doesNotMatch(changes, /user:[0-9a-f-]{36}/);
    await page2.waitForLoadState('networkidle');
    await screenshot(page2, 'report-history');
    assert.deepEqual(await axe(page2), []);
    await page2.close();
    await page.close();
  });
});
