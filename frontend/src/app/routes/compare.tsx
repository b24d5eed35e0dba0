import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { useNetworks } from '@/features/networks/api/get-networks';
import { currentYear } from '@/lib/clock';
import { ComparisonView } from '@/features/stats/components/comparison-view';

type Selection = { networkIds: string[]; year: number | undefined };

const selectionIn = (params: URLSearchParams): Selection => ({
  networkIds: params.getAll('networkId'),
  year: params.get('year') ? Number(params.get('year')) : undefined,
});

/**
 * Selection lives in the URL so a comparison can be bookmarked and shared. The checkboxes follow local state, set
 * at once on a click, and the URL follows it: React Router applies a search-param change as an asynchronous
 * navigation, and checkboxes bound to the URL alone showed the old selection until it finished, so a click
 * seemed not to take (found in e2e: "Clicking the checkbox did not change its state", about 1 run in 3 of a
 * quick three-click script).
 */
export default function ComparePage() {
  const { t } = useTranslation('networks');
  const [params, setParams] = useSearchParams();
  const [selection, setSelection] = useState(() => selectionIn(params));
  // a link or a pasted address changes the URL without a click: follow it (React's "adjust state when a prop
  // changes" pattern, no effect; after our own update the URL catches up with the same selection)
  const urlKey = params.toString();
  const [seenUrl, setSeenUrl] = useState(urlKey);
  if (urlKey !== seenUrl) {
    setSeenUrl(urlKey);
    setSelection(selectionIn(params));
  }
  const { networkIds: selected, year } = selection;
  const networks = useNetworks();
  const thisYear = currentYear();

  const update = (ids: string[], y: number | undefined) => {
    setSelection({ networkIds: ids, year: y });
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
