import type { Schemas } from '@/lib/api-schemas';
import { SCOPE3_CATEGORIES } from '@/features/reports/utils/categories';

// Small builders: each test states only what it cares about and gets valid defaults for the rest.
let seq = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const at = '2025-03-01T10:00:00Z';

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
    publicationLevel: 'TOTALS',
    minGroupSize: 3,
    defaultLanguages: ['nb'],
    demo: true,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

export function buildOrganisation(over: Partial<Schemas['OrganisationView']> = {}): Schemas['OrganisationView'] {
  return {
    id: ids.organisation,
    name: 'Stange kommune',
    country: 'NO',
    sector: 'PUBLIC',
    orgNumber: null,
    orgNumberVerified: false,
    demo: true,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

export function buildMe(over: Partial<Schemas['Me']> = {}): Schemas['Me'] {
  return {
    id: ids.user,
    kind: 'USER',
    email: 'reporter@demo.klimanett.no',
    displayName: 'Demo Reporter',
    admin: false,
    grants: [{ role: 'REPORTER', organisationId: ids.organisation }],
    networkIds: [],
    scopes: [],
    ...over,
  };
}

/** Every scope-3 category marked "not estimated": a complete account apart from its lines. */
export const allNotEstimated = (): Schemas['Scope3Notation'][] =>
  SCOPE3_CATEGORIES.map((category) => ({ category, notation: 'NE', reason: 'Not estimated (test)' }));

export function buildLine(over: Partial<Schemas['ReportLineView']> = {}): Schemas['ReportLineView'] {
  return { id: uuid(), position: 0, scope: 1, category: 'STATIONARY_COMBUSTION', method: 'DIRECT', directT: 5, emissionsT: 5, ...over };
}

export function buildReport(over: Partial<Schemas['ReportView']> = {}): Schemas['ReportView'] {
  return {
    id: uuid(),
    organisationId: ids.organisation,
    year: 2025,
    revision: 1,
    status: 'DRAFT',
    consolidationApproach: 'OPERATIONAL_CONTROL',
    gwpSet: 'AR6',
    demo: true,
    lines: [],
    scope3Notations: [],
    totals: { scope1T: 0, scope2LocationT: 0, scope2MarketT: 0, scope3T: 0, lineCount: 0 },
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

export function buildSummary(report: Schemas['ReportView'], organisationName = 'Stange kommune'): Schemas['ReportSummary'] {
  return {
    id: report.id,
    organisation: { id: report.organisationId, name: organisationName, country: 'NO', sector: 'PUBLIC', demo: true },
    year: report.year,
    status: report.status,
    revision: report.revision,
    version: 1,
    demo: report.demo,
    totals: report.totals,
    submittedAt: report.submittedAt ?? null,
    approvedAt: report.approvedAt ?? null,
    updatedAt: report.updatedAt,
  };
}

const disclosure: Schemas['Disclosure'] = { view: 'PUBLISHED', publicationLevel: 'TOTALS', minGroupSize: 3 };
const includes: Schemas['StatsIncludes'] = { reports: 13, years: [2023, 2024], asOf: at };

/** GET /networks/{id}/stats, by the location- or market-based scope 2 method. */
export function buildStats(scope2: 'location' | 'market' = 'location'): Schemas['NetworkStats'] {
  const year = (y: number, s1: number, s2: number, s2m: number, s3: number, reporting: number): Schemas['YearFigures'] => ({
    year: y,
    scope1T: s1,
    scope2T: scope2 === 'market' ? s2m : s2,
    scope12T: s1 + (scope2 === 'market' ? s2m : s2),
    scope3T: s3,
    coverage: { members: 8, reportingMembers: reporting, direct12T: 0, activity12T: s1 + s2 },
    groups: [],
  });
  return {
    networkId: ids.network,
    from: 2022,
    to: 2024,
    scope2Method: scope2 === 'market' ? 'MARKET' : 'LOCATION',
    groupBy: [],
    disclosure,
    includes,
    years: [year(2022, 0, 0, 0, 0, 0), year(2023, 1200.5, 300.25, 410, 5000, 6), year(2024, 1100.125, 280, 390, 4800, 7)],
  };
}

export const buildLikeForLike = (from: number, to: number): Schemas['LikeForLike'] => ({
  networkId: ids.network,
  fromYear: from,
  toYear: to,
  scope2Method: 'LOCATION',
  organisations: 6,
  includes,
  from: { scope1T: 1200, scope2T: 300.75, scope12T: 1500.75, scope3T: 5000 },
  to: { scope1T: 1100, scope2T: 280.125, scope12T: 1380.125, scope3T: 4800 },
  change: { scope12T: -120.625, scope12Pct: -8.04, scope3T: -200, scope3Pct: -4 },
});

export const buildProgress = (): Schemas['Progress'] => ({
  networkId: ids.network,
  year: 2025,
  scope2Method: 'LOCATION',
  disclosure,
  includes,
  partners: { onTrack: 0, offTrack: 0, noData: 0 },
  commitments: [],
});

export const page = <T,>(items: T[]) => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
