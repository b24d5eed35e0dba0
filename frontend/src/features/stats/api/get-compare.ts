import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toMilli } from '@/lib/decimal';
import { queryKeys } from '@/lib/query-keys';
import type { Schemas } from '@/lib/api-schemas';

// Adapter for /stats/compare, isolated for the same reason as get-network-stats.
export type ComparisonRow = {
  networkId: string;
  networkName: string;
  year: number;
  scope12: bigint;
  scope3: bigint;
  members: number;
  reportingMembers: number;
  /** Divided by reporting members / their employees on the server; null when it cannot be. */
  scope12PerMember: bigint | null;
  scope12PerEmployee: bigint | null;
};

const optMilli = (v: number | null | undefined) => (v === null || v === undefined ? null : toMilli(v));

export function toComparison(raw: Schemas['Comparison']): ComparisonRow[] {
  return raw.networks.map((n) => ({
    networkId: n.networkId,
    networkName: n.name,
    year: raw.year,
    scope12: toMilli(n.scope12T) ?? 0n,
    scope3: toMilli(n.scope3T) ?? 0n,
    members: n.members,
    reportingMembers: n.reportingMembers,
    scope12PerMember: optMilli(n.scope12PerMemberT),
    scope12PerEmployee: optMilli(n.scope12PerEmployeeT),
  }));
}

export const getComparison = async (networkIds: readonly string[], year?: number) =>
  toComparison(await api.get<Schemas['Comparison']>('/stats/compare', { query: { networkId: networkIds, year } }));

export const comparisonQueryOptions = (networkIds: readonly string[], year?: number) =>
  queryOptions({
    queryKey: queryKeys.stats.compare(networkIds, year),
    queryFn: () => getComparison(networkIds, year),
    enabled: networkIds.length > 0,
  });

export const useComparison = (networkIds: readonly string[], year?: number) =>
  useQuery(comparisonQueryOptions(networkIds, year));
