import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const getOrganisation = (id: string) => api.get<Schemas['OrganisationView']>(`/organisations/${id}`);

export const organisationQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.organisations.detail(id), queryFn: () => getOrganisation(id) });

export const useOrganisation = (id: string) => useQuery(organisationQueryOptions(id));
