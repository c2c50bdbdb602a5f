import { useState } from 'react';

/**
 * One form's submission: whether it is running and why it last failed. `run` clears the last
 * failure, runs the action and keeps its error for the form to show; it resolves to whether the
 * action succeeded.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (actionError) {
      setError(actionError);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
