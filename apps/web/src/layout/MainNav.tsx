import { NavLink } from 'react-router-dom';
import { useCurrentUser } from '../auth/AuthContext';
import { useT } from '../i18n/I18nContext';
import { sectionGroupsFor } from '../navigation/sections';

interface MainNavProps {
  id: string;
  /** Only matters on narrow screens, where the navigation folds away behind the menu button. */
  open: boolean;
}

export function MainNav({ id, open }: MainNavProps) {
  const t = useT();
  const user = useCurrentUser();
  const groups = sectionGroupsFor(user.roles);

  return (
    <nav id={id} className="main-nav" data-open={open} aria-label={t('nav.label')} data-testid="main-nav">
      <ul className="nav-list">
        <li>
          <NavLink to="/" end className="nav-link">
            {t('nav.home')}
          </NavLink>
        </li>
      </ul>
      {groups.map(({ role, sections }) => {
        const headingId = `${id}-${role}`;
        return (
          <div key={role} className="nav-group">
            <h2 className="nav-group-title" id={headingId}>
              {t(`role.${role}`)}
            </h2>
            <ul className="nav-list" aria-labelledby={headingId}>
              {sections.map((section) => (
                <li key={section.id}>
                  <NavLink to={section.path} className="nav-link" data-testid={`nav-${section.id}`}>
                    {t(section.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
