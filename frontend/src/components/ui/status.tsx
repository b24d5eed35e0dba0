import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {label ?? t('status.loading')}
    </p>
  );
}

/** Problem details are shown as the server phrased them; unknown failures get a generic text. */
export function ErrorMessage({ error, children }: { error: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  let message: string = t('errors.generic');
  if (isApiError(error)) {
    if (error.status === 401) message = t('errors.unauthorized');
    else if (error.status === 403) message = t('errors.forbidden');
    else if (error.status === 404) message = t('errors.notFound');
    else if (error.status === 412 || error.status === 409) message = t('errors.conflict');
    else message = error.detail ?? error.title;
  }
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      {children}
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div role="status" className={`alert alert-${tone}`}>
      {children}
    </div>
  );
}

export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-demo" title={t('demo.explanation')}>
      {t('demo.badge')}
    </span>
  );
}
