import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { queryKeys } from '@/lib/query-keys';

export type SiteSettings = Schemas['SiteSettingsView'];

/** The settings with their ETag, which an update must send back as If-Match. */
export const getSiteSettings = async () => {
  const response = await api.request<SiteSettings>('/site-settings');
  return { settings: response.data, etag: response.etag };
};

export const siteSettingsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.siteSettings, queryFn: getSiteSettings, staleTime: 5 * 60_000 });

export const useSiteSettings = () => useQuery(siteSettingsQueryOptions());

export const updateSiteSettings = ({ input, etag }: { input: Schemas['SiteSettingsInput']; etag: string | null }) =>
  api.request<SiteSettings>('/site-settings', { method: 'PUT', body: input, ifMatch: etag });

export function useUpdateSiteSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSiteSettings,
    onSuccess: (response) => queryClient.setQueryData(queryKeys.siteSettings, { settings: response.data, etag: response.etag }),
  });
}
