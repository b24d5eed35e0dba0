import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export const getUsers = () => api.get<Schemas['PageResponseUserView']>('/users', { query: { size: 100 } });
export const usersQueryOptions = () => queryOptions({ queryKey: queryKeys.users.all, queryFn: getUsers });
export const useUsers = () => useQuery(usersQueryOptions());

export const createUser = (input: Schemas['UserInput']) => api.post<Schemas['UserView']>('/users', input);
export const replaceGrants = ({ userId, grants }: { userId: string; grants: Schemas['Grant'][] }) =>
  api.put<Schemas['UserView']>(`/users/${userId}/grants`, { grants } satisfies Schemas['GrantsInput']);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }) });
}

export function useReplaceGrants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceGrants,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
