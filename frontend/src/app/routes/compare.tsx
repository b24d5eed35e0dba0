import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { useNetworks } from '@/features/networks/api/get-networks';
import { currentYear } from '@/lib/clock';
import { ComparisonView } from '@/features/stats/components/comparison-view';

/** Selection lives in the URL so a comparison can be bookmarked and shared. */
export default function ComparePage() {
  const { t } = useTranslation('networks');
  const [params, setParams] = useSearchParams();
  const selected = params.getAll('networkId');
  const yearParam = params.get('year');
  const year = yearParam ? Number(yearParam) : undefined;
  const networks = useNetworks();
  const thisYear = currentYear();

  const update = (ids: string[], y: number | undefined) => {
    const next = new URLSearchParams();
    ids.forEach((id) => next.append('networkId', id));
    if (y) next.set('year', String(y));
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('compare.title')}>
        <p>{t('compare.intro')}</p>
      </PageHeader>
      {networks.isPending ? (
        <Loading />
      ) : networks.isError ? (
        <ErrorMessage error={networks.error} />
      ) : (
        <form className="compare-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('compare.networks')}</legend>
            {networks.data.items.map((n) => (
              <label key={n.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(n.id)}
                  onChange={(e) => update(e.target.checked ? [...selected, n.id] : selected.filter((x) => x !== n.id), year)}
                />{' '}
                {n.name}
              </label>
            ))}
          </fieldset>
          <SelectField label={t('compare.year')} value={year ?? ''} onChange={(e) => update(selected, e.target.value ? Number(e.target.value) : undefined)}>
            <option value="">{t('compare.latestYear')}</option>
            {Array.from({ length: 12 }, (_, i) => thisYear - 1 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
        </form>
      )}
      <ComparisonView networkIds={selected} year={year} />
    </>
  );
}
