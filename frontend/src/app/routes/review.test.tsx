import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildMe, buildReport, buildSummary, ids } from '@/testing/data';
import { server } from '@/testing/server';
import { renderRoute, screen, within } from '@/testing/test-utils';

describe('review queue', () => {
  it('compares with last year, insists on a comment to return, and returns with If-Match', async () => {
    const submitted = buildReport({ status: 'SUBMITTED', year: 2025, totals: { scope1T: 110, scope2LocationT: 20, scope2MarketT: 25, scope3T: 300, lineCount: 3 } });
    const lastYear = buildReport({ status: 'APPROVED', year: 2024, totals: { scope1T: 100, scope2LocationT: 20, scope2MarketT: 25, scope3T: 300, lineCount: 3 } });
    let returned: { comment?: string; ifMatch: string | null } | undefined;
    server.use(
      http.get('*/api/v1/me', () => HttpResponse.json(buildMe({ grants: [{ role: 'COORDINATOR', networkId: ids.network }] }))),
      http.get('*/api/v1/reports', ({ request }) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('SUBMITTED');
        return HttpResponse.json({ items: returned ? [] : [buildSummary(submitted)], page: 0, size: 100, totalItems: 1, totalPages: 1 });
      }),
      http.get('*/api/v1/organisations/:id/reports/:year', ({ params }) =>
        HttpResponse.json(params.year === '2025' ? submitted : lastYear, { headers: { ETag: `"y${String(params.year)}"` } }),
      ),
      http.post('*/api/v1/organisations/:id/reports/2025/return', async ({ request }) => {
        returned = { ...((await request.json()) as { comment?: string }), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json({ ...submitted, status: 'DRAFT', returnComment: returned.comment });
      }),
    );
    renderRoute('/review');

    await userEvent.click(await screen.findByRole('button', { name: 'Open the 2025 report of Stange kommune' }));
    const comparison = await screen.findByRole('table', { name: '2025 compared with 2024' });
    const scope1 = within(comparison).getByRole('row', { name: /Scope 1 / });
    expect(scope1).toHaveTextContent('100.000');
    expect(scope1).toHaveTextContent('110.000');
    expect(scope1).toHaveTextContent('+10%');

    await userEvent.click(screen.getByRole('button', { name: 'Return with comment' }));
    expect(screen.getByLabelText('Comment to the reporter')).toHaveAccessibleDescription(/Write a comment before returning/);
    expect(returned).toBeUndefined();

    await userEvent.type(screen.getByLabelText('Comment to the reporter'), 'Please add district heating.');
    await userEvent.click(screen.getByRole('button', { name: 'Return with comment' }));
    expect(await screen.findByText('The report was returned to the reporter.')).toBeInTheDocument();
    expect(returned).toEqual({ comment: 'Please add district heating.', ifMatch: '"y2025"' });
  });
});
