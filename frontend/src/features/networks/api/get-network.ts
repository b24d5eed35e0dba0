import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const getNetwork = (id: string) => api.get<Schemas['NetworkView']>(`/networks/${id}`);

export const networkQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.networks.detail(id), queryFn: () => getNetwork(id) });

export const useNetwork = (id: string) => useQuery(networkQueryOptions(id));
