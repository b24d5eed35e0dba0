import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Only same-site paths: an open redirect through ?redirectTo= would be a phishing aid.
  const target = params.get('redirectTo');
  const redirectTo = target && target.startsWith('/') && !target.startsWith('//') ? target : paths.tasks();
  return (
    <div className="narrow">
      <PageHeader title={t('login.title')} />
      <LoginForm onSuccess={() => void navigate(redirectTo, { replace: true })} />
    </div>
  );
}
