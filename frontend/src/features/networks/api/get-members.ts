import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type Membership = Schemas['MembershipView'];

export const getMembers = (networkId: string) =>
  api.get<Schemas['PageResponseMembershipView']>(`/networks/${networkId}/members`, { query: { size: 100 } });

export const membersQueryOptions = (networkId: string) =>
  queryOptions({ queryKey: queryKeys.networks.members(networkId), queryFn: () => getMembers(networkId) });

export const useMembers = (networkId: string) => useQuery(membersQueryOptions(networkId));
