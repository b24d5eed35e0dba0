import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type ReportHistory = Schemas['ReportHistory'];

export const getReportHistory = (orgId: string, year: number) =>
  api.get<ReportHistory>(`/organisations/${orgId}/reports/${year}/history`);

export const reportHistoryQueryOptions = (orgId: string, year: number) =>
  queryOptions({ queryKey: queryKeys.reports.history(orgId, year), queryFn: () => getReportHistory(orgId, year) });

export const useReportHistory = (orgId: string, year: number) => useQuery(reportHistoryQueryOptions(orgId, year));
