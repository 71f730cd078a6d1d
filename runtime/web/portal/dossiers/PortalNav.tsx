/** The portal's links in the header: the citizen's own dossiers and public tracking. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export function PortalNav() {
  const { t } = useTranslation('portalDossiers');
  return (
    <nav aria-label={t('nav.label')} className="mc-portal-nav">
      <NavLink to="/ho-so" end>
        {t('nav.mine')}
      </NavLink>
      <NavLink to="/tra-cuu">{t('nav.tracking')}</NavLink>
    </nav>
  );
}
