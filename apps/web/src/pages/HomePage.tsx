import { Link } from 'react-router-dom';
import { useCurrentUser } from '../auth/AuthContext';
import { Page } from '../components/Page';
import { useI18n } from '../i18n/I18nContext';
import { sectionGroupsFor } from '../navigation/sections';

export function HomePage() {
  const { t, formatDate, formatList } = useI18n();
  const user = useCurrentUser();
  const firstName = user.name.split(' ')[0] || user.name;
  const teams = user.teams.map((team) => team.name);
  const groups = sectionGroupsFor(user.roles);
  // One way in per role; the navigation lists the rest.
  const startHere = groups.flatMap((group) => group.sections.slice(0, 1));

  return (
    <Page title={t('home.welcome', { name: firstName })} documentTitle={t('home.pageTitle')} testId="home-page">
      <p className="lead">
        {t('home.today', { date: formatDate(new Date(), { dateStyle: 'full' }) })}{' '}
        {teams.length > 0 ? t('home.teams', { teams: formatList(teams) }) : t('home.noTeams')}
      </p>

      <h2>{t('home.rolesHeading', { organization: user.organization.name })}</h2>
      <ul className="role-list" data-testid="home-roles">
        {groups.map(({ role }) => (
          <li key={role} className="role-item" data-role={role}>
            <span className="badge">{t(`role.${role}`)}</span>
            <span>{t(`role.${role}.description`)}</span>
          </li>
        ))}
      </ul>

      {startHere.length > 0 && (
        <>
          <h2>{t('home.startHeading')}</h2>
          <ul className="card-grid">
            {startHere.map((section) => (
              <li key={section.id}>
                <Link to={section.path} className="card card-link">
                  <span className="card-link-title">{t(section.labelKey)}</span>
                  <span className="card-link-text">{t(section.descriptionKey)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
