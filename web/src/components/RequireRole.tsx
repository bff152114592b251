import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { useI18n } from '../lib/i18n';
import { homeOf, useSession } from '../lib/session';

/** Signed in with this role, or off to /login (and back here afterwards). */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { session, endReason } = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (!session) {
    if (endReason === 'signedOut') return <Navigate replace to="/login?signedOut=1" />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate replace to={`/login?next=${next}${endReason === 'expired' ? '&expired=1' : ''}`} />;
  }
  if (session.role !== role) {
    return <Result status="403" title={t('error.wrongRole')} extra={<Link to={homeOf(session.role)}><Button type="primary">{t('nav.myHome')}</Button></Link>} />;
  }
  return <>{children}</>;
}
