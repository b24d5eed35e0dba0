import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const createOrganisation = (input: Schemas['OrganisationInput']) =>
  api.post<Schemas['OrganisationView']>('/organisations', input, { headers: { 'Idempotency-Key': crypto.randomUUID() } });

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.organisations.all }),
  });
}
