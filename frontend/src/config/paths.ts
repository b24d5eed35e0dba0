// Every in-app URL is built here so routes and links cannot drift apart.
export const paths = {
  home: () => '/',
  networks: () => '/networks',
  network: (id: string) => `/networks/${id}`,
  members: (id: string) => `/networks/${id}/members`,
  compare: () => '/compare',
  organisation: (id: string) => `/organisations/${id}`,
  report: (orgId: string, year: number) => `/organisations/${orgId}/reports/${year}`,
  login: (redirectTo?: string) => (redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'),
  tasks: () => '/tasks',
  review: () => '/review',
  adminNetworks: () => '/admin/networks',
  adminUsers: () => '/admin/users',
  adminApiClients: () => '/admin/api-clients',
  adminFactorSets: () => '/admin/factor-sets',
} as const;
