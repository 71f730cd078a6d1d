/**
 * A screen for someone signed in: nobody signed in is sent to sign in and brought back to this address afterwards;
 * the signed-in person is given to what the screen shows.
 */
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useSession, type SessionUser } from './session.ts';
import { SIGN_IN_PATH } from './UserArea.tsx';

export function SignedIn({ children = () => <Outlet /> }: { children?: (user: SessionUser) => ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Spin aria-label={t('loading')} />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${SIGN_IN_PATH}?next=${next}`} replace />;
  }
  return children(session.data);
}
