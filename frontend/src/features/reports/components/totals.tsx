import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { TotalsMilli } from '../utils/line-draft';

/** Totals as exact sums; scope 3 stays separate from the 1+2 headline. */
export function Totals({ totals, title }: { totals: TotalsMilli; title: string }) {
  const { t } = useTranslation('reports');
  const fmt = useFormat();
  return (
    <section className="totals" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        <div>
          <dt>{t('totals.scope1')}</dt>
          <dd>{fmt.tonnesExact(totals.scope1)}</dd>
        </div>
        <div>
          <dt>{t('totals.scope2Location')}</dt>
          <dd>{fmt.tonnesExact(totals.scope2Location)}</dd>
        </div>
        <div>
          <dt>{t('totals.scope2Market')}</dt>
          <dd>{fmt.tonnesExact(totals.scope2Market)}</dd>
        </div>
        <div className="totals-headline">
          <dt>{t('totals.scope12')}</dt>
          <dd>{fmt.tonnesExact(totals.scope1 + totals.scope2Location)}</dd>
        </div>
        <div>
          <dt>{t('totals.scope3')}</dt>
          <dd>{fmt.tonnesExact(totals.scope3)}</dd>
        </div>
      </dl>
    </section>
  );
}
