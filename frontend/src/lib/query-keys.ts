// Query keys shared by every feature: a mutation in one feature invalidates the very keys
// another feature's queries use, without the features importing each other.
export const queryKeys = {
  me: ['me'] as const,
  networks: {
    all: ['networks'] as const,
    list: (params: object) => ['networks', 'list', params] as const,
    detail: (id: string) => ['networks', 'detail', id] as const,
    members: (id: string) => ['networks', 'detail', id, 'members'] as const,
  },
  organisations: {
    all: ['organisations'] as const,
    list: (params: object) => ['organisations', 'list', params] as const,
    detail: (id: string) => ['organisations', 'detail', id] as const,
  },
  reports: {
    all: ['reports'] as const,
    queue: (params: object) => ['reports', 'queue', params] as const,
    forOrganisation: (orgId: string) => ['reports', 'org', orgId] as const,
    detail: (orgId: string, year: number) => ['reports', 'org', orgId, year] as const,
    history: (orgId: string, year: number) => ['reports', 'org', orgId, year, 'history'] as const,
  },
  commitments: {
    all: ['commitments'] as const,
    list: (params: object) => ['commitments', 'list', params] as const,
  },
  stats: {
    all: ['stats'] as const,
    network: (id: string) => ['stats', 'network', id] as const,
    compare: (ids: readonly string[], year?: number) => ['stats', 'compare', [...ids].sort(), year ?? null] as const,
  },
  factorSets: {
    all: ['emission-factor-sets'] as const,
    list: (params: object) => ['emission-factor-sets', 'list', params] as const,
    detail: (id: string) => ['emission-factor-sets', 'detail', id] as const,
  },
  users: { all: ['users'] as const },
  apiClients: { all: ['api-clients'] as const },
  siteSettings: ['site-settings'] as const,
} as const;
