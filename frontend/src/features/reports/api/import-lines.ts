import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

type Args = { orgId: string; year: number; csv: string; etag: string | null };

/** Appends the file's lines to the saved draft, all or nothing; the draft is then read again. */
export const importLines = ({ orgId, year, csv, etag }: Args) =>
  api.request<Schemas['ReportLinesImport']>(`/organisations/${orgId}/reports/${year}/lines/import`, {
    method: 'POST',
    body: csv,
    headers: { 'Content-Type': 'text/csv' },
    ifMatch: etag,
  });

export function useImportLines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLines,
    onSuccess: (_r, { orgId, year }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports.detail(orgId, year) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports.forOrganisation(orgId), exact: true });
    },
  });
}
