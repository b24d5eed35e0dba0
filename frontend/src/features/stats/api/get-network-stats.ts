import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { toMilli } from '@/lib/decimal';
import { queryKeys } from '@/lib/query-keys';
import { arr, decimal, num, obj, optNum, optStr, str, type Json } from './decode';

// Everything the dashboard reads from the stats endpoints goes through this adapter (the
// contract types their JSON as unknown): only this file changes when the shapes do.

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

export type ProgressStatus = 'ON_TRACK' | 'OFF_TRACK' | 'NO_DATA';
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

const milli = (v: Json, path: string) => toMilli(decimal(v, path)) ?? 0n;

type RawYear = { year: number; scope1: bigint; scope2: bigint; scope3: bigint; members: number; reporting: number };

function readYears(raw: Json): { years: RawYear[]; asOf: string | null } {
  const body = obj(raw, 'stats');
  const years = arr(body.years, 'years').map((y, i) => {
    const o = obj(y, `years[${i}]`);
    const c = obj(o.coverage, `years[${i}].coverage`);
    return {
      year: num(o.year, `years[${i}].year`),
      scope1: milli(o.scope1T, `years[${i}].scope1T`),
      scope2: milli(o.scope2T, `years[${i}].scope2T`),
      scope3: milli(o.scope3T, `years[${i}].scope3T`),
      members: num(c.members, `years[${i}].coverage.members`),
      reporting: num(c.reportingMembers, `years[${i}].coverage.reportingMembers`),
    };
  });
  const includes = body.includes === undefined || body.includes === null ? null : obj(body.includes, 'includes');
  return { years, asOf: includes ? optStr(includes.asOf, 'includes.asOf') : null };
}

/** Location- and market-based answers merged; years without any approved report are left out. */
export function toYearFigures(location: Json, market: Json): { years: YearFigures[]; asOf: string | null } {
  const loc = readYears(location);
  const mkt = new Map(readYears(market).years.map((y) => [y.year, y.scope2]));
  const years = loc.years
    .filter((y) => y.reporting > 0)
    .sort((a, b) => a.year - b.year)
    .map((y) => ({
      year: y.year,
      scope1: y.scope1,
      scope2Location: y.scope2,
      scope2Market: mkt.get(y.year) ?? y.scope2,
      scope3: y.scope3,
      reportingMembers: y.reporting,
      members: y.members,
    }));
  return { years, asOf: loc.asOf };
}

export function toLikeForLike(raw: Json): LikeForLikeFigures {
  const o = obj(raw, 'likeForLike');
  return {
    fromYear: num(o.fromYear, 'fromYear'),
    toYear: num(o.toYear, 'toYear'),
    organisations: num(o.organisations, 'organisations'),
    from: milli(obj(o.from, 'from').scope12T, 'from.scope12T'),
    to: milli(obj(o.to, 'to').scope12T, 'to.scope12T'),
  };
}

const STATUSES: readonly ProgressStatus[] = ['ON_TRACK', 'OFF_TRACK', 'NO_DATA'];

export function toProgress(raw: Json): CommitmentProgress[] {
  return arr(obj(raw, 'progress').commitments, 'commitments').map((c, i) => {
    const o = obj(c, `commitments[${i}]`);
    const status = str(o.status, `commitments[${i}].status`);
    return {
      commitmentId: str(o.commitmentId, `commitments[${i}].commitmentId`),
      title: str(o.title, `commitments[${i}].title`),
      organisationName: optStr(o.organisationName, `commitments[${i}].organisationName`),
      targetYear: optNum(o.targetYear, `commitments[${i}].targetYear`),
      status: STATUSES.find((s) => s === status) ?? 'NO_DATA',
    };
  });
}

const base = (id: string) => `/networks/${id}/stats`;

export async function getNetworkStats(networkId: string): Promise<NetworkStats> {
  const [location, market, progress] = await Promise.all([
    api.get<Json>(base(networkId)),
    api.get<Json>(base(networkId), { query: { scope2: 'market' } }),
    api.get<Json>(`${base(networkId)}/progress`),
  ]);
  const { years, asOf } = toYearFigures(location, market);
  // Like-for-like year on year, for the last five steps between years with approved reports.
  const pairs = years.slice(-6).flatMap((y, i, all) => (i === 0 ? [] : [[all[i - 1]?.year ?? y.year, y.year] as const]));
  const likeForLike = await Promise.all(
    pairs.map(async ([from, to]) => {
      try {
        return toLikeForLike(await api.get<Json>(`${base(networkId)}/like-for-like`, { query: { from, to } }));
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
