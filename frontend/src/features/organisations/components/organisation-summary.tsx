import { useTranslation } from 'react-i18next';
import { DemoBadge } from '@/components/ui/status';
import type { Schemas } from '@/lib/api-schemas';
import { useFormat } from '@/lib/format';

export function OrganisationSummary({ organisation: o }: { organisation: Schemas['OrganisationView'] }) {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  return (
    <dl className="facts">
      {o.demo ? (
        <div>
          <dt>{t('common:demo.badge')}</dt>
          <dd>
            <DemoBadge /> {t('common:demo.explanation')}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('fields.country')}</dt>
        <dd>{t(`common:countries.${o.country}`, { defaultValue: o.country })}</dd>
      </div>
      <div>
        <dt>{t('organisation.orgNumber')}</dt>
        <dd>{o.orgNumber ? `${o.orgNumber}${o.orgNumberVerified ? '' : ` (${t('organisation.unverified')})`}` : '—'}</dd>
      </div>
      <div>
        <dt>{t('members.sector')}</dt>
        <dd>{t(`common:sector.${o.sector}`)}</dd>
      </div>
      <div>
        <dt>{t('organisation.municipality')}</dt>
        <dd>{o.municipality ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('organisation.employeeCount')}</dt>
        <dd>{o.employeeCount === null || o.employeeCount === undefined ? '—' : fmt.integer(o.employeeCount)}</dd>
      </div>
    </dl>
  );
}
