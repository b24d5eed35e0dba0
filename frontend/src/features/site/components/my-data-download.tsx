import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorMessage, Notice } from '@/components/ui/status';
import { useDownloadMyData } from '../api/my-data';

/** The privacy notice's right of access, one button away: the caller's own data as a JSON file. */
export function MyDataDownload() {
  const { t } = useTranslation('site');
  const download = useDownloadMyData();
  return (
    <>
      <p>{t('profile.dataText')}</p>
      <Button variant="primary" onClick={() => download.mutate()} disabled={download.isPending}>
        {download.isPending ? t('profile.downloading') : t('profile.download')}
      </Button>
      {download.isError ? <ErrorMessage error={download.error} /> : null}
      {download.isSuccess ? <Notice tone="success">{t('profile.downloaded')}</Notice> : null}
    </>
  );
}
