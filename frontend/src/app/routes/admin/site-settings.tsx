import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { useSiteSettings } from '@/features/site/api/site-settings';
import { SiteSettingsForm } from '@/features/site/components/site-settings-form';

export default function AdminSiteSettingsPage() {
  const { t } = useTranslation('site');
  const settings = useSiteSettings();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <p>{t('settings.intro')}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorMessage error={settings.error} />
      ) : (
        <SiteSettingsForm settings={settings.data.settings} etag={settings.data.etag} />
      )}
    </>
  );
}
