import type { LoadFailureKind } from './load-failure';

/**
 * How often a failed load is tried again by itself: after 2, 4, 8 and 16 seconds, then no more
 * (a Retry press, or the connection coming back, tries again). A handful of requests, never a
 * storm.
 */
export const retryDelaysMs: readonly number[] = [2000, 4000, 8000, 16_000];

/** One run of failures of the same load (the same step, say), across re-renders and remounts. */
export interface FailureEpisode {
  /** Failures so far. */
  failures: number;
  /** What the failures were found to be, once known. */
  kind?: LoadFailureKind;
  /** Set by a Retry press or a reconnection: the next failure is looked into again. */
  recheck: boolean;
  lastAt: number;
  /** The last failure counted (the same failure seen twice counts once). */
  last?: unknown;
}

/** An episode with no failure for this long is over: the next failure starts a new one. */
const episodeMs = 120_000;

export function createFailureEpisodes(now: () => number = Date.now) {
  const episodes = new Map<string, FailureEpisode>();
  return {
    /** Records a failure of `key` (once per `error`); returns its episode. */
    failed(key: string, error?: unknown): FailureEpisode {
      const at = now();
      let episode = episodes.get(key);
      if (episode && error !== undefined && episode.last === error) return episode;
      if (!episode || at - episode.lastAt > episodeMs) {
        episode = { failures: 0, recheck: true, lastAt: at };
        episodes.set(key, episode);
      }
      episode.last = error;
      episode.failures += 1;
      episode.lastAt = at;
      return episode;
    },
    /** A Retry press or a reconnection: the next failure of `key` is looked into again. */
    recheck(key: string): void {
      const episode = episodes.get(key);
      if (episode) episode.recheck = true;
    },
    /** The episode's load succeeded. */
    ended(key: string): void {
      episodes.delete(key);
    },
  };
}

/** How long to wait before trying again by itself, or `undefined`: no more automatic tries. */
export function nextRetryDelay(episode: FailureEpisode): number | undefined {
  return retryDelaysMs[episode.failures - 1];
}

/** This page's episodes. */
export const failureEpisodes = createFailureEpisodes();
