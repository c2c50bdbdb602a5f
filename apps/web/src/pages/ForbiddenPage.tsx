import { Link } from 'react-router-dom';
import type { Role } from '../api/models';
import { Page } from '../components/Page';
import { useI18n } from '../i18n/I18nContext';

/** Shown in place of a page that needs a role the user does not hold. */
export function ForbiddenPage({ roles }: { roles: readonly Role[] }) {
  const { t, formatList } = useI18n();
  const roleNames = formatList(
    roles.map((role) => t(`role.${role}`)),
    { type: 'disjunction' },
  );
  return (
    <Page title={t('forbidden.heading')} testId="forbidden-page">
      <p className="lead">{t('forbidden.body', { roles: roleNames })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
