import { useTranslation } from 'react-i18next';

/** A configured contact (e-mail address or https URL) as a link, or a plain statement that none is configured. */
export function ContactLink({ contact }: { contact: string | null | undefined }) {
  const { t } = useTranslation('site');
  if (!contact) return <p className="muted">{t('contact.missing')}</p>;
  const href = contact.startsWith('https://') ? contact : `mailto:${contact}`;
  return (
    <p>
      <a href={href}>{contact}</a>
    </p>
  );
}
