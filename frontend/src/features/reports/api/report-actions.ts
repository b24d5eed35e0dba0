import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';
import type { VersionedReport } from './get-report';

export type ReportAction = 'submit' | 'approve' | 'return' | 'reopen';
type Args = { orgId: string; year: number; action: ReportAction; etag: string | null; comment?: string };

export async function runReportAction({ orgId, year, action, etag, comment }: Args): Promise<VersionedReport> {
  const body: Schemas['ReturnInput'] | Schemas['ReopenInput'] | undefined =
    action === 'return' ? { comment: comment ?? '' } : action === 'reopen' ? { reason: comment ?? '' } : undefined;
  const res = await api.request<Schemas['ReportView']>(`/organisations/${orgId}/reports/${year}/${action}`, {
    method: 'POST',
    body,
    ifMatch: etag,
  });
  return { report: res.data, etag: res.etag };
}

/** Workflow transitions change the queue, the organisation's list and (on approval) the network figures. */
export function useReportAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runReportAction,
    onSuccess: (saved, { orgId, year, action }) => {
      queryClient.setQueryData(queryKeys.reports.detail(orgId, year), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports.all });
      if (action === 'approve' || action === 'reopen') void queryClient.invalidateQueries({ queryKey: queryKeys.stats.all });
    },
  });
}
