import { guideRegistry } from '../../guides/guide-registry';
import { guideAnswerRules } from './answer-rules';
import type { SchemaContext } from './session-schema';
import type { StorageLike } from './session-store';
import { createSessionWriter } from './session-writer';
import type {
  AnswerRulesSource,
  ChannelLike,
  LocksLike,
  SessionWriter,
  TimersLike,
  WriterEnv,
  WriterMessage,
} from './session-writer-api';

/**
 * Browser tabs for the writer's tests: one storage as the browser holds it, each tab with its
 * own view of it, Web Locks, a BroadcastChannel, timers and a clock, all driven by the test.
 *
 * A tab's view of storage behaves as Chromium's `localStorage` does: a tab reads its own writes at
 * once, and sees other tabs' writes later, in the order they were made (`deliver`). A write it has
 * not seen yet is not visible to it, even inside a Web Lock. `storage` events fire as a tab sees
 * another tab's write.
 */

/** The guide the tests' sessions work through. */
export const testGuide = await guideRegistry.loadGuide('extension-failures');
const testRules = guideAnswerRules(testGuide);

/** The rules of the test guide, at hand at once; no other guide is known. */
export const testRulesSource: AnswerRulesSource = {
  rulesFor: (guideId) => (guideId === testGuide.manifest.id ? testRules : undefined),
  load: (guideId) =>
    guideId === testGuide.manifest.id
      ? Promise.resolve()
      : Promise.reject(new Error(`No guide ${guideId}`)),
};

interface Write {
  by: string;
  key: string;
  /** null: removed. */
  value: string | null;
}

type Task = () => void;

/** A seeded random number generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class TabView implements StorageLike {
  /** How many of the browser's writes this view has seen. */
  seen = 0;
  readonly snapshot = new Map<string, string>();
  /** Key → index in the browser's log of this tab's latest write to it. */
  readonly ownWrites = new Map<string, number>();
  readonly storageListeners = new Set<(key: string | null) => void>();
  failWrites: (() => Error) | undefined;

  constructor(
    readonly world: FakeBrowser,
    readonly name: string,
  ) {}

  get length() {
    return this.snapshot.size;
  }
  key(index: number) {
    return [...this.snapshot.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.snapshot.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw this.failWrites();
    this.write(key, value);
  }
  removeItem(key: string) {
    this.write(key, null);
  }
  private write(key: string, value: string | null) {
    if (value === null) this.snapshot.delete(key);
    else this.snapshot.set(key, value);
    this.ownWrites.set(key, this.world.log.length);
    this.world.log.push({ by: this.name, key, value });
  }

  /** Sees up to `count` more of the other tabs' writes, in order. */
  deliver(count = Infinity) {
    const log = this.world.log;
    let delivered = 0;
    while (this.seen < log.length && delivered < count) {
      const index = this.seen++;
      const write = log[index]!;
      if (write.by === this.name) continue;
      delivered++;
      // A later write of this tab to the same key stands (as Chromium keeps a pending local one).
      if ((this.ownWrites.get(write.key) ?? -1) > index) continue;
      if (write.value === null) this.snapshot.delete(write.key);
      else this.snapshot.set(write.key, write.value);
      for (const listener of [...this.storageListeners]) listener(write.key);
    }
  }

  get behind() {
    return this.seen < this.world.log.length;
  }
}

interface LockRequest {
  tab: string;
  callback: () => Promise<void> | void;
  resolve: (value: unknown) => void;
}

export class FakeBrowser {
  readonly log: Write[] = [];
  nowMs = Date.parse('2026-03-01T10:00:00.000Z');
  readonly views = new Map<string, TabView>();
  private readonly lockQueues = new Map<string, LockRequest[]>();
  private readonly lockHolders = new Map<string, LockRequest>();
  /** Pending tasks, by queue: each queue runs in order; queues interleave as the test picks. */
  private readonly queues = new Map<string, Task[]>();
  private readonly timers = new Map<number, { at: number; run: Task; queue: string }>();
  private readonly channelListeners = new Map<string, Set<(m: WriterMessage) => void>>();
  private nextTimer = 1;
  private tabCount = 0;

  /** The browser's storage as it stands, after every write. */
  stored(): Map<string, string> {
    const map = new Map<string, string>();
    for (const { key, value } of this.log) {
      if (value === null) map.delete(key);
      else map.set(key, value);
    }
    return map;
  }

  /** A tab's view of storage; tabs of one name share it (a reload keeps the tab's view). */
  view(name: string): TabView {
    let view = this.views.get(name);
    if (!view) {
      view = new TabView(this, name);
      view.deliver();
      this.views.set(name, view);
    }
    return view;
  }

