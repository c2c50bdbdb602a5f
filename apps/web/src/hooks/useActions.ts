import { useState } from 'react';

/**
 * The actions of one screen, run one at a time: which one is running, why the last one failed,
 * and the sentence saying what the last one did.
 */
export function useActions<Kind extends string>() {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(kind: Kind, action: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (actionError) {
      setError(actionError);
    } finally {
      setBusy(null);
    }
  }

  return { busy, error, notice, setNotice, run };
}
