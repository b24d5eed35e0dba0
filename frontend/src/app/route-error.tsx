import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="crashed">
      <h1>{t('errors.crashedTitle')}</h1>
      <p>{t('errors.crashed')}</p>
      <Link to={paths.home()}>{t('nav.home')}</Link>
    </main>
  );
}
