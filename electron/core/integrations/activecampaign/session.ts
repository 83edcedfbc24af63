import { ConnectorError, type SendContext } from '../connector';
import type { AcApi } from './api-client';
import type { AcConfig } from './config';
import { blamesContact } from './errors';
import type { AcIdCache } from './id-cache';

/** Raised inside a step when AC says the contact synced earlier no longer exists. */
export class ContactGoneError extends Error {
  constructor() {
    super('The contact no longer exists in ActiveCampaign.');
    this.name = 'ContactGoneError';
  }
}

export interface ContactStep {
  id: string;
  /** Custom fields sent with the sync that AC did not echo back; the fields step looks into them. */
  unconfirmed: Array<{ id: string; title: string }>;
  /** Created by this dispatch: it has no list memberships, so there is nothing to read before subscribing. */
  created?: boolean;
}

/** What a side-effect step records: the contact it acted on, so a re-synced contact gets it again. */
export interface DoneStep {
  contact: string;
  [key: string]: unknown;
}

/**
 * One `send()` call: the API, the account's id cache, and the problems that did not stop the
 * other steps. Tags, lists and the account are independent of each other, so a refused tag is
 * collected and reported at the end instead of leaving the contact out of its lists too.
 */
export class AcSendSession {
  readonly problems: string[] = [];

  constructor(
    readonly ctx: SendContext<AcConfig>,
    readonly api: AcApi,
    readonly cache: AcIdCache,
  ) {}

  get config(): AcConfig {
    return this.ctx.config;
  }

  contactId(): string {
    const step = this.ctx.steps.get<ContactStep>('contact');
    if (!step) throw new Error('AC connector: the contact step must run first.');
    return step.id;
  }

  /** True when `key` was already achieved for the current contact (a resumed attempt skips it). */
  done(key: string): boolean {
    return this.ctx.steps.get<DoneStep>(key)?.contact === this.contactId();
  }

  record(key: string, value: Record<string, unknown>): void {
    this.ctx.steps.set(key, { contact: this.contactId(), ...value });
  }

  checkpoint(): void {
    if (this.ctx.signal.aborted) {
      throw new ConnectorError('transient', 'The send was interrupted; the next attempt resumes where it stopped.');
    }
  }

  /** Runs an independent step; a permanent refusal is kept for the final report, anything else stops the send. */
  async collect(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      if (err instanceof ConnectorError && err.errorClass === 'permanent') {
        this.problems.push(err.message);
        this.ctx.note(err.message);
        return;
      }
      throw err;
    }
  }

  /**
   * Runs `attempt` with ids from the cache; when AC answers 404 it runs once more with fresh ids
   * (`fresh` true: the caller re-reads AC instead of trusting the cache). A 404 that names the
   * contact is not the cache's fault: the contact step has to run again.
   */
  async withFreshIdsOn404<T>(attempt: (fresh: boolean) => Promise<T>, gone: (err: ConnectorError) => ConnectorError) {
    try {
      return await attempt(false);
    } catch (err) {
      if (!(err instanceof ConnectorError) || err.status !== 404) throw err;
      if (blamesContact(err)) throw new ContactGoneError();
    }
    try {
      return await attempt(true);
    } catch (err) {
      if (!(err instanceof ConnectorError) || err.status !== 404) throw err;
      if (blamesContact(err)) throw new ContactGoneError();
      throw gone(err);
    }
  }
}
