import type { Core } from '../../../../electron/core';
import { tempDir } from '../../support/core-harness';
import { openDispatchCore, seedClient } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { scriptedConnector } from '../../dispatch/fixtures/connectors';

export interface LeadsCore {
  core: Core;
  client: string;
  time: FakeTime;
  close(): void;
}

/** A real core on a temp folder with fake time, a client, and a connector that always succeeds. */
export function openLeadsCore(): LeadsCore {
  const tmp = tempDir();
  const time = new FakeTime();
  const core = openDispatchCore(tmp.dir, {
    clock: time,
    timers: time,
    connectors: [scriptedConnector(time, () => ({ remoteId: 'r' }))],
  });
  return {
    core,
    client: seedClient(core),
    time,
    close() {
      core.close();
      tmp.cleanup();
    },
  };
}
