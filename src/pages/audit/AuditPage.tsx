import { useClients } from '../../stores/clients';
import { AuditHistory } from './AuditHistory';

/**
 * The current client's history as a page of its own, for a navigation section (the Clients page
 * opens `AuditHistory` for any client, archived ones included).
 */
export function AuditPage() {
  const current = useClients((s) => s.current);
  if (current === null) return null;
  return <AuditHistory client={current} />;
}
