import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, screen, within } from '@/testing/test-utils';
import type { NetworkStats, YearFigures } from '../api/get-network-stats';
import { TotalsChart } from './network-charts';

const year = (y: number, reportingMembers: number, members: number, scope12Tonnes: bigint): YearFigures => ({
  year: y,
  scope1: scope12Tonnes * 600n,
  scope2Location: scope12Tonnes * 400n,
  scope2Market: scope12Tonnes * 500n,
  scope3: scope12Tonnes * 2000n,
  reportingMembers,
  members,
});

const stats = (years: YearFigures[]): NetworkStats => ({ years, likeForLike: [], progress: [], asOf: null });

// As in the demo data: the last year is still being reported by about half of the members.
const partialLastYear = stats([year(2023, 98, 101, 1000n), year(2024, 100, 103, 950n), year(2025, 52, 103, 480n)]);

describe('TotalsChart', () => {
  it('marks a year still being reported under the chart, in its summary and in the table', async () => {
    renderWithProviders(<TotalsChart stats={partialLastYear} slug="innlandet" />);

    const notes = await screen.findByRole('list');
    expect(within(notes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2025 is incomplete: 52 of 103 members have reported so far; the total will rise as reports are approved.',
    ]);
    // the headline is the latest complete year, and the partial one is called incomplete
    const chart = screen.getByRole('img', { name: /Emissions by scope per year/ });
    expect(chart).toHaveAccessibleName(/In 2024, the latest complete year, the network emitted 950\.0 tonnes CO2e in scope 1 and 2/);
    expect(chart).toHaveAccessibleName(/2025 is incomplete: 52 of 103 members have reported so far/);

    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Emissions by scope per year, tonnes CO2e' });
    expect(within(table).getByRole('columnheader', { name: 'Reported' })).toBeInTheDocument();
    const row2025 = within(table).getByRole('row', { name: /^2025/ });
    expect(within(row2025).getByRole('rowheader')).toHaveTextContent('2025 (incomplete)');
    expect(within(row2025).getByRole('cell', { name: '52 of 103' })).toBeInTheDocument();
    const row2024 = within(table).getByRole('row', { name: /^2024/ });
    expect(within(row2024).getByRole('rowheader')).toHaveTextContent(/^2024$/);
    expect(within(row2024).getByRole('cell', { name: '100 of 103' })).toBeInTheDocument();
    // the note stays with the figures in the table view
    expect(screen.getByText(/^2025 is incomplete/)).toBeVisible();
  });

  it('says it in the reader\'s language, with numbers in their format', async () => {
    renderWithProviders(<TotalsChart stats={stats([year(2024, 1020, 1030, 950n), year(2025, 520, 1030, 480n)])} slug="innlandet" />, { language: 'nb' });
    expect(await screen.findByText(/^2025 er ufullstendig: 520 av 1\s030 medlemmer har rapportert så langt/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
    expect(screen.getByRole('columnheader', { name: 'Rapportert' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '2025 (ufullstendig)' })).toBeInTheDocument();
  });

  it('adds nothing when every year is complete', async () => {
    renderWithProviders(<TotalsChart stats={stats([year(2024, 100, 103, 950n), year(2025, 95, 103, 940n)])} slug="innlandet" />);
    const chart = await screen.findByRole('img', { name: /Emissions by scope per year/ });
    expect(chart).toHaveAccessibleName(/In 2025 the network emitted 940\.0 tonnes/);
    expect(chart).not.toHaveAccessibleName(/incomplete/);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
