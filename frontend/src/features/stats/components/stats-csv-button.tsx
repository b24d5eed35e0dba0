import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/status';
import { downloadText } from '@/lib/csv';
import { getNetworkStatsCsv } from '../api/get-network-stats';

/** All figures as the server's CSV (Accept: text/csv): the export coordinators hand to the council. */
export function StatsCsvButton({ networkId, filename }: { networkId: string; filename: string }) {
  const { t } = useTranslation('networks');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      downloadText(filename, await getNetworkStatsCsv(networkId));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => void download()} disabled={busy}>
        {t('dashboard.downloadAll')}
      </Button>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
