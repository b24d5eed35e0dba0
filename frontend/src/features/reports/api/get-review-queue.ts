import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type ReportSummary = Schemas['ReportSummary'];
export type ReviewQueueParams = { networkId?: string; status?: Schemas['ReportStatus']; year?: number };

/** Reports of the members of the networks the caller coordinates; SUBMITTED ones unless asked otherwise. */
export const getReviewQueue = (params: ReviewQueueParams) =>
  api.get<Schemas['PageResponseReportSummary']>('/reports', { query: { status: 'SUBMITTED', size: 100, ...params } });

export const reviewQueueQueryOptions = (params: ReviewQueueParams = {}) =>
  queryOptions({ queryKey: queryKeys.reports.queue(params), queryFn: () => getReviewQueue(params) });

export const useReviewQueue = (params: ReviewQueueParams = {}, enabled = true) =>
  useQuery({ ...reviewQueueQueryOptions(params), enabled });
