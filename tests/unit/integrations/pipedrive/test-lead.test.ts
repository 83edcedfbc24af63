import { describe, expect, it } from 'vitest';
import type { OutputOf } from '#contract';
import { TEST_LEAD_LABEL } from '../../../../electron/core/integrations/pipedrive/values';
import { call } from '../../support/core-harness';
import { seedLead } from '../../support/dispatch-core';
import { activateDirectly, connectOAuth, saveOAuthApp, savePipedrive, settle, usePdCore } from './support';

type Started = OutputOf<'integrations:sendTestLead'>;

/** "Send test lead" to Pipedrive: a labeled lead, a noted person, no organization unless asked. */
describe('Pipedrive: the test lead', () => {
  const env = usePdCore();

  async function withToken(): Promise<string> {
    const saved = await savePipedrive(env.core, env.emu, { clientId: env.client, token: env.emu.apiToken });
    env.emu.log.length = 0;
    return saved.id;
  }

  async function sendTest(id: string, createCompany?: boolean) {
    const started = await call<Started>(env.core, 'integrations:sendTestLead', {
      id,
      ...(createCompany !== undefined ? { createCompany } : {}),
    });
    const view = () => env.core.engine.get(started.dispatchId);
    await settle(env.time, () => !['pending', 'sending'].includes(view().dispatch.state));
    const person = env.emu.state.personByEmail(started.email);
    const leads = [...env.emu.state.leads.values()].filter((l) => l.person_id === person?.id);
    const notes = [...env.emu.state.notes.values()].filter((n) => n.person_id === person?.id);
    return { started, dispatch: view().dispatch, attempt: view().attempts.at(-1)!, person, leads, notes };
  }

  const labelNamed = (name: string) => [...env.emu.state.labels.values()].find((l) => l.name === name);
  const paths = () => env.emu.log.map((e) => `${e.method} ${e.path} ${e.status}`);

  it('labels the lead "Zero Bad Leads test" (created once), notes the person, and makes no organization', async () => {
    const id = await withToken();
    const { dispatch, attempt, person, leads, notes } = await sendTest(id);
    expect(dispatch.state).toBe('sent');
    const label = labelNamed(TEST_LEAD_LABEL.name)!;
    expect(label).toMatchObject({ name: 'Zero Bad Leads test', color: 'gray' });
    expect(leads).toHaveLength(1);
    // Its score range's label ("Hot" for high) and the test label.
    expect(leads[0]!.label_ids).toEqual([labelNamed('Hot')!.id, label.id]);
    expect(leads[0]!.organization_id).toBeNull();
    expect(person!.org_id).toBeNull();
    expect(env.emu.state.organizations.size).toBe(0);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.content).toContain('Zero Bad Leads test contact');
    expect(paths()).toEqual([
      expect.stringMatching(/^GET \/api\/v2\/persons\/search 200$/),
      'POST /api/v2/persons 200',
      'POST /api/v1/notes 200',
      'GET /api/v1/leadLabels 200',
      'POST /api/v1/leadLabels 200',
      'POST /api/v1/leads 201',
    ]);
    const said = attempt.notes.join('\n');
    expect(said).toContain('the organization "Zero Bad Leads (test)" was not looked up or created in Pipedrive');
    expect(said).toContain('filter the Leads inbox on that label');

    // The next test lead finds the label (cached) and creates it no more.
    env.emu.log.length = 0;
    const again = await sendTest(id);
    expect(again.leads[0]!.label_ids).toContain(label.id);
    expect(paths()).not.toContain('POST /api/v1/leadLabels 200');
    expect([...env.emu.state.labels.values()].filter((l) => l.name === TEST_LEAD_LABEL.name)).toHaveLength(1);
  });

  it('finds or creates the organization when asked, and links the person and the lead to it', async () => {
    const id = await withToken();
    const { dispatch, person, leads } = await sendTest(id, true);
    expect(dispatch.state).toBe('sent');
    const [org] = [...env.emu.state.organizations.values()];
    expect(org!.name).toBe('Zero Bad Leads (test)');
    expect(person!.org_id).toBe(org!.id);
    expect(leads[0]!.organization_id).toBe(org!.id);
  });

  it('the choice is kept by a resend of the test dispatch', async () => {
    const id = await withToken();
    const first = await sendTest(id, true);
    const resent = await call<{ id: string }>(env.core, 'dispatch:resend', { id: first.started.dispatchId });
    await settle(env.time, () => env.core.engine.get(resent.id).dispatch.state === 'sent');
    const row = env.core.sqlite.prepare('SELECT steps FROM dispatches WHERE id = ?').get(resent.id) as {
      steps: string;
    };
    expect(JSON.parse(row.steps)).toMatchObject({
      options: { createCompany: true },
      organization: { outcome: 'found' },
    });
  });

  it('a real lead gets neither the test label nor a note, and keeps its organization', async () => {
    const id = await withToken();
    activateDirectly(env.core, id);
    const lead = seedLead(env.core, env.client, {
      email: 'maria@acme.com.br',
      fullName: 'Maria Souza',
      company: 'Acme Ltda',
      score: 90,
      scoreRange: 'high',
    });
    const [d] = env.core.engine.enqueueLead(lead);
    await settle(env.time, () => env.core.engine.get(d!.id).dispatch.state === 'sent');
    const [created] = [...env.emu.state.leads.values()];
    expect(created!.label_ids).toEqual([labelNamed('Hot')!.id]);
    expect(env.emu.state.notes.size).toBe(0);
    expect([...env.emu.state.organizations.values()].map((o) => o.name)).toEqual(['Acme Ltda']);
  });

  it('over OAuth, a 401 is recorded, then the renewal, then the repeated call', async () => {
    await saveOAuthApp(env.core, env.emu);
    const { connection } = await connectOAuth(env.core, env.client, env.emu.url);
    const saved = await savePipedrive(env.core, env.emu, {
      clientId: env.client,
      connectionId: connection.connectionId,
    });
    env.emu.faults.status(401, { method: 'POST', path: '/api/v2/persons' });
    const { dispatch, attempt } = await sendTest(saved.id);
    expect(dispatch.state).toBe('sent');
    expect(env.emu.oauth.stats.refreshes).toBe(1);
    const timeline = attempt.calls.map((c) => [c.kind ?? 'request', c.label, c.status]);
    expect(timeline.slice(0, 4)).toEqual([
      ['request', expect.stringMatching(/^find person /), 200],
      ['request', 'create person', 401],
      ['token_renewal', 'renew the access token', null],
      ['request', 'create person', 200],
    ]);
    expect(attempt.calls[2]).toMatchObject({ url: env.emu.tokenUrl, error: null });
  });
});
