import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { queries, upsertInList } from '../../api/queries';
import { createTeam, createUser, deactivateUser, importUsers, reinviteUser, updateTeam } from '../../api/users';
import { ROLES, type CreatedUser, type ImportResult, type ImportRowError, type Role, type Team, type User } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { CheckboxField, InputField, SelectField, TextAreaField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { SegmentedControl } from '../../components/SegmentedControl';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { translateServerMessage } from '../../i18n/server-message';
import { timeZones } from '../../lib/time';
import { useSubmit } from '../../hooks/useSubmit';

type Tab = 'people' | 'invite' | 'import' | 'teams';
const TABS: readonly Tab[] = ['people', 'invite', 'import', 'teams'];

/** People and teams: the list, one invitation, a CSV import, and teams with their managers. */
export function UsersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = (TABS.includes(params.get('tab') as Tab) ? params.get('tab') : 'people') as Tab;
  const queryClient = useQueryClient();
  const users = useQuery(queries.users());
  const teams = useQuery(queries.teams());
  const reload = (...keys: ('users' | 'teams')[]) => keys.forEach((key) => void queryClient.invalidateQueries({ queryKey: [key] }));

  return (
    <Page title={t('nav.users')} intro={t('users.intro')} testId="page-users">
      <div className="toolbar">
        <SegmentedControl<Tab>
          legend={t('users.sections')}
          hideLegend
          value={tab}
          onChange={(value) => setParams(value === 'people' ? {} : { tab: value }, { replace: true })}
          options={TABS.map((value) => ({ value, label: t(`users.tab.${value}`) }))}
          testId="users-tab"
        />
      </div>
      {tab === 'people' && <People users={users} />}
      {tab === 'invite' && <InviteForm teams={teams.data ?? []} onCreated={() => reload('users')} />}
      {tab === 'import' && <ImportForm onImported={() => reload('users', 'teams')} />}
      {tab === 'teams' && <Teams teams={teams} users={users.data ?? []} />}
    </Page>
  );
}

