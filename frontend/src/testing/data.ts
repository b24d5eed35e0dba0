import type { Schemas } from '@/lib/api-schemas';

// Small builders: each test states only what it cares about and gets valid defaults for the rest.
let seq = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

export const ids = {
  network: '11111111-1111-4111-8111-111111111111',
  organisation: '22222222-2222-4222-8222-222222222222',
  user: '33333333-3333-4333-8333-333333333333',
};

export function buildNetwork(over: Partial<Schemas['NetworkView']> = {}): Schemas['NetworkView'] {
  return {
    id: ids.network,
    slug: 'klimapartnere-innlandet',
    name: 'Klimapartnere Innlandet',
    country: 'NO',
    region: 'Innlandet',
    foundedOn: '2019-09-30',
    description: null,
    visibility: 'PUBLIC',
    demo: true,
    ...over,
  };
}

export function buildOrganisation(over: Partial<Schemas['OrganisationView']> = {}): Schemas['OrganisationView'] {
  return { id: ids.organisation, name: 'Stange kommune', country: 'NO', sector: 'PUBLIC', orgNumber: null, orgNumberVerified: false, demo: true, ...over };
}

export function buildMe(over: Partial<Schemas['Me']> = {}): Schemas['Me'] {
  return {
    id: ids.user,
    kind: 'USER',
    email: 'reporter@demo.klimanett.no',
    displayName: 'Demo Reporter',
    admin: false,
    grants: [{ role: 'REPORTER', organisationId: ids.organisation }],
    ...over,
  };
}

export function buildReport(over: Partial<Schemas['Report']> = {}): Schemas['Report'] {
  return {
    id: uuid(),
    organisationId: ids.organisation,
    organisationName: 'Stange kommune',
    year: 2025,
    revision: 1,
    status: 'DRAFT',
    demo: true,
    lines: [],
    totals: { scope1T: 0, scope2LocationT: 0, scope2MarketT: 0, scope3T: 0 },
    ...over,
  };
}

export function buildStats(over: Partial<Schemas['NetworkStats']> = {}): Schemas['NetworkStats'] {
  return {
    network: { id: ids.network, name: 'Klimapartnere Innlandet' },
    years: [
      { year: 2023, scope1T: 1200.5, scope2LocationT: 300.25, scope2MarketT: 410, scope3T: 5000, reportingMembers: 6, members: 8 },
      { year: 2024, scope1T: 1100.125, scope2LocationT: 280, scope2MarketT: 390, scope3T: 4800, reportingMembers: 7, members: 8 },
    ],
    likeForLike: [{ fromYear: 2023, toYear: 2024, organisations: 6, fromT: 1500.75, toT: 1380.125 }],
    progress: [],
    asOf: '2025-03-01T10:00:00Z',
    demo: true,
    ...over,
  };
}

export const page = <T,>(items: T[]) => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
