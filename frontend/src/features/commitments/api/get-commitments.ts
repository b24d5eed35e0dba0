import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type Commitment = Schemas['CommitmentView'];
export type CommitmentListParams = { networkId?: string; organisationId?: string };

export const getCommitments = (params: CommitmentListParams) =>
  api.get<Schemas['PageResponseCommitmentView']>('/commitments', { query: { size: 100, ...params } });

export const commitmentsQueryOptions = (params: CommitmentListParams) =>
  queryOptions({ queryKey: queryKeys.commitments.list(params), queryFn: () => getCommitments(params) });

export const useCommitments = (params: CommitmentListParams) => useQuery(commitmentsQueryOptions(params));
