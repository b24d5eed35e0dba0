import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { clearToken, setToken } from '@/lib/auth-token';
import { queryKeys } from '@/lib/query-keys';

export type Credentials = { username: string; password: string };

export async function login({ username, password }: Credentials): Promise<Schemas['TokenResponse']> {
  // OAuth2-style token endpoint: form-encoded, as the backend's other clients (scripts) use it too.
  const token = await api.post<Schemas['TokenResponse']>('/auth/token', undefined, {
    form: { grant_type: 'password', username, password },
  });
  setToken(token.access_token, token.expires_in);
  return token;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: () => queryClient.resetQueries(),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return () => {
    clearToken();
    queryClient.removeQueries({ queryKey: queryKeys.me });
    void queryClient.resetQueries();
  };
}
