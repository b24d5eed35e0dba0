import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { toMilli } from '@/lib/decimal';
import { queryKeys } from '@/lib/query-keys';

// Adapter for /stats/compare, isolated for the same reason as get-network-stats.
export type ComparisonRow = {
  networkId: string;
  networkName: string;
  year: number;
  scope12: bigint;
  scope3: bigint;
  members: number;
  reportingMembers: number;
  employees: number | null;
};

export function toComparison(raw: Schemas['NetworkComparison']): ComparisonRow[] {
  return raw.networks.map((r) => ({
    networkId: r.network.id,
    networkName: r.network.name,
    year: r.year,
    scope12: (toMilli(r.scope1T) ?? 0n) + (toMilli(r.scope2LocationT) ?? 0n),
    scope3: toMilli(r.scope3T) ?? 0n,
    members: r.members,
    reportingMembers: r.reportingMembers,
    employees: r.employees ?? null,
  }));
}

export const getComparison = async (networkIds: readonly string[], year?: number) =>
  toComparison(await api.get<Schemas['NetworkComparison']>('/stats/compare', { query: { networkId: networkIds, year } }));

export const comparisonQueryOptions = (networkIds: readonly string[], year?: number) =>
  queryOptions({
    queryKey: queryKeys.stats.compare(networkIds, year),
    queryFn: () => getComparison(networkIds, year),
    enabled: networkIds.length > 0,
  });

export const useComparison = (networkIds: readonly string[], year?: number) =>
  useQuery(comparisonQueryOptions(networkIds, year));
