import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toMilli } from '@/lib/decimal';
import { queryKeys } from '@/lib/query-keys';
import { arr, decimal, num, obj, str, type Json } from './decode';

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

const optMilli = (v: Json, path: string) => (v === null || v === undefined ? null : toMilli(decimal(v, path)));

export function toComparison(raw: Json): ComparisonRow[] {
  const body = obj(raw, 'comparison');
  const year = num(body.year, 'year');
  return arr(body.networks, 'networks').map((n, i) => {
    const o = obj(n, `networks[${i}]`);
    const at = (k: string) => `networks[${i}].${k}`;
    return {
      networkId: str(o.networkId, at('networkId')),
      networkName: str(o.name, at('name')),
      year,
      scope12: toMilli(decimal(o.scope12T, at('scope12T'))) ?? 0n,
      scope3: toMilli(decimal(o.scope3T, at('scope3T'))) ?? 0n,
      members: num(o.members, at('members')),
      reportingMembers: num(o.reportingMembers, at('reportingMembers')),
      scope12PerMember: optMilli(o.scope12PerMemberT, at('scope12PerMemberT')),
      scope12PerEmployee: optMilli(o.scope12PerEmployeeT, at('scope12PerEmployeeT')),
    };
  });
}

export const getComparison = async (networkIds: readonly string[], year?: number) =>
  toComparison(await api.get<Json>('/stats/compare', { query: { networkId: networkIds, year } }));

export const comparisonQueryOptions = (networkIds: readonly string[], year?: number) =>
  queryOptions({
    queryKey: queryKeys.stats.compare(networkIds, year),
    queryFn: () => getComparison(networkIds, year),
    enabled: networkIds.length > 0,
  });

export const useComparison = (networkIds: readonly string[], year?: number) =>
  useQuery(comparisonQueryOptions(networkIds, year));
