import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const getApiClients = () => api.get<Schemas['PageResponseApiClientView']>('/api-clients', { query: { size: 100 } });
export const apiClientsQueryOptions = () => queryOptions({ queryKey: queryKeys.apiClients.all, queryFn: getApiClients });
export const useApiClients = () => useQuery(apiClientsQueryOptions());

export const createApiClient = (input: Schemas['ApiClientInput']) => api.post<Schemas['ApiClientWithSecret']>('/api-clients', input);

export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiClients.all }),
  });
}
