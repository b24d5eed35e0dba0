import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api-schemas';
import { downloadText } from '@/lib/csv';

export const FILE_NAME = 'klimanett-my-data.json';

export const getMyData = () => api.get<Schemas['MyData']>('/me/data');

/**
 * Fetched with the bearer token (a plain link could not send it), then handed to the browser as a file: the JSON
 * exactly as the API describes it, indented for people who open it.
 */
export const useDownloadMyData = () =>
  useMutation({
    mutationFn: getMyData,
    onSuccess: (data) => downloadText(FILE_NAME, JSON.stringify(data, null, 2), 'application/json'),
  });
