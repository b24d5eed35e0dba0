import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-schemas';
import { buildReport, ids } from '@/testing/data';
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
        return HttpResponse.json(buildReport({ lines: put.body.lines }), { headers: { ETag: '"r2"' } });
      }),
    );
    renderRoute(path);

    await userEvent.click(await screen.findByRole('button', { name: 'Add line' }));
    const line1 = screen.getByRole('group', { name: 'Line 1' });
    await userEvent.type(within(line1).getByLabelText('Quantity'), '0,1');
    await userEvent.type(within(line1).getByLabelText('Factor (kg CO2e per unit)'), '1000');
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
    expect(put?.body.lines[0]).toMatchObject({ scope: 1, quantity: 0.1, factorKgPerUnit: 1000 });
    expect(put?.body.lines[2]).toMatchObject({ scope: 3, category: 'BUSINESS_TRAVEL', directT: 12.75 });
    expect(localStorage.length).toBe(0);
  });

  it('shows field errors from problem details next to the fields and keeps the input', async () => {
    server.use(
      http.get('*/api/v1/organisations/:id/reports/:year', () => problem(404, { title: 'Not Found' })),
      http.post('*/api/v1/organisations/:id/reports', () =>
        problem(400, { title: 'Validation failed', detail: 'The report has errors.', errors: [{ field: 'lines[0].quantity', message: 'must be zero or more' }] }),
      ),
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
        HttpResponse.json(buildReport({ status, lines: [{ scope: 1, category: 'STATIONARY_COMBUSTION', directT: 5 }] }), { headers: { ETag: '"r1"' } }),
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
});