function People({ users }: { users: UseQueryResult<User[]> }) {
  const { t, formatList } = useI18n();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [invite, setInvite] = useState<CreatedUser | null>(null);
  const [query, setQuery] = useState('');

  async function deactivate(user: User) {
    setError(null);
    try {
      const updated = await deactivateUser(user.id);
      upsertInList(queryClient, queries.users().queryKey, updated);
    } catch (deactivateError) {
      setError(deactivateError);
    }
  }

  async function reinvite(user: User) {
    setError(null);
    try {
      setInvite(await reinviteUser(user.id));
    } catch (inviteError) {
      setError(inviteError);
    }
  }

  if (users.error !== null && !users.data) return <ErrorState error={users.error} onRetry={users.refetch} />;
  if (!users.data) return <LoadingState />;
  const needle = query.trim().toLowerCase();
  const shown = users.data.filter((user) => needle === '' || user.name.toLowerCase().includes(needle) || user.email.includes(needle));
  return (
    <>
      <div className="search-field">
        <label htmlFor="user-search" className="field-label">
          {t('users.search')}
        </label>
        <input id="user-search" type="search" className="input" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {error !== null && <ErrorText error={error} />}
      {invite && <InviteLink created={invite} />}
      {shown.length === 0 ? (
        <EmptyState title={t('users.noMatch')} />
      ) : (
        <DataTable
          caption={t('users.tab.people')}
          rows={shown}
          rowKey={(user) => user.id}
          rowProps={(user) => ({ 'data-testid': 'user-row', 'data-email': user.email })}
          testId="user-table"
          columns={[
            {
              header: t('users.name'),
              rowHeader: true,
              cell: (user) => (
                <>
                  {user.name}
                  <span className="muted small block">{user.email}</span>
                </>
              ),
            },
            { header: t('users.roles'), cell: (user) => formatList(user.roles.map((role) => t(`role.${role}`))) },
            { header: t('users.teams'), cell: (user) => (user.teams.length > 0 ? formatList(user.teams.map((team) => team.name)) : '–') },
            {
              header: t('common.status'),
              cell: (user) => (
                <Tag tone={user.status === 'active' ? 'success' : user.status === 'invited' ? 'warning' : 'neutral'} testId="user-status">
                  {t(`userStatus.${user.status}`)}
                </Tag>
              ),
            },
            {
              header: t('common.actions'),
              hideHeader: true,
              className: 'actions-cell',
              cell: (user) => (
                <>
                  {user.status === 'invited' && (
                    <button type="button" className="button button-ghost button-small" onClick={() => reinvite(user)}>
                      {t('users.newInvite')}
                      <span className="visually-hidden"> {user.name}</span>
                    </button>
                  )}
                  {user.status !== 'deactivated' && user.id !== me.id && (
                    <ConfirmButton
                      small
                      question={t('users.deactivateQuestion', { name: user.name })}
                      confirmLabel={t('users.deactivate')}
                      busyLabel={t('users.deactivating')}
                      onConfirm={() => deactivate(user)}
                      subject={user.name}
                      testId="deactivate"
                    >
                      {t('users.deactivate')}
                    </ConfirmButton>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      <p className="field-hint">{t('users.deactivateHint')}</p>
    </>
  );
}

function InviteLink({ created }: { created: CreatedUser }) {
  const { t, formatDate } = useI18n();
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <Notice tone="success" live testId="invite-link">
      <p>{t('users.invited', { name: created.user.name, date: formatDate(created.inviteExpiresAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      <div className="copy-row">
        <label htmlFor={id} className="visually-hidden">
          {t('users.inviteLink')}
        </label>
        <input id={id} className="input" readOnly value={created.inviteUrl} onFocus={(event) => event.target.select()} />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(created.inviteUrl).then(() => setCopied(true));
          }}
        >
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
    </Notice>
  );
}

function InviteForm({ teams, onCreated }: { teams: Team[]; onCreated: () => void }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['employee']);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [timezone, setTimezone] = useState(me.organization.timezone);
  const { busy, error, run } = useSubmit();
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const fieldErrors = useFieldErrors(error, { email: t('users.email'), name: t('users.name'), roles: t('users.roles'), teamIds: t('users.teams'), timezone: t('settings.timezone') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    await run(async () => {
      const result = await createUser({ email: email.trim(), name: name.trim(), roles, teamIds, timezone });
      setCreated(result);
      setEmail('');
      setName('');
      onCreated();
    });
  }

  return (
    <FormCard id="invite-heading" title={t('users.inviteHeading')} narrow>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <InputField label={t('users.email')} type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} error={fieldErrors.byField.email} required testId="invite-email" />
        <InputField label={t('users.name')} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.byField.name} required testId="invite-name" />
        <fieldset className="checkbox-group">
          <legend className="field-label">{t('users.roles')}</legend>
          {fieldErrors.byField.roles && <p className="field-error">{fieldErrors.byField.roles}</p>}
          {ROLES.map((role) => (
            <CheckboxField
              key={role}
              label={t(`role.${role}`)}
              hint={t(`role.${role}.description`)}
              checked={roles.includes(role)}
              onChange={(event) => setRoles((current) => (event.target.checked ? [...current, role] : current.filter((item) => item !== role)))}
            />
          ))}
        </fieldset>
        {teams.length > 0 && (
          <fieldset className="checkbox-group">
            <legend className="field-label">{t('users.teams')}</legend>
            {fieldErrors.byField.teamIds && <p className="field-error">{fieldErrors.byField.teamIds}</p>}
            {teams.map((team) => (
              <CheckboxField
                key={team.id}
                label={team.name}
                checked={teamIds.includes(team.id)}
                onChange={(event) => setTeamIds((current) => (event.target.checked ? [...current, team.id] : current.filter((item) => item !== team.id)))}
              />
            ))}
          </fieldset>
        )}
        <SelectField label={t('settings.timezone')} value={timezone} onChange={(event) => setTimezone(event.target.value)} error={fieldErrors.byField.timezone} options={timeZones(timezone).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))} />
        {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
        {created && <InviteLink created={created} />}
        <div>
          <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('users.inviting')} testId="invite-submit">
            {t('users.invite')}
          </BusyButton>
        </div>
      </form>
    </FormCard>
  );
}

const CSV_EXAMPLE = 'email,name,roles,teams,timezone\ndewi@example.co.id,Dewi Anggraini,employee,Sales,Asia/Jakarta\nrudi@example.co.id,Rudi Hartono,employee;manager,Engineering,Asia/Makassar';

function ImportForm({ onImported }: { onImported: () => void }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const id = useId();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rowErrors, setRowErrors] = useState<ImportRowError[] | null>(null);
  // The answer lists the first problems only; this is how many there are in all.
  const [problemCount, setProblemCount] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const errorsRef = useRef<HTMLHeadingElement>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
    setRowErrors(null);
    setResult(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setRowErrors(null);
    setResult(null);
    try {
      setResult(await importUsers(csv));
      onImported();
    } catch (importError) {
      const rows = importError instanceof ApiError ? rowsOf(importError.body) : null;
      if (rows && rows.length > 0) {
        setRowErrors(rows);
        setProblemCount(Math.max(rows.length, problemCountOf(importError instanceof ApiError ? importError.body : null)));
        // The list of problems is what the admin needs next; take them there.
        window.setTimeout(() => errorsRef.current?.focus(), 0);
      } else setError(importError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormCard id="import-heading" title={t('users.importHeading')}>
      <p>{t('users.importIntro')}</p>
      <p>
        <a className="button button-secondary" href="/api/v1/users/export.csv" download data-testid="users-export">
          {t('users.export')}
        </a>
        <span className="field-hint block">{t('users.exportHint')}</span>
      </p>
      <pre className="code-example" aria-label={t('users.importExample')}>
        {CSV_EXAMPLE}
      </pre>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy} data-testid="import-form">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            {t('users.importFile')}
          </label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv" className="file-input" onChange={readFile} data-testid="import-file" />
          {fileName && <p className="field-hint">{t('users.importLoaded', { name: fileName })}</p>}
        </div>
        <TextAreaField label={t('users.importText')} hint={t('users.importTextHint')} value={csv} onChange={(event) => setCsv(event.target.value)} rows={8} spellCheck={false} mono testId="import-csv" />
        {error !== null && <ErrorText error={error} testId="import-error" />}
        <div>
          <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('users.importing')} disabled={csv.trim() === ''} testId="import-submit">
            {t('users.importSubmit')}
          </BusyButton>
        </div>
      </form>

      {rowErrors && (
        <div className="import-errors" data-testid="import-errors">
          <h3 ref={errorsRef} tabIndex={-1} className="field-error">
            {t('users.importFailed', { count: problemCount })}
          </h3>
          <p>{t('users.importNothingSaved')}</p>
          <DataTable
            caption={t('users.importFailed', { count: problemCount })}
            rows={rowErrors}
            rowKey={(_, index) => index}
            rowProps={(row) => ({ 'data-testid': 'import-error-row', 'data-row': row.row })}
            columns={[
              { header: t('users.importRow'), numeric: true, cell: (row) => (row.row > 0 ? formatNumber(row.row) : '–') },
              { header: t('users.importField'), cell: (row) => <code>{row.field}</code> },
              { header: t('users.importProblem'), cell: (row) => translateServerMessage(row, i18n) },
            ]}
          />
          {problemCount > rowErrors.length && <p data-testid="import-more">{t('users.importMore', { count: problemCount - rowErrors.length })}</p>}
        </div>
      )}

      {result && (
        <div data-testid="import-result">
          <Notice tone="success" live>
            {t('users.imported', { count: result.created })}
            {result.teamsCreated.length > 0 && ` ${t('users.teamsCreated', { teams: result.teamsCreated.join(', ') })}`}
          </Notice>
          <DataTable
            caption={t('users.inviteLinks')}
            showCaption
            rows={result.users}
            rowKey={(user) => user.email}
            columns={[
              { header: t('users.email'), cell: (user) => user.email },
              { header: t('users.inviteLink'), className: 'break', cell: (user) => user.inviteUrl },
            ]}
          />
        </div>
      )}
    </FormCard>
  );
}

function problemCountOf(body: unknown): number {
  const total = typeof body === 'object' && body !== null ? (body as { problemCount?: unknown }).problemCount : undefined;
  return typeof total === 'number' ? total : 0;
}

function rowsOf(body: unknown): ImportRowError[] | null {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { rows?: unknown }).rows)) return null;
  return ((body as { rows: unknown[] }).rows as Partial<ImportRowError>[]).map((row) => ({
    row: typeof row.row === 'number' ? row.row : 0,
    field: String(row.field ?? ''),
    message: String(row.message ?? ''),
    code: String(row.code ?? ''),
    params: typeof row.params === 'object' && row.params !== null ? row.params : {},
  }));
}

function Teams({ teams, users }: { teams: UseQueryResult<Team[]>; users: User[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [managerId, setManagerId] = useState('');
  const { busy, error, run } = useSubmit();
  const managers = users.filter((user) => user.status !== 'deactivated');
  const managerOptions = [{ value: '', label: t('users.noManager') }, ...managers.map((user) => ({ value: user.id, label: user.name }))];
  // A manager changed in the table is not the form's manager field: its error stays above the table.
  const [rowError, setRowError] = useState<unknown>(null);
  const fieldErrors = useFieldErrors(error, { name: t('users.teamName'), managerId: t('users.manager') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const team = await createTeam({ name: name.trim(), ...(managerId ? { managerId } : {}) });
      upsertInList(queryClient, queries.teams().queryKey, team);
      setName('');
      setManagerId('');
    });
  }

  async function changeManager(team: Team, id: string) {
    setRowError(null);
    try {
      const updated = await updateTeam(team.id, { managerId: id || null });
      queryClient.setQueryData(queries.teams().queryKey, (current) => current?.map((item) => (item.id === updated.id ? { ...item, ...updated } : item)));
    } catch (updateError) {
      setRowError(updateError);
    }
  }

  return (
    <>
      {rowError !== null && <ErrorText error={rowError} />}
      <QueryView
        query={teams}
        empty={{ title: t('users.noTeams'), body: t('users.noTeamsBody') }}
      >
        {(listed) => (
          <DataTable
            caption={t('users.tab.teams')}
            rows={listed}
            rowKey={(team) => team.id}
            testId="team-table"
            columns={[
              { header: t('users.teamName'), rowHeader: true, cell: (team) => team.name },
              { header: t('users.members'), numeric: true, cell: (team) => team.memberCount ?? users.filter((user) => user.teams.some((item) => item.id === team.id)).length },
              {
                header: t('users.manager'),
                cell: (team) => (
                  <>
                    <label className="visually-hidden" htmlFor={`manager-${team.id}`}>
                      {t('users.managerOf', { team: team.name })}
                    </label>
                    <select id={`manager-${team.id}`} className="select" value={team.managerId ?? ''} onChange={(event) => changeManager(team, event.target.value)}>
                      {managerOptions.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <FormCard id="new-team" title={t('users.newTeam')} narrow>
        <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
          <InputField label={t('users.teamName')} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.byField.name} required maxLength={120} testId="team-name" />
          <SelectField label={t('users.manager')} value={managerId} onChange={(event) => setManagerId(event.target.value)} error={fieldErrors.byField.managerId} options={managerOptions} />
          {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
          <div>
            <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')} disabled={name.trim() === ''} testId="team-create">
              {t('users.createTeam')}
            </BusyButton>
          </div>
        </form>
      </FormCard>
    </>
  );
}
