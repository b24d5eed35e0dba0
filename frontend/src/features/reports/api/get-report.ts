import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type Report = Schemas['ReportView'];
/** The ETag travels with the report: every later write must send it back as If-Match. */
export type VersionedReport = { report: Report; etag: string | null };

export async function getReport(orgId: string, year: number): Promise<VersionedReport | null> {
  try {
    const { data, etag } = await api.request<Report>(`/organisations/${orgId}/reports/${year}`);
    return { report: data, etag };
  } catch (e) {
    // No report yet for that year is the normal starting point, not an error.
    if (isApiError(e) && e.status === 404) return null;
    throw e;
  }
}

export const reportQueryOptions = (orgId: string, year: number) =>
  queryOptions({ queryKey: queryKeys.reports.detail(orgId, year), queryFn: () => getReport(orgId, year) });

export const useReport = (orgId: string, year: number, enabled = true) =>
  useQuery({ ...reportQueryOptions(orgId, year), enabled });
