import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { toMilli } from '@/lib/decimal';
import { queryKeys } from '@/lib/query-keys';

// The stats endpoints are not designed in detail yet. Everything the UI reads goes through
// this adapter, so when the backend settles on a shape only toNetworkStats changes.

export type YearFigures = {
  year: number;
  scope1: bigint;
  scope2Location: bigint;
  scope2Market: bigint;
  scope3: bigint;
  reportingMembers: number;
  members: number;
};

export type LikeForLikeFigures = { fromYear: number; toYear: number; organisations: number; from: bigint; to: bigint };

export type NetworkStats = {
  networkName: string;
  years: YearFigures[];
  likeForLike: LikeForLikeFigures[];
  progress: Schemas['CommitmentProgress'][];
  asOf: string | null;
  demo: boolean;
};

const milli = (v: number | string | null | undefined) => toMilli(v) ?? 0n;

export function toNetworkStats(raw: Schemas['NetworkStats']): NetworkStats {
  return {
    networkName: raw.network.name,
    years: [...raw.years]
      .sort((a, b) => a.year - b.year)
      .map((y) => ({
        year: y.year,
        scope1: milli(y.scope1T),
        scope2Location: milli(y.scope2LocationT),
        scope2Market: milli(y.scope2MarketT),
        scope3: milli(y.scope3T),
        reportingMembers: y.reportingMembers,
        members: y.members,
      })),
    likeForLike: (raw.likeForLike ?? []).map((l) => ({
      fromYear: l.fromYear,
      toYear: l.toYear,
      organisations: l.organisations,
      from: milli(l.fromT),
      to: milli(l.toT),
    })),
    progress: raw.progress ?? [],
    asOf: raw.asOf ?? null,
    demo: raw.demo ?? false,
  };
}

export const getNetworkStats = async (networkId: string) =>
  toNetworkStats(await api.get<Schemas['NetworkStats']>(`/networks/${networkId}/stats`));

export const networkStatsQueryOptions = (networkId: string) =>
  queryOptions({ queryKey: queryKeys.stats.network(networkId), queryFn: () => getNetworkStats(networkId) });

export const useNetworkStats = (networkId: string) => useQuery(networkStatsQueryOptions(networkId));

/** The server's CSV, so exported figures are the server's, not a client re-computation. */
export const getNetworkStatsCsv = (networkId: string) =>
  api.get<string>(`/networks/${networkId}/stats`, { accept: 'text/csv' });
