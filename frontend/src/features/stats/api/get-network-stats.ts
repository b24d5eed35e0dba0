import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { toMilli } from '@/lib/decimal';
import { queryKeys } from '@/lib/query-keys';
import type { Schemas } from '@/lib/api-schemas';

// Everything the dashboard reads from the stats endpoints goes through this adapter, which turns
// the contract's figures (NetworkStats, LikeForLike, Progress) into exact milli-tonnes per year.

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

export type ProgressStatus = Schemas['ProgressStatus'];
export type CommitmentProgress = {
  commitmentId: string;
  title: string;
  organisationName: string | null;
  targetYear: number | null;
  status: ProgressStatus;
};

export type NetworkStats = {
  years: YearFigures[];
  likeForLike: LikeForLikeFigures[];
  progress: CommitmentProgress[];
  asOf: string | null;
};

const milli = (v: number) => toMilli(v) ?? 0n;

/** Location- and market-based answers merged; years without any approved report are left out. */
export function toYearFigures(location: Schemas['NetworkStats'], market: Schemas['NetworkStats']): { years: YearFigures[]; asOf: string | null } {
  const mkt = new Map(market.years.map((y) => [y.year, milli(y.scope2T)]));
  const years = location.years
    .filter((y) => y.coverage.reportingMembers > 0)
    .sort((a, b) => a.year - b.year)
    .map((y) => ({
      year: y.year,
      scope1: milli(y.scope1T),
      scope2Location: milli(y.scope2T),
      scope2Market: mkt.get(y.year) ?? milli(y.scope2T),
      scope3: milli(y.scope3T),
      reportingMembers: y.coverage.reportingMembers,
      members: y.coverage.members,
    }));
  return { years, asOf: location.includes.asOf ?? null };
}

export function toLikeForLike(raw: Schemas['LikeForLike']): LikeForLikeFigures {
  return { fromYear: raw.fromYear, toYear: raw.toYear, organisations: raw.organisations, from: milli(raw.from.scope12T), to: milli(raw.to.scope12T) };
}

export function toProgress(raw: Schemas['Progress']): CommitmentProgress[] {
  return raw.commitments.map((c) => ({
    commitmentId: c.commitmentId,
    title: c.title,
    organisationName: c.organisationName ?? null,
    targetYear: c.targetYear ?? null,
    status: c.status,
  }));
}

const base = (id: string) => `/networks/${id}/stats`;

export async function getNetworkStats(networkId: string): Promise<NetworkStats> {
  const [location, market, progress] = await Promise.all([
    api.get<Schemas['NetworkStats']>(base(networkId)),
    api.get<Schemas['NetworkStats']>(base(networkId), { query: { scope2: 'market' } }),
    api.get<Schemas['Progress']>(`${base(networkId)}/progress`),
  ]);
  const { years, asOf } = toYearFigures(location, market);
  // Like-for-like year on year, for the last five steps between years with approved reports.
  const pairs = years.slice(-6).flatMap((y, i, all) => (i === 0 ? [] : [[all[i - 1]?.year ?? y.year, y.year] as const]));
  const likeForLike = await Promise.all(
    pairs.map(async ([from, to]) => {
      try {
        return toLikeForLike(await api.get<Schemas['LikeForLike']>(`${base(networkId)}/like-for-like`, { query: { from, to } }));
      } catch (e) {
        // A pair the server cannot compare (no organisation in both years) is left out.
        if (isApiError(e) && e.status === 400) return null;
        throw e;
      }
    }),
  );
  return {
    years,
    likeForLike: likeForLike.filter((l): l is LikeForLikeFigures => l !== null && l.organisations > 0),
    progress: toProgress(progress),
    asOf,
  };
}

export const networkStatsQueryOptions = (networkId: string) =>
  queryOptions({ queryKey: queryKeys.stats.network(networkId), queryFn: () => getNetworkStats(networkId) });

export const useNetworkStats = (networkId: string) => useQuery(networkStatsQueryOptions(networkId));

/** The server's CSV, so exported figures are the server's, not a client re-computation. */
export const getNetworkStatsCsv = (networkId: string) => api.get<string>(base(networkId), { accept: 'text/csv' });
