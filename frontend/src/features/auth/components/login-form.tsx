import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { useLogin } from '../api/login';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username, password }, { onSuccess });
  };
  const failed = login.isError;
  // 400/401 from the token endpoint means wrong credentials; anything else is a real failure.
  const badCredentials = isApiError(login.error) && (login.error.status === 400 || login.error.status === 401);

  return (
    <form onSubmit={submit} className="login-form">
      {failed ? (
        <div role="alert" className="alert alert-error">
          {badCredentials ? t('login.badCredentials') : t('errors.generic')}
        </div>
      ) : null}
      <TextField label={t('login.email')} type="email" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
      <TextField label={t('login.password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <Button type="submit" variant="primary" disabled={login.isPending}>
        {login.isPending ? t('login.signingIn') : t('login.submit')}
      </Button>
    </form>
  );
}
