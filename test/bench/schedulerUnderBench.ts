/**
 * The one place the scheduler benchmark names the bot's modules. The restructuring may move the
 * scheduler (to `src/app/scheduler/`) and its neighbours: then only these paths change.
 */
export type { ChannelPoster } from '../../src/app/contracts.js';
export {
  createDailyScheduler,
  type DailyScheduler,
  type TickEntry,
} from '../../src/app/scheduler/createDailyScheduler.js';
export { createStatusCore } from '../../src/core/createStatusCore.js';
export type { Platform } from '../../src/core/request.js';
export { loadDataset } from '../../src/dataset/loadDataset.js';
export { openStore } from '../../src/store/openStore.js';
export type { Store } from '../../src/store/store.js';