  private enqueue(queue: string, task: Task) {
    const tasks = this.queues.get(queue) ?? [];
    tasks.push(task);
    this.queues.set(queue, tasks);
  }

  /** Queues with work waiting. */
  waiting(): string[] {
    return [...this.queues].filter(([, tasks]) => tasks.length > 0).map(([name]) => name);
  }

  /** Runs the next task of one queue. */
  runNext(queue: string) {
    const task = this.queues.get(queue)?.shift();
    task?.();
  }

  /** Moves the clock on; timers now due queue up (in due order). */
  advance(ms: number) {
    this.nowMs += ms;
    const due = [...this.timers]
      .filter(([, t]) => t.at <= this.nowMs)
      .sort(([, a], [, b]) => a.at - b.at);
    for (const [id, timer] of due) {
      this.timers.delete(id);
      this.enqueue(timer.queue, timer.run);
    }
  }

  private grant(name: string) {
    if (this.lockHolders.has(name)) return;
    const next = this.lockQueues.get(name)?.shift();
    if (!next) return;
    this.lockHolders.set(name, next);
    this.enqueue(`lock:${name}`, () => {
      const release = (value: unknown) => {
        this.lockHolders.delete(name);
        next.resolve(value);
        this.grant(name);
      };
      Promise.resolve()
        .then(next.callback)
        .then(release, () => release(undefined));
    });
  }

  locks(tab: string): LocksLike {
    return {
      request: (name, callback) =>
        new Promise((resolve) => {
          const queue = this.lockQueues.get(name) ?? [];
          queue.push({ tab, callback, resolve });
          this.lockQueues.set(name, queue);
          this.grant(name);
        }),
      held: () => Promise.resolve([...this.lockHolders.keys()]),
    };
  }

  channel(tab: string): ChannelLike {
    return {
      post: (message) => {
        for (const [other, listeners] of this.channelListeners) {
          if (other === tab) continue;
          for (const listener of listeners) {
            this.enqueue(`channel:${other}`, () => listener(message));
          }
        }
      },
      listen: (onMessage) => {
        const listeners = this.channelListeners.get(tab) ?? new Set();
        listeners.add(onMessage);
        this.channelListeners.set(tab, listeners);
        return () => listeners.delete(onMessage);
      },
    };
  }

  timerApi(tab: string): TimersLike {
    return {
      set: (run, ms) => {
        const id = this.nextTimer++;
        this.timers.set(id, { at: this.nowMs + ms, run, queue: `timer:${tab}` });
        return id;
      },
      clear: (handle) => {
        this.timers.delete(handle as number);
      },
    };
  }

  /**
   * A writer for the tab `name` (a new page load each time: a new writer id), with the browser's
   * parts; `without` leaves some out, as a browser lacking them would.
   */
  openTab(
    name: string,
    options: {
      without?: ('locks' | 'channel')[];
      ids?: () => string;
      rules?: AnswerRulesSource;
      schema?: SchemaContext;
    } = {},
  ): SessionWriter {
    const view = this.view(name);
    const tabId = `${name}-${++this.tabCount}`;
    const env: WriterEnv = {
      storage: view,
      locks: options.without?.includes('locks') ? null : this.locks(tabId),
      channel: options.without?.includes('channel') ? null : this.channel(tabId),
      listenStorage: (onChange) => {
        view.storageListeners.add(onChange);
        return () => view.storageListeners.delete(onChange);
      },
      now: () => new Date(this.nowMs),
      tabId,
      newId: options.ids ?? (() => `session-${this.log.length}-${this.tabCount}`),
      timers: this.timerApi(tabId),
      rules: options.rules ?? testRulesSource,
      schema: options.schema ?? { unlabelledGuideId: testGuide.manifest.id },
    };
    return createSessionWriter(env);
  }

  /** Lets promise continuations run. */
  async settle() {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }

  /** Runs everything waiting, delivers every write to every view, until nothing is left. */
  async quiesce(maxRounds = 10_000) {
    for (let round = 0; round < maxRounds; round++) {
      await this.settle();
      for (const view of this.views.values()) view.deliver();
      const queue = this.waiting()[0];
      if (queue === undefined) {
        await this.settle();
        if (this.waiting().length === 0 && ![...this.views.values()].some((v) => v.behind)) {
          return;
        }
        continue;
      }
      this.runNext(queue);
    }
    throw new Error('the fake browser never settled');
  }
}
