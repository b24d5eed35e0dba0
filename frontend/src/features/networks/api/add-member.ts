import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const addMember = ({ networkId, input }: { networkId: string; input: Schemas['MembershipInput'] }) =>
  api.post<Schemas['MembershipView']>(`/networks/${networkId}/members`, input, {
    // Retried submits (double click, flaky network) must not create two memberships.
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMember,
    onSuccess: (_d, { networkId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.networks.members(networkId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stats.network(networkId) });
    },
  });
}
