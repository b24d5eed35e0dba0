import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const getOrganisationReports = (orgId: string) =>
  api.get<Schemas['PageResponseReportSummary']>(`/organisations/${orgId}/reports`, { query: { size: 100 } });

export const organisationReportsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: queryKeys.reports.forOrganisation(orgId), queryFn: () => getOrganisationReports(orgId) });

export const useOrganisationReports = (orgId: string) => useQuery(organisationReportsQueryOptions(orgId));
