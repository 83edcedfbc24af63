export { auditDomain } from './domain';
export { diffSettings, sameValue } from './diff';
export { filterSettings, integrationChanges } from './integration-changes';
export { integrationStateRecorder } from './integration-state';
export { createAuditLog, type AuditLog, type AuditRecordInput } from './log';
