import { useTranslation } from 'react-i18next';
import { DemoBadge } from '@/components/ui/status';
import type { Schemas } from '@/lib/api-schemas';
import { useFormat } from '@/lib/format';

export function NetworkSummary({ network }: { network: Schemas['NetworkView'] }) {
  const { t } = useTranslation(['networks', 'common']);
  const fmt = useFormat();
  return (
    <div className="summary">
      {network.demo ? (
        <p>
          <DemoBadge /> {t('common:demo.explanation')}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('fields.country')}</dt>
          <dd>{t(`common:countries.${network.country}`, { defaultValue: network.country })}</dd>
        </div>
        <div>
          <dt>{t('fields.region')}</dt>
          <dd>{network.region ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('fields.foundedOn')}</dt>
          <dd>{fmt.date(network.foundedOn)}</dd>
        </div>
      </dl>
      {network.description ? <p>{network.description}</p> : null}
    </div>
  );
}
