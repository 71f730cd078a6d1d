/**
 * The designer is for those who configure procedures: nobody signed in is sent to sign in (and brought back),
 * someone without the role is told which role it takes.
 */
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { PageHeading } from '../runtime/web/shell/PageHeading.tsx';
import { hasRole, useSignOut, type SessionUser } from '../runtime/web/shell/session.ts';
import { SignedIn } from '../runtime/web/shell/SignedIn.tsx';
import { SIGN_IN_PATH } from '../runtime/web/shell/UserArea.tsx';

/** Designers author drafts, approvers review them; a system administrator may do what a designer does. */
const DESIGNER_APP_ROLES = ['designer', 'approver', 'system_admin'];

export function RequireDesignerRole() {
  return (
    <SignedIn>
      {(user) => (hasRole(user, DESIGNER_APP_ROLES) ? <Outlet /> : <RoleRequired user={user} />)}
    </SignedIn>
  );
}

function RoleRequired({ user }: { user: SessionUser }) {
  const { t } = useTranslation('designer');
  const navigate = useNavigate();
  const signOut = useSignOut(() => void navigate(SIGN_IN_PATH));
  return (
    <>
      <PageHeading
        title={t('roleRequired.title')}
        intro={t('roleRequired.body', { name: user.displayName })}
      />
      <Space wrap>
        <Button type="primary" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('roleRequired.switchAccount')}
        </Button>
        <Button href="/">{t('roleRequired.toPortal')}</Button>
      </Space>
    </>
  );
}
