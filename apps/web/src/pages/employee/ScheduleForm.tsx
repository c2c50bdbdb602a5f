import { DateTime } from 'luxon';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ScheduleInput } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { BusyButton } from '../../components/BusyButton';
import { useI18n } from '../../i18n/I18nContext';
import { fromLocalInput, toLocalInput } from '../../lib/time';

interface ScheduleFormProps {
  /** Rescheduling a share that already has a time. */
  current: string | null;
  busy: boolean;
  onSchedule: (input: ScheduleInput) => void;
  onCancel?: () => void;
}

/**
 * When to post: a date and time in the person's own timezone, or the next of their weekly
 * slots. The time is converted to UTC here, at the edge.
 */
export function ScheduleForm({ current, busy, onSchedule, onCancel }: ScheduleFormProps) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const zone = user.timezone;
  const hasSlots = (user.weeklySlots?.length ?? 0) > 0;
  const [mode, setMode] = useState<'at' | 'slot'>('at');
  const [value, setValue] = useState(() => toLocalInput(current ?? DateTime.now().plus({ hours: 1 }).startOf('hour').toJSDate(), zone));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'slot') {
      onSchedule({ slot: 'next' });
      return;
    }
    const at = fromLocalInput(value, zone);
    if (!at) {
      setProblem(t('schedule.invalid'));
      return;
    }
    if (Date.parse(at) <= Date.now()) {
      setProblem(t('schedule.past'));
      return;
    }
    setProblem(null);
    onSchedule({ at });
  }

  function pick(at: DateTime) {
    setMode('at');
    setValue(toLocalInput(at.toJSDate(), zone));
    setProblem(null);
  }

  return (
    <form className="schedule-form" onSubmit={submit} noValidate aria-busy={busy} data-testid="schedule-form">
      <fieldset className="schedule-modes">
        <legend className="field-label">{t('schedule.when')}</legend>
        <label className="radio-option">
          <input type="radio" name={`${id}-mode`} checked={mode === 'at'} onChange={() => setMode('at')} data-testid="schedule-mode-at" />
          {t('schedule.atTime')}
        </label>
        <div className="schedule-at" hidden={mode !== 'at'}>
          <label className="visually-hidden" htmlFor={`${id}-at`}>
            {t('schedule.dateTime', { zone })}
          </label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            className="input"
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setProblem(null);
            }}
            aria-describedby={`${id}-zone${problem ? ` ${id}-problem` : ''}`}
            aria-invalid={problem ? true : undefined}
            data-testid="schedule-at"
          />
          <p className="field-hint" id={`${id}-zone`}>
            {t('schedule.zoneHint', { zone })} <Link to="/settings">{t('schedule.changeZone')}</Link>
          </p>
          <div className="quick-picks" role="group" aria-label={t('schedule.quickPicks')}>
            <button type="button" className="chip" onClick={() => pick(DateTime.now().setZone(zone).plus({ hours: 1 }).startOf('minute'))}>
              {t('schedule.inAnHour')}
            </button>
            <button type="button" className="chip" onClick={() => pick(DateTime.now().setZone(zone).plus({ days: 1 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 }))}>
              {t('schedule.tomorrowMorning')}
            </button>
          </div>
        </div>
        <label className="radio-option">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'slot'}
            onChange={() => setMode('slot')}
            disabled={!hasSlots}
            aria-describedby={`${id}-slot-hint`}
            data-testid="schedule-mode-slot"
          />
          {t('schedule.nextSlot')}
        </label>
        <p className="field-hint radio-hint" id={`${id}-slot-hint`}>
          {hasSlots ? t('schedule.slotHint') : t('schedule.noSlots')} {!hasSlots && <Link to="/settings">{t('schedule.addSlots')}</Link>}
        </p>
      </fieldset>
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('schedule.scheduling')} testId="schedule-submit">
          {current ? t('schedule.reschedule') : t('schedule.submit')}
        </BusyButton>
        {onCancel && (
          <button type="button" className="button button-ghost" onClick={onCancel} disabled={busy}>
            {t('common.close')}
          </button>
        )}
      </div>
    </form>
  );
}
