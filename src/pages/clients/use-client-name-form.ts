import { useState } from 'react';
import type { AppErrorPayload, Client, FieldIssue, Result } from '#contract';
import { issueFor } from '../../api';

export interface ClientNameForm {
  name: string;
  setName: (value: string) => void;
  /** The core's complaint about the name field, shown under the input. */
  nameIssue: FieldIssue | undefined;
  /** Any other failure (connection, not found…), shown above the form. */
  formError: AppErrorPayload | null;
  busy: boolean;
  submit: (action: (name: string) => Promise<Result<Client>>) => Promise<Client | null>;
}

/**
 * Names are validated by the core only (trim, length, accent/case-insensitive uniqueness), so the
 * rules cannot drift between the UI and the data; the form just shows what the core said.
 */
export function useClientNameForm(initial = ''): ClientNameForm {
  const [name, setNameValue] = useState(initial);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const nameIssue = issueFor(error, 'name');

  return {
    name,
    setName(value) {
      setNameValue(value);
      setError(null);
    },
    nameIssue,
    formError: nameIssue ? null : error,
    busy,
    async submit(action) {
      if (busy) return null;
      setBusy(true);
      try {
        const result = await action(name);
        setError(result.ok ? null : result.error);
        return result.ok ? result.value : null;
      } finally {
        setBusy(false);
      }
    },
  };
}
