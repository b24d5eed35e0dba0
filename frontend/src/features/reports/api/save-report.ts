import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';
import type { VersionedReport } from './get-report';

type Args = { orgId: string; year: number; input: Schemas['ReportInput']; etag: string | null; exists: boolean };

/** Creates the year's report on first save, afterwards replaces it guarded by If-Match. */
export async function saveReport({ orgId, year, input, etag, exists }: Args): Promise<VersionedReport> {
  const res = exists
    ? await api.request<Schemas['Report']>(`/organisations/${orgId}/reports/${year}`, { method: 'PUT', body: input, ifMatch: etag })
    : await api.request<Schemas['Report']>(`/organisations/${orgId}/reports`, {
        method: 'POST',
        body: input,
        headers: { 'Idempotency-Key': crypto.randomUUID() },
      });
  return { report: res.data, etag: res.etag };
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: (saved, { orgId, year }) => {
      queryClient.setQueryData(queryKeys.reports.detail(orgId, year), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports.forOrganisation(orgId), exact: true });
    },
  });
}
