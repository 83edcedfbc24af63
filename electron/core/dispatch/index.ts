/** The dispatch domain as the rest of the core sees it. */
export { createDispatchEngine, type DispatchConfig, type DispatchEngine } from './engine';
export { dispatchDomain } from './handlers';
export type { EngineLimits } from './limits';
