import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page';
import { paths } from '@/config/paths';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.pageNotFound')} />
      <Link to={paths.home()}>{t('nav.home')}</Link>
    </>
  );
}
