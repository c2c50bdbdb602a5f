import { Page } from '../components/Page';
import { useT } from '../i18n/I18nContext';
import type { Section } from '../navigation/sections';

/** Stands in for an area until its real page is built. */
export function PlaceholderPage({ section }: { section: Section }) {
  const t = useT();
  return (
    <Page title={t(section.labelKey)} testId={`page-${section.id}`}>
      <p className="lead">{t(section.descriptionKey)}</p>
      <p className="muted">{t('placeholder.comingSoon')}</p>
    </Page>
  );
}
