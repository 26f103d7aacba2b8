/**
 * Flood control for auto replies, per channel: each code (or class mention) at most once per cooldown,
 * at most `maxRepliesPerMinute` replies a minute, and each code once per thread. No clock of its own: every
 * call gets `nowMs`. Memory is bounded: old timestamps are pruned on every visit, and the least recently
 * used channels and threads are evicted beyond their caps.
 */
export interface FloodControlOptions {
  /** Minutes during which one code is explained at most once per channel (default 30). */
  cooldownMinutes?: number;
  /** Auto replies per channel per rolling minute (default 5). */
  maxRepliesPerMinute?: number;
  /** Channels remembered at once (default 10 000). */
  maxChannels?: number;
  /** Threads remembered per channel (default 500). */
  maxThreadsPerChannel?: number;
  /** How long a thread's explained codes are remembered (default 7 days). */
  threadMemoryMinutes?: number;
}

/** Where a message sits: the channel, and the thread the reply goes to. */
export interface FloodKey {
  channel: string;
  thread: string;
}

/** Which of the message's keys may be explained now, or why nothing may. */
export type FloodDecision = { allowed: string[] } | { skipped: 'flood' | 'alreadyExplained' };

export interface FloodControl {
  /**
   * Decides for the keys (codes like "503", classes like "5xx") of one message and, when a reply is
   * allowed, records it. `allowed` keeps the message's order.
   */
  admit(key: FloodKey, keys: readonly string[], nowMs: number): FloodDecision;
  /**
   * Takes back the part of an admission (`admit` at `nowMs`) that another instance had already explained:
   * `keys` leave this thread's memory (the thread got no explanation of them) but stay explained for the
   * channel, so further alerts with them are held back here without asking again. When `replySent` is
   * false, nothing was posted, and the reply's place in the per-minute cap is given back too.
   */
  withdraw(key: FloodKey, keys: readonly string[], nowMs: number, replySent: boolean): void;
  /** Channels currently remembered (for tests of the memory bound). */
  size(): number;
}

interface ChannelState {
  lastExplained: Map<string, number>;
  replyTimes: number[];
  threads: Map<string, { keys: Set<string>; lastUsed: number }>;
}

const MINUTE_MS = 60_000;

/** Creates an empty flood control. */
export function createFloodControl(options: FloodControlOptions = {}): FloodControl {
  const cooldownMs = (options.cooldownMinutes ?? 30) * MINUTE_MS;
  const maxReplies = options.maxRepliesPerMinute ?? 5;
  const maxChannels = options.maxChannels ?? 10_000;
  const maxThreads = options.maxThreadsPerChannel ?? 500;
  const threadMemoryMs = (options.threadMemoryMinutes ?? 7 * 24 * 60) * MINUTE_MS;
  const channels = new Map<string, ChannelState>();

  const channelState = (channel: string, nowMs: number): ChannelState => {
    let state = channels.get(channel);
    if (state) {
      channels.delete(channel); // re-insert: Map order is our LRU order
    } else {
      state = { lastExplained: new Map(), replyTimes: [], threads: new Map() };
    }
    channels.set(channel, state);
    while (channels.size > maxChannels) channels.delete(channels.keys().next().value!);
    prune(state, nowMs);
    return state;
  };

  const prune = (state: ChannelState, nowMs: number): void => {
    for (const [key, at] of state.lastExplained) {
      if (nowMs - at >= cooldownMs) state.lastExplained.delete(key);
    }
    state.replyTimes = state.replyTimes.filter((at) => nowMs - at < MINUTE_MS);
    for (const [thread, memory] of state.threads) {
      if (nowMs - memory.lastUsed >= threadMemoryMs) state.threads.delete(thread);
    }
  };

  return {
    admit(key, keys, nowMs) {
      const state = channelState(key.channel, nowMs);
      const thread = state.threads.get(key.thread);
      const allowed = [...new Set(keys)].filter(
        (k) => !state.lastExplained.has(k) && !(thread?.keys.has(k) ?? false),
      );
      if (allowed.length === 0) return { skipped: 'alreadyExplained' };
      if (state.replyTimes.length >= maxReplies) return { skipped: 'flood' };
      state.replyTimes.push(nowMs);
      for (const k of allowed) state.lastExplained.set(k, nowMs);
      const memory = thread ?? { keys: new Set<string>(), lastUsed: nowMs };
      for (const k of allowed) memory.keys.add(k);
      memory.lastUsed = nowMs;
      state.threads.delete(key.thread);
      state.threads.set(key.thread, memory);
      while (state.threads.size > maxThreads) state.threads.delete(state.threads.keys().next().value!);
      return { allowed };
    },
    withdraw(key, keys, nowMs, replySent) {
      const state = channels.get(key.channel);
      if (!state) return;
      const thread = state.threads.get(key.thread);
      for (const k of keys) thread?.keys.delete(k);
      if (thread?.keys.size === 0) state.threads.delete(key.thread);
      if (!replySent) {
        const at = state.replyTimes.lastIndexOf(nowMs);
        if (at >= 0) state.replyTimes.splice(at, 1);
      }
    },
    size: () => channels.size,
  };
}
