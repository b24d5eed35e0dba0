import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

// List items carry only a factor count; the look-up needs the set's factors.
export const getFactorSet = (id: string) => api.get<Schemas['EmissionFactorSetView']>(`/emission-factor-sets/${id}`);

export const factorSetQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.factorSets.detail(id), queryFn: () => getFactorSet(id), staleTime: 10 * 60_000 });

export const useFactorSet = (id: string) => useQuery({ ...factorSetQueryOptions(id), enabled: id !== '' });
