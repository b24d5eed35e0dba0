import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const getAllFactorSets = () =>
  api.get<Schemas['PageResponseEmissionFactorSetView']>('/emission-factor-sets', { query: { size: 100 } });
export const allFactorSetsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.factorSets.list({}), queryFn: getAllFactorSets });
export const useAllFactorSets = () => useQuery(allFactorSetsQueryOptions());

export const createFactorSet = (input: Schemas['EmissionFactorSetInput']) =>
  api.post<Schemas['EmissionFactorSetView']>('/emission-factor-sets', input);

export function useCreateFactorSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFactorSet,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.factorSets.all }),
  });
}
