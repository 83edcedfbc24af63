/**
 * A Standard Webhooks receiver for tests: verifies signatures independently of the app, records
 * deliveries and answers as scripted. See server.ts, control.ts and responses.ts.
 */
export { startWebhookReceiver, type Delivery, type WebhookReceiver, type WebhookReceiverOptions } from './server';
export { ResponseScript, type ResponseRule, type ResponseRuleInput } from './responses';
export { verifyStandardWebhook, type Verification, type VerifyFailure } from './verify';
