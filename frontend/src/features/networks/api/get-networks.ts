import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type NetworkListParams = { q?: string; country?: string; page?: number; size?: number };

export const getNetworks = (params: NetworkListParams) =>
  api.get<Schemas['PageResponseNetworkView']>('/networks', { query: { size: 100, ...params } });

export const networksQueryOptions = (params: NetworkListParams = {}) =>
  queryOptions({ queryKey: queryKeys.networks.list(params), queryFn: () => getNetworks(params) });

export const useNetworks = (params: NetworkListParams = {}) => useQuery(networksQueryOptions(params));
