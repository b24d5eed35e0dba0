import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useToken } from '@/lib/auth-token';

/** Pages behind it need a token; the server still decides what the token may see. */
export function RequireAuth() {
  const token = useToken();
  const location = useLocation();
  if (!token) return <Navigate to={paths.login(location.pathname + location.search)} replace />;
  return <Outlet />;
}
