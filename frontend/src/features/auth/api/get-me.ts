import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { useToken } from '@/lib/auth-token';
import { queryKeys } from '@/lib/query-keys';

export type Me = Schemas['Me'];

export const getMe = () => api.get<Me>('/me');

export const meQueryOptions = () => queryOptions({ queryKey: queryKeys.me, queryFn: getMe, staleTime: 5 * 60_000 });

/** The signed-in caller, or undefined when anonymous. */
export function useMe() {
  const token = useToken();
  return useQuery({ ...meQueryOptions(), enabled: token !== null });
}

export const hasRole = (me: Me | undefined, role: Schemas['Role']) =>
  !!me && (me.admin || me.grants.some((g) => g.role === role));

export const canCoordinate = (me: Me | undefined, networkId: string) =>
  !!me && (me.admin || me.grants.some((g) => g.role === 'COORDINATOR' && g.networkId === networkId));

/** Coordinators and viewers of a network (and admins) read its members' submitted reports. */
export const canSeeMemberReports = (me: Me | undefined, networkId: string) =>
  !!me && (me.admin || me.grants.some((g) => (g.role === 'COORDINATOR' || g.role === 'VIEWER') && g.networkId === networkId));

export const canReport = (me: Me | undefined, organisationId: string) =>
  !!me && (me.admin || me.grants.some((g) => g.role === 'REPORTER' && g.organisationId === organisationId));
