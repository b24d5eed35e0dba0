import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';

export const FILE_NAME = 'klimanett-my-data.json';

export const getMyData = () => api.get<Schemas['MyData']>('/me/data');

/**
 * Fetched with the bearer token (a plain link could not send it), then handed to the browser as a file.
 * The JSON is written back exactly as the API describes it, indented for people who open it.
 */
export function saveAsFile(data: unknown, fileName = FILE_NAME) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started from the object URL; give the browser a moment before it is revoked
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useDownloadMyData = () =>
  useMutation({
    mutationFn: getMyData,
    onSuccess: (data) => saveAsFile(data),
  });
