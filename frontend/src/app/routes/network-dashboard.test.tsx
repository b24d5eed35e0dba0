import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildMe, buildNetwork, buildReport, buildSummary, ids, page } from '@/testing/data';
import { server } from '@/testing/server';
import { renderRoute, screen, within } from '@/testing/test-utils';

describe('network dashboard', () => {
  it('shows the network, its figures as a table alternative, and members with status', async () => {
    server.use(
      http.get('*/api/v1/networks/:id/members', () =>
        HttpResponse.json(
          page([
            {
              id: 'm1',
              networkId: ids.network,
              organisation: { id: ids.organisation, name: 'Stange kommune', country: 'NO', sector: 'PUBLIC' },
              role: 'FOUNDING_PARTNER',
              joinedOn: '2019-09-30',
              active: true,
            },
          ]),
        ),
      ),
      // Coordinators read their members' submitted reports: the status comes from there.
      http.get('*/api/v1/me', () => HttpResponse.json(buildMe({ grants: [{ role: 'COORDINATOR', networkId: ids.network }] }))),
      http.get('*/api/v1/organisations/:id/reports', () =>
        HttpResponse.json(page([buildSummary(buildReport({ year: 2024, status: 'APPROVED' })), buildSummary(buildReport({ year: 2023, status: 'APPROVED' }))])),
      ),
    );
    renderRoute(`/networks/${ids.network}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Klimapartnere Innlandet' })).toBeInTheDocument();
    expect(screen.getAllByText('Demo data').length).toBeGreaterThan(0);

    const totals = await screen.findByRole('img', { name: /Emissions by scope per year/ });
    expect(totals).toHaveAccessibleName(/In 2024 the network emitted 1,380.1 tonnes CO2e in scope 1 and 2, and 4,800.0 tonnes in scope 3/);

    const [firstToggle] = screen.getAllByRole('button', { name: 'Show as table' });
    await userEvent.click(firstToggle!);
    const table = screen.getByRole('table', { name: /Emissions by scope per year, tonnes CO2e/ });
    const row2023 = within(table).getByRole('row', { name: /2023/ });
    // 1200.5 + 300.25 summed exactly, formatted in the reader's locale
    expect(within(row2023).getByText('1,500.8')).toBeInTheDocument();

    const members = await screen.findByRole('table', { name: '1 member' });
    expect(within(members).getByRole('link', { name: 'Stange kommune' })).toHaveAttribute('href', `/organisations/${ids.organisation}`);
    expect(within(members).getByText('2024: Approved')).toBeInTheDocument();
  });

  it('formats numbers and texts in Norwegian when the reader chose bokmål', async () => {
    server.use(http.get('*/api/v1/networks/:id', () => HttpResponse.json(buildNetwork({ demo: false }))));
    renderRoute(`/networks/${ids.network}`, { user: 'anonymous', language: 'nb' });
    expect(await screen.findByRole('heading', { name: 'Utslipp' })).toBeInTheDocument();
    const [toggle] = await screen.findAllByRole('button', { name: 'Vis som tabell' });
    await userEvent.click(toggle!);
    // nb uses a (narrow) no-break space for thousands and a decimal comma
    expect(screen.getByText(/^1\s500,8$/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nb');
  });
});
