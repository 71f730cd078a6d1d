/** The header's right side for the session: who is signed in and a way out, or a way in. */
import { LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LinkButton } from './LinkButton.tsx';
import { useSession, useSignOut } from './session.ts';

export const SIGN_IN_PATH = '/sign-in';

export function UserArea() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut(() => void navigate('/'));
  if (session.isPending || location.pathname === SIGN_IN_PATH) return null;
  const user = session.data;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <LinkButton type="primary" icon={<LoginOutlined aria-hidden />} to={`${SIGN_IN_PATH}?next=${next}`}>
        {t('session.signIn')}
      </LinkButton>
    );
  }
  return (
    <div className="mc-user">
      <span className="mc-user-name">
        <UserOutlined aria-hidden /> <span className="mc-visually-hidden">{t('session.signedIn')} </span>
        {user.displayName}
      </span>
      <Button
        icon={<LogoutOutlined aria-hidden />}
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t('session.signOut')}
      </Button>
    </div>
  );
}
