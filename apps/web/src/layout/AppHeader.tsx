import type { Ref } from 'react';
import { useCurrentUser } from '../auth/AuthContext';
import { useT } from '../i18n/I18nContext';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { PointsChip } from './PointsChip';
import { SignOutButton } from './SignOutButton';

interface AppHeaderProps {
  menuOpen: boolean;
  menuId: string;
  onToggleMenu: () => void;
  menuButtonRef: Ref<HTMLButtonElement>;
}

export function AppHeader({ menuOpen, menuId, onToggleMenu, menuButtonRef }: AppHeaderProps) {
  const t = useT();
  const user = useCurrentUser();

  return (
    <header className="app-header">
      <div className="app-header-start">
        <button
          ref={menuButtonRef}
          type="button"
          className="button button-ghost menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={onToggleMenu}
          data-testid="menu-toggle"
        >
          <span className="menu-toggle-icon" aria-hidden="true" />
          {t('header.menu')}
        </button>
        <Brand />
      </div>
      <section className="app-header-account" aria-label={t('header.account')}>
        <p className="current-user">
          <span className="current-user-name" data-testid="current-user-name">
            {user.name}
          </span>
          <span className="current-user-organization" data-testid="current-organization">
            {user.organization.name}
          </span>
        </p>
        <NotificationBell />
        {user.roles.includes('employee') && <PointsChip />}
        <LanguageSwitch />
        <SignOutButton />
      </section>
    </header>
  );
}
