import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import {
  extensionFailuresMachine,
  findingValues,
  type Finding,
  type GuideEvent,
} from './extension-failures.machine';
import type { StepMeta } from './step-meta';
import { reachableSteps, stepByStateKey } from './steps';

/**
 * Answers, keyed by step id, replayed through the machine: the URL's query string is an input to
 * the machine, never a copy kept in sync with it.
 */

export type GuideSnapshot = SnapshotFrom<typeof extensionFailuresMachine>;

/** Step id → answer value. A multiple-choice answer is its values joined by commas. */
export type Answers = Readonly<Record<string, string>>;

/** The separator of a multiple-choice answer's values. */
export const valueSeparator = ',';

export function stepOf(snapshot: GuideSnapshot): StepMeta {
  const step = stepByStateKey(String(snapshot.value));
  if (!step) throw new Error(`State ${String(snapshot.value)} has no step meta`);
  return step;
}

/**
 * The machine event an answer stands for, or `undefined` when the value is not one the step
 * accepts (a tampered or outdated link).
 */
export function eventForAnswer(step: StepMeta, value: string): GuideEvent | undefined {
  const answer = step.answer;
  if (!answer) return undefined;
  if (answer.type !== 'multiple') {
    const option = answer.options.find((o) => o.value === value);
    return option?.event ? ({ type: option.event } as GuideEvent) : undefined;
  }
  if (value === answer.none.value) return { type: 'findings.submit', values: [] };
  const values = value.split(valueSeparator);
  const known = new Set(answer.options.map((o) => o.value));
  if (values.some((v) => !known.has(v)) || new Set(values).size !== values.length) {
    return undefined;
  }
  const ordered = findingValues.filter((f): f is Finding => values.includes(f));
  return { type: 'findings.submit', values: ordered } as GuideEvent;
}

/** Whether a value is an acceptable answer to a step. */
export function isValidAnswer(step: StepMeta, value: string): boolean {
  return step.kind !== 'start' && eventForAnswer(step, value) !== undefined;
}

export interface Replay {
  /** The steps visited, in order, the last one being where the replay stopped. */
  trail: readonly StepMeta[];
  /** The machine's snapshot at the last step of the trail. */
  snapshot: GuideSnapshot;
  /** The ids of the answers the replay used. */
  used: readonly string[];
}

/**
 * Walks the machine from its start, answering each step from `answers`, until a step has no
 * answer, a final step is reached, or (when given) the step `stopAt` is reached. The start page
 * records no answer: it is passed whenever the walk goes on.
 */
export function replay(answers: Answers, stopAt?: string): Replay {
  const full = fullReplay(answers);
  const at = stopAt === undefined ? -1 : full.trail.findIndex((s) => s.id === stopAt);
  if (at === -1) return full;
  // The walk is deterministic: stopping at a step is the full walk's prefix up to it.
  const trail = full.trail.slice(0, at + 1);
  const before = new Set(trail.slice(0, -1).map((s) => s.id));
  return { trail, snapshot: full.snapshots[at]!, used: full.used.filter((id) => before.has(id)) };
}

function fullReplay(answers: Answers): FullReplay {
  const key = Object.keys(answers)
    .sort()
    .map((id) => `${id}=${answers[id]}`)
    .join('&');
  const cached = replayCache.get(key);
  if (cached) return cached;
  const result = walk(answers);
  if (replayCache.size >= maxCachedReplays) replayCache.delete(replayCache.keys().next().value!);
  replayCache.set(key, result);
  return result;
}

interface FullReplay extends Replay {
  /** The snapshot at each step of the trail. */
  snapshots: readonly GuideSnapshot[];
}

/**
 * Snapshots are immutable, so replays are cached: the same answers are replayed by the route's
 * loader, the answer links and the notices, and a click must not wait on the machine.
 */
const replayCache = new Map<string, FullReplay>();
const maxCachedReplays = 200;
let initialSnapshot: GuideSnapshot | undefined;

function walk(answers: Answers): FullReplay {
  initialSnapshot ??= initialTransition(extensionFailuresMachine)[0];
  let snapshot = initialSnapshot;
  const trail: StepMeta[] = [];
  const snapshots: GuideSnapshot[] = [];
  const used: string[] = [];
  for (;;) {
    trail.push(stepOf(snapshot));
    snapshots.push(snapshot);
    if (snapshot.status === 'done') break;
    const step = trail.at(-1)!;
    let event: GuideEvent | undefined;
    if (step.kind === 'start') {
      event = { type: 'guide.start' };
    } else if (Object.hasOwn(answers, step.id)) {
      event = eventForAnswer(step, answers[step.id]!);
      if (event) used.push(step.id);
    }
    if (!event) break;
    [snapshot] = transition(extensionFailuresMachine, snapshot, event);
  }
  return { trail, snapshot, snapshots, used };
}

/**
 * Sorts a set of answers into those that still apply (used on the way, or waiting for a step
 * that may still come after the first unanswered one) and those that no longer can.
 */
export function settleAnswers(answers: Answers): {
  walk: Replay;
  kept: Answers;
  dropped: readonly string[];
} {
  const walk = replay(answers);
  const stop = walk.trail.at(-1)!;
  const pending = walk.snapshot.status === 'done' ? new Set<string>() : reachableSteps(stop.id);
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  for (const id of Object.keys(answers)) {
    if (walk.used.includes(id) || pending.has(id)) kept[id] = answers[id]!;
    else dropped.push(id);
  }
  return { walk, kept, dropped };
}
