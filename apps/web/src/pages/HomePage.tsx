import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { queries } from '../api/queries';
import { useCurrentUser } from '../auth/AuthContext';
import { Page } from '../components/Page';
import { useI18n } from '../i18n/I18nContext';
import { sectionGroupsFor } from '../navigation/sections';
import { HomeNeedsYou, useLastVisit } from './HomeNeedsYou';
import { HomeSummary } from './HomeSummary';

export function HomePage() {
  const { t, formatDate, formatList } = useI18n();
  const user = useCurrentUser();
  const firstName = user.name.split(' ')[0] || user.name;
  const teams = user.teams.map((team) => team.name);
  const groups = sectionGroupsFor(user.roles).filter((group) => group.role);
  // One way in per role; the navigation lists the rest.
  const startHere = groups.flatMap((group) => group.sections.slice(0, 1));
  const since = useLastVisit(user.id);

  return (
    <Page title={t('home.welcome', { name: firstName })} documentTitle={t('home.pageTitle')} testId="home-page">
      <p className="lead">
        {t('home.today', { date: formatDate(new Date(), { dateStyle: 'full' }) })}{' '}
        {teams.length > 0 ? t('home.teams', { teams: formatList(teams) }) : t('home.noTeams')}
      </p>

      {user.roles.includes('employee') && <GettingStarted />}

      {user.roles.includes('employee') && <HomeSummary since={since} />}

      <HomeNeedsYou />

      <h2>{t('home.rolesHeading', { organization: user.organization.name })}</h2>
      <ul className="role-list" data-testid="home-roles">
        {groups.map(({ key, role }) => (
          <li key={key} className="role-item" data-role={role}>
            <span className="badge">{t(`role.${role!}`)}</span>
            <span>{t(`role.${role!}.description`)}</span>
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

/** The three steps to a first share, ticked off as they are done. */
function GettingStarted() {
  const t = useI18n().t;
  const [policy, connections, shares] = useQueries({ queries: [queries.currentPolicy(), queries.connections(), queries.shares()] });
  // Shown only once all three are known; a checklist is no place for an error.
  if (policy.data === undefined || !connections.data || !shares.data) return null;
  const steps = [
    { done: policy.data === null || policy.data.acknowledged, to: '/policy', label: t('home.step.policy') },
    { done: connections.data.some((connection) => connection.status === 'active'), to: '/connections', label: t('home.step.connect') },
    { done: shares.data.some((share) => share.status !== 'draft' && share.status !== 'cancelled'), to: '/feed', label: t('home.step.share') },
  ];
  if (steps.every((step) => step.done)) return null;
  return (
    <section className="card checklist" aria-labelledby="getting-started" data-testid="getting-started">
      <h2 id="getting-started">{t('home.gettingStarted')}</h2>
      <ol className="checklist-steps">
        {steps.map((step) => (
          <li key={step.to} data-done={step.done || undefined}>
            <span className="checklist-mark" aria-hidden="true">
              {step.done ? '✓' : ''}
            </span>
            {step.done ? (
              <span>
                {step.label} <span className="visually-hidden">({t('home.step.done')})</span>
              </span>
            ) : (
              <Link to={step.to}>{step.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
