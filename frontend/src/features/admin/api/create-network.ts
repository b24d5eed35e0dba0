import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const createNetwork = (input: Schemas['NetworkInput']) =>
  api.post<Schemas['NetworkView']>('/networks', input, { headers: { 'Idempotency-Key': crypto.randomUUID() } });

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetwork,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.networks.all }),
  });
}
