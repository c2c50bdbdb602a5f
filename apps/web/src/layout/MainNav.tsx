import { NavLink } from 'react-router-dom';
import { useCurrentUser } from '../auth/AuthContext';
import { useT } from '../i18n/I18nContext';
import { sectionGroupsFor } from '../navigation/sections';

interface MainNavProps {
  id: string;
  /** Only matters on narrow screens, where the navigation folds away behind the menu button. */
  open: boolean;
  /** A link was followed (even to the page already shown): the phone menu folds away. */
  onNavigate: () => void;
}

export function MainNav({ id, open, onNavigate }: MainNavProps) {
  const t = useT();
  const user = useCurrentUser();
  const groups = sectionGroupsFor(user.roles);

  return (
    <nav id={id} className="main-nav" data-open={open} aria-label={t('nav.label')} data-testid="main-nav">
      <ul className="nav-list">
        <li>
          <NavLink to="/" end className="nav-link" onClick={onNavigate} data-testid="nav-home">
            {t('nav.home')}
          </NavLink>
        </li>
      </ul>
      {groups.map(({ key, titleKey, sections }) => {
        const headingId = `${id}-${key}`;
        return (
          <div key={key} className="nav-group">
            <h2 className="nav-group-title" id={headingId}>
              {t(titleKey)}
            </h2>
            <ul className="nav-list" aria-labelledby={headingId}>
              {sections.map((section) => (
                <li key={section.id}>
                  <NavLink to={section.path} className="nav-link" onClick={onNavigate} data-testid={`nav-${section.id}`}>
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
