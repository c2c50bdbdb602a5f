import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { updateOrganization } from '../../api/organization';
import { markStale, queries } from '../../api/queries';
import type { DisclosureMode, Organization } from '../../api/models';
import { SaveFooter } from '../../components/SaveFooter';
import { useFieldErrors } from '../../components/errorMessages';
import { CheckboxField, InputField, SelectField } from '../../components/fields';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { timeZones } from '../../lib/time';
import { ApiKeysCard } from './ApiKeysCard';
import { ChatIntegrationsSection } from './ChatIntegrationsSection';
import { ValueOfReachCard } from './ValueOfReachCard';
import { useSubmit } from '../../hooks/useSubmit';

/** The organisation's settings: name, timezone, the daily share limit and the required disclosure. */
export function OrganizationPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const organization = useQuery(queries.organization());
  const saved = (updated: Organization) => {
    queryClient.setQueryData(queries.organization().queryKey, updated);
    // Share previews carry the disclosure.
    markStale(queryClient, [['shares']]);
  };
  return (
    <Page title={t('nav.organization')} intro={t('organization.intro')} testId="page-organization">
      <QueryView query={organization}>{(loaded) => <OrganizationForm organization={loaded} onSaved={saved} />}</QueryView>
      <ValueOfReachCard />
      <ApiKeysCard />
      <ChatIntegrationsSection />
    </Page>
  );
}

function OrganizationForm({ organization, onSaved }: { organization: Organization; onSaved: (organization: Organization) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(organization.name);
  const [timezone, setTimezone] = useState(organization.timezone);
  const [limit, setLimit] = useState(String(organization.dailyShareLimit));
  const [disclosure, setDisclosure] = useState(organization.requiredDisclosure ?? '');
  const [mode, setMode] = useState<DisclosureMode>(organization.disclosureMode);
  const [leaderboard, setLeaderboard] = useState(organization.employeesSeeLeaderboard);
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState(false);
  const fieldErrors = useFieldErrors(error, {
    name: t('organization.name'),
    timezone: t('settings.timezone'),
    dailyShareLimit: t('organization.dailyLimit'),
    requiredDisclosure: t('organization.disclosure'),
    disclosureMode: t('organization.disclosureMode'),
    employeesSeeLeaderboard: t('organization.employeesSeeLeaderboard'),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      onSaved(
        await updateOrganization({
          name: name.trim(),
          timezone,
          dailyShareLimit: Number(limit),
          requiredDisclosure: disclosure.trim() === '' ? null : disclosure.trim(),
          disclosureMode: mode,
          employeesSeeLeaderboard: leaderboard,
        }),
      );
      setSaved(true);
    });
  }

  return (
    <form className="form card form-card narrow" onSubmit={submit} noValidate aria-busy={busy}>
      <InputField label={t('organization.name')} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.byField.name} required maxLength={200} />
      <SelectField label={t('settings.timezone')} hint={t('organization.timezoneHint')} value={timezone} onChange={(event) => setTimezone(event.target.value)} error={fieldErrors.byField.timezone} options={timeZones(timezone).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))} />
      <InputField label={t('organization.dailyLimit')} hint={t('organization.dailyLimitHint')} type="number" min={1} max={50} value={limit} onChange={(event) => setLimit(event.target.value)} error={fieldErrors.byField.dailyShareLimit} testId="organization-daily-limit" />
      <InputField label={t('organization.disclosure')} hint={t('organization.disclosureHint')} value={disclosure} onChange={(event) => setDisclosure(event.target.value)} error={fieldErrors.byField.requiredDisclosure} maxLength={100} placeholder="#employee" />
      <SelectField
        label={t('organization.disclosureMode')}
        value={mode}
        onChange={(event) => setMode(event.target.value as DisclosureMode)}
        error={fieldErrors.byField.disclosureMode}
        options={[
          { value: 'append', label: t('organization.modeAppend') },
          { value: 'require', label: t('organization.modeRequire') },
        ]}
      />
      <CheckboxField label={t('organization.employeesSeeLeaderboard')} checked={leaderboard} onChange={(event) => setLeaderboard(event.target.checked)} />
      {fieldErrors.byField.employeesSeeLeaderboard && <p className="field-error">{fieldErrors.byField.employeesSeeLeaderboard}</p>}
      <SaveFooter error={fieldErrors.rest} saved={saved} busy={busy} />
    </form>
  );
}
