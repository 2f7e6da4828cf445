import type { SchemaContext } from '../session-schema';
import type {
  AnswerRulesSource,
  ChannelLike,
  LocksLike,
  SessionWriter,
  WriterEnv,
  WriterMessage,
} from '../session-writer-api';
import type { TabPointerEnv } from '../tab-pointer';
import { localStore } from './browser-storage';

/**
 * The browser's parts for the one writer (`session-writer.ts`) and the tab pointer
 * (`tab-pointer.ts`). Each part is optional: a browser without Web Locks or BroadcastChannel
 * gets the writer's fallbacks.
 */

const channelName = 'tsg-wizard:sessions';

/** Web Locks as the writer uses them, or null without them. */
export function locksFrom(locks: LockManager | undefined): LocksLike | null {
  if (!locks || typeof locks.request !== 'function') return null;
  return {
    request: (name, callback) => locks.request(name, () => callback()),
    held: async () => {
      const { held = [] } = await locks.query();
      return held.flatMap((lock) => (lock.name === undefined ? [] : [lock.name]));
    },
  };
}

function isWriterMessage(data: unknown): data is WriterMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, sessionId } = data as { type?: unknown; sessionId?: unknown };
  return type === 'session-changed' && typeof sessionId === 'string';
}

/**
 * A BroadcastChannel as the writer uses it, or null without one. The writer listens once, and
 * stops when disposed: stopping closes the channel.
 */
export function channelFrom(open: (() => BroadcastChannel) | undefined): ChannelLike | null {
  if (!open) return null;
  let channel: BroadcastChannel;
  try {
    channel = open();
  } catch {
    return null;
  }
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => {
      const handle = (event: MessageEvent) => {
        if (isWriterMessage(event.data)) onMessage(event.data);
      };
      channel.addEventListener('message', handle);
      return () => {
        channel.removeEventListener('message', handle);
        channel.close();
      };
    },
  };
}

/** The writer's environment in this browser tab (one per page load). */
export function browserWriterEnv(rules: AnswerRulesSource, schema: SchemaContext = {}): WriterEnv {
  const hasWindow = typeof window !== 'undefined';
  return {
    storage: localStore,
    locks: hasWindow ? locksFrom(navigator.locks) : null,
    channel:
      hasWindow && typeof BroadcastChannel === 'function'
        ? channelFrom(() => new BroadcastChannel(channelName))
        : null,
    listenStorage: hasWindow
      ? (onChange) => {
          const handle = (event: StorageEvent) => {
            if (event.storageArea === null || event.storageArea === window.localStorage) {
              onChange(event.key);
            }
          };
          window.addEventListener('storage', handle);
          return () => window.removeEventListener('storage', handle);
        }
      : null,
    now: () => new Date(),
    tabId: crypto.randomUUID(),
    newId: () => crypto.randomUUID(),
    timers: {
      set: (run, ms) => setTimeout(run, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    rules,
    schema,
  };
}

/**
 * Writes every note still waiting when the page is hidden or left (a closed tab, a reload, a
 * switch to another app): what was typed is never lost to a debounce.
 */
export function flushWhenHidden(
  writer: Pick<SessionWriter, 'flush'>,
  page: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  visibility: () => DocumentVisibilityState = () => document.visibilityState,
): () => void {
  const onPageHide = () => writer.flush();
  const onVisibility = () => {
    if (visibility() === 'hidden') writer.flush();
  };
  page.addEventListener('pagehide', onPageHide);
  page.addEventListener('visibilitychange', onVisibility);
  return () => {
    page.removeEventListener('pagehide', onPageHide);
    page.removeEventListener('visibilitychange', onVisibility);
  };
}

/** The tab pointer's environment: this tab's sessionStorage and window.name. */
export function browserTabPointerEnv(): TabPointerEnv {
  let storage: Storage | null = null;
  try {
    storage = typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    storage = null;
  }
  return {
    storage,
    windowName: {
      get: () => (typeof window === 'undefined' ? '' : window.name),
      set: (name) => {
        if (typeof window !== 'undefined') window.name = name;
      },
    },
    newToken: () => crypto.randomUUID(),
  };
}
