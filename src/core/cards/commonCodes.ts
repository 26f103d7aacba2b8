import type { StatusClass } from '../dataset/schema.js';

/** The codes people meet most often in each class: offered as quick picks on class cards. */
export const COMMON_CODES: Readonly<Record<StatusClass, readonly number[]>> = {
  1: [100, 101, 103],
  2: [200, 201, 204, 206],
  3: [301, 302, 304, 307, 308],
  4: [400, 401, 403, 404, 429],
  5: [500, 502, 503, 504],
};
