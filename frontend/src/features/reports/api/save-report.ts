import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';
import type { VersionedReport } from './get-report';

type Args = { orgId: string; year: number; input: Schemas['ReportInput']; etag: string | null; exists: boolean };

/**
 * The first save starts the year's draft (POST with the header only), then every save replaces
 * the draft's content with PUT guarded by If-Match, as the API splits creating and filling.
 */
export async function saveReport({ orgId, year, input, etag, exists }: Args): Promise<VersionedReport> {
  let current = etag;
  if (!exists) {
    const start: Schemas['NewReportInput'] = {
      year,
      consolidationApproach: input.consolidationApproach,
      gwpSet: input.gwpSet,
      factorSetId: input.factorSetId,
    };
    const created = await api.request<Schemas['ReportView']>(`/organisations/${orgId}/reports`, {
      method: 'POST',
      body: start,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    current = created.etag;
  }
  const res = await api.request<Schemas['ReportView']>(`/organisations/${orgId}/reports/${year}`, { method: 'PUT', body: input, ifMatch: current });
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
    // A failed PUT after a successful POST leaves a draft on the server: the next save must PUT.
    onError: (_e, { orgId, year }) => void queryClient.invalidateQueries({ queryKey: queryKeys.reports.detail(orgId, year) }),
  });
}
