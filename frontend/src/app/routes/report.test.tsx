import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-schemas';
import { allNotEstimated, buildLine, buildReport, ids } from '@/testing/data';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { fireEvent, renderRoute, screen, waitFor, within } from '@/testing/test-utils';

const path = `/organisations/${ids.organisation}/reports/2025`;
const totalsRegion = () => screen.getByRole('region', { name: 'Totals (tCO2e)' });

describe('report form', () => {
  it('computes live totals exactly, pastes spreadsheet rows and saves with If-Match', async () => {
    let put: { body: Schemas['ReportInput']; ifMatch: string | null } | undefined;
    server.use(
      http.get('*/api/v1/organisations/:id/reports/:year', () => HttpResponse.json(buildReport(), { headers: { ETag: '"r1"' } })),
      http.put('*/api/v1/organisations/:id/reports/:year', async ({ request }) => {
        put = { body: (await request.json()) as Schemas['ReportInput'], ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json(buildReport(), { headers: { ETag: '"r2"' } });
      }),
    );
    renderRoute(path);

    await userEvent.click(await screen.findByRole('button', { name: 'Add line' }));
    const line1 = screen.getByRole('group', { name: 'Line 1' });
    await userEvent.type(within(line1).getByLabelText('Quantity'), '0,1');
    await userEvent.type(within(line1).getByLabelText('Factor (kg CO2e per unit)'), '1000');
    await userEvent.type(within(line1).getByLabelText('Factor source'), 'Supplier invoice');
    await userEvent.click(screen.getByRole('button', { name: 'Add line' }));
    const line2 = screen.getByRole('group', { name: 'Line 2' });
    await userEvent.type(within(line2).getByLabelText('Quantity'), '0.2');
    await userEvent.type(within(line2).getByLabelText('Factor (kg CO2e per unit)'), '1000');
    // 0.1 t + 0.2 t is exactly 0.3 t, not 0.30000000000000004
    expect(within(totalsRegion()).getAllByText('0.300')).toHaveLength(2); // scope 1, and scope 1 + 2

    await userEvent.click(screen.getByText('Paste rows from a spreadsheet'));
    fireEvent.change(screen.getByLabelText('Rows copied from a spreadsheet'), { target: { value: '3\tBUSINESS_TRAVEL\tFlights\t\t\t\t12,75' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add pasted rows' }));
    expect(screen.getByText('1 line added.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Line 3' })).toBeInTheDocument();
    expect(within(totalsRegion()).getByText('12.750')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('The draft was saved.')).toBeInTheDocument();
    expect(put?.ifMatch).toBe('"r1"');
    expect(put?.body.lines).toHaveLength(3);
    expect(put?.body.lines[0]).toMatchObject({ scope: 1, quantity: 0.1, factorKgPerUnit: 1000, factorSource: 'Supplier invoice' });
    expect(put?.body.lines[0]).not.toHaveProperty('emissionFactorId');
    expect(put?.body.lines[2]).toMatchObject({ scope: 3, category: 'BUSINESS_TRAVEL', directT: 12.75 });
    expect(localStorage.length).toBe(0);
  });

  it('starts the draft with POST, fills it with PUT, and shows field errors next to the fields keeping the input', async () => {
    const calls: string[] = [];
    server.use(
      http.get('*/api/v1/organisations/:id/reports/:year', () => problem(404, { title: 'Not Found' })),
      http.post('*/api/v1/organisations/:id/reports', async ({ request }) => {
        calls.push(`POST ${JSON.stringify(await request.json())}`);
        return HttpResponse.json(buildReport(), { status: 201, headers: { ETag: '"c1"' } });
      }),
      http.put('*/api/v1/organisations/:id/reports/:year', ({ request }) => {
        calls.push(`PUT ${request.headers.get('If-Match')}`);
        return problem(400, { title: 'Validation failed', detail: 'The report has errors.', errors: [{ field: 'lines[0].quantity', message: 'must be zero or more' }] });
      }),
    );
    renderRoute(path);
    await userEvent.click(await screen.findByRole('button', { name: 'Add line' }));
    const quantity = within(screen.getByRole('group', { name: 'Line 1' })).getByLabelText('Quantity');
    await userEvent.type(quantity, '-5');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The report has errors.');
    expect(quantity).toHaveAccessibleDescription('must be zero or more');
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(quantity).toHaveValue('-5');
    expect(calls).toEqual(['POST {"year":2025,"consolidationApproach":"OPERATIONAL_CONTROL","gwpSet":"AR6"}', 'PUT "c1"']);
    expect(localStorage.getItem(`klimanett.reportDraft.${ids.organisation}.2025`)).toContain('-5');
  });

  it('restores unsaved input after a reload', async () => {
    server.use(http.get('*/api/v1/organisations/:id/reports/:year', () => HttpResponse.json(buildReport(), { headers: { ETag: '"r1"' } })));
    const first = renderRoute(path);
    await userEvent.click(await screen.findByRole('button', { name: 'Add line' }));
    await userEvent.type(within(screen.getByRole('group', { name: 'Line 1' })).getByLabelText('Activity'), 'Diesel vans');
    first.unmount();

    renderRoute(path);
    expect(await screen.findByText(/Unsaved changes from .* were restored/)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Line 1' })).getByLabelText('Activity')).toHaveValue('Diesel vans');
  });

  it('submits after saving, using the new ETag', async () => {
    const ifMatch: (string | null)[] = [];
    let status: Schemas['ReportStatus'] = 'DRAFT';
    server.use(
      http.get('*/api/v1/organisations/:id/reports/:year', () =>
        HttpResponse.json(buildReport({ status, lines: [buildLine()], scope3Notations: allNotEstimated() }), { headers: { ETag: '"r1"' } }),
      ),
      http.put('*/api/v1/organisations/:id/reports/:year', ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        return HttpResponse.json(buildReport(), { headers: { ETag: '"r2"' } });
      }),
      http.post('*/api/v1/organisations/:id/reports/:year/submit', ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        status = 'SUBMITTED';
        return HttpResponse.json(buildReport({ status }), { headers: { ETag: '"r3"' } });
      }),
    );
    renderRoute(path);
    await userEvent.click(await screen.findByRole('button', { name: 'Submit for review' }));
    expect(await screen.findByText('The report was submitted for review.')).toBeInTheDocument();
    expect(ifMatch).toEqual(['"r1"', '"r2"']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument());
  });

  it('refuses to submit until every scope-3 category has lines or a notation key with a reason, then sends the keys', async () => {
    let put: Schemas['ReportInput'] | undefined;
    const notations = allNotEstimated().filter((n) => n.category !== 'WASTE' && n.category !== 'INVESTMENTS');
    server.use(
      http.get('*/api/v1/organisations/:id/reports/:year', () =>
        HttpResponse.json(buildReport({ lines: [buildLine()], scope3Notations: notations }), { headers: { ETag: '"r1"' } }),
      ),
      http.put('*/api/v1/organisations/:id/reports/:year', async ({ request }) => {
        put = (await request.json()) as Schemas['ReportInput'];
        return HttpResponse.json(buildReport(), { headers: { ETag: '"r2"' } });
      }),
      http.post('*/api/v1/organisations/:id/reports/:year/submit', () => HttpResponse.json(buildReport({ status: 'SUBMITTED' }), { headers: { ETag: '"r3"' } })),
    );
    renderRoute(path);
    await userEvent.click(await screen.findByRole('button', { name: 'Submit for review' }));
    expect(await screen.findByText('2 scope 3 categories still need lines or a notation key with a reason.')).toBeInTheDocument();
    expect(put).toBeUndefined();
    const waste = screen.getByLabelText('Notation key for 5 Waste generated in operations');
    expect(waste).toHaveAccessibleDescription('Choose a notation key or add lines.');

    await userEvent.selectOptions(waste, 'NO');
    await userEvent.type(screen.getByLabelText('Reason for 5 Waste generated in operations'), 'No waste of our own');
    await userEvent.selectOptions(screen.getByLabelText('Notation key for 15 Investments'), 'IE');
    await userEvent.type(screen.getByLabelText('Reason for 15 Investments'), 'In the parent company account');
    await userEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(await screen.findByText('The report was submitted for review.')).toBeInTheDocument();
    expect(put?.scope3Notations).toHaveLength(15);
    expect(put?.scope3Notations).toContainEqual({ category: 'WASTE', notation: 'NO', reason: 'No waste of our own' });
  });
});
