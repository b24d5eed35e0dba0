import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type FactorSet = Schemas['EmissionFactorSetView'];
type Params = { country?: string; year?: number };

export const getFactorSets = (params: Params) =>
  api.get<Schemas['PageResponseEmissionFactorSetView']>('/emission-factor-sets', { query: { size: 100, ...params } });

export const factorSetsQueryOptions = (params: Params) =>
  queryOptions({ queryKey: queryKeys.factorSets.list(params), queryFn: () => getFactorSets(params), staleTime: 10 * 60_000 });

export const useFactorSets = (params: Params) => useQuery(factorSetsQueryOptions(params));
