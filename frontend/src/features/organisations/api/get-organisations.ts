import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type OrganisationListParams = { q?: string; country?: string; networkId?: string };

export const getOrganisations = (params: OrganisationListParams) =>
  api.get<Schemas['PageResponseOrganisationView']>('/organisations', { query: { size: 100, ...params } });

export const organisationsQueryOptions = (params: OrganisationListParams = {}) =>
  queryOptions({ queryKey: queryKeys.organisations.list(params), queryFn: () => getOrganisations(params) });

export const useOrganisations = (params: OrganisationListParams = {}) => useQuery(organisationsQueryOptions(params));
