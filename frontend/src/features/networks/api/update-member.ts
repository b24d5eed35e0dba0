import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

type Args = { networkId: string; membershipId: string; input: Schemas['MembershipUpdate'] };

export const updateMember = ({ networkId, membershipId, input }: Args) =>
  api.put<Schemas['MembershipView']>(`/networks/${networkId}/members/${membershipId}`, input);

/** Leaving is recorded as an end date, never a delete: past years still count the member. */
export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMember,
    onSuccess: (_d, { networkId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.networks.members(networkId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stats.network(networkId) });
    },
  });
}
