import { initialTransition, transition, type AnyEventObject } from 'xstate';
import type { GuideModel } from './guide-model';
import type { Answers, GuideSnapshot } from './guide-snapshot';
import type { StepMeta } from './step-meta';

/**
 * Answers, keyed by step id, replayed through a guide's machine: the URL's query string is an
 * input to the machine, never a copy kept in sync with it.
 */

/** The separator of a multiple-choice answer's values. */
export const valueSeparator = ',';

/** The event the start page's button sends: leaving it records no answer. */
function startEvent(step: StepMeta): AnyEventObject | undefined {
  const option = step.answer?.options[0];
  return option?.event ? { type: option.event } : undefined;
}

export function stepOf(guide: GuideModel, snapshot: GuideSnapshot): StepMeta {
  const step = guide.stepByStateKey(String(snapshot.value));
  if (!step) throw new Error(`State ${String(snapshot.value)} has no step meta`);
  return step;
}

/**
 * The machine event an answer stands for, or `undefined` when the value is not one the step
 * accepts (a tampered or outdated link). A multiple choice sends its values in the options' order.
 */
export function eventForAnswer(step: StepMeta, value: string): AnyEventObject | undefined {
  const answer = step.answer;
  if (!answer) return undefined;
  if (answer.type !== 'multiple') {
    const option = answer.options.find((o) => o.value === value);
    return option?.event ? { type: option.event } : undefined;
  }
  if (value === answer.none.value) return { type: answer.event, values: [] };
  const values = value.split(valueSeparator);
  const known = new Set(answer.options.map((o) => o.value));
  if (values.some((v) => !known.has(v)) || new Set(values).size !== values.length) {
    return undefined;
  }
  const ordered = answer.options.map((o) => o.value).filter((v) => values.includes(v));
  return { type: answer.event, values: ordered };
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

interface FullReplay extends Replay {
  /** The snapshot at each step of the trail. */
  snapshots: readonly GuideSnapshot[];
}

/**
 * Snapshots are immutable, so replays are cached per guide: the same answers are replayed by the
 * route, the answer links and the notices, and a click must not wait on the machine.
 */
interface ReplayCache {
  initial: GuideSnapshot;
  walks: Map<string, FullReplay>;
}
const caches = new WeakMap<GuideModel, ReplayCache>();
const maxCachedReplays = 200;

function cacheOf(guide: GuideModel): ReplayCache {
  let cache = caches.get(guide);
  if (!cache) {
    cache = { initial: initialTransition(guide.machine)[0], walks: new Map() };
    caches.set(guide, cache);
  }
  return cache;
}

/**
 * Walks the machine from its start, answering each step from `answers`, until a step has no
 * answer, a final step is reached, or (when given) the step `stopAt` is reached. The start page
 * records no answer: it is passed whenever the walk goes on.
 */
export function replay(guide: GuideModel, answers: Answers, stopAt?: string): Replay {
  const full = fullReplay(guide, answers);
  const at = stopAt === undefined ? -1 : full.trail.findIndex((s) => s.id === stopAt);
  if (at === -1) return full;
  // The walk is deterministic: stopping at a step is the full walk's prefix up to it.
  const trail = full.trail.slice(0, at + 1);
  const before = new Set(trail.slice(0, -1).map((s) => s.id));
  return { trail, snapshot: full.snapshots[at]!, used: full.used.filter((id) => before.has(id)) };
}

function fullReplay(guide: GuideModel, answers: Answers): FullReplay {
  const cache = cacheOf(guide);
  const key = Object.keys(answers)
    .sort()
    .map((id) => `${id}=${answers[id]}`)
    .join('&');
  const cached = cache.walks.get(key);
  if (cached) return cached;
  const result = walk(guide, cache.initial, answers);
  if (cache.walks.size >= maxCachedReplays) cache.walks.delete(cache.walks.keys().next().value!);
  cache.walks.set(key, result);
  return result;
}

function walk(guide: GuideModel, initial: GuideSnapshot, answers: Answers): FullReplay {
  let snapshot = initial;
  const trail: StepMeta[] = [];
  const snapshots: GuideSnapshot[] = [];
  const used: string[] = [];
  for (;;) {
    const step = stepOf(guide, snapshot);
    trail.push(step);
    snapshots.push(snapshot);
    if (snapshot.status === 'done') break;
    let event: AnyEventObject | undefined;
    if (step.kind === 'start') {
      event = startEvent(step);
    } else if (Object.hasOwn(answers, step.id)) {
      event = eventForAnswer(step, answers[step.id]!);
      if (event) used.push(step.id);
    }
    if (!event) break;
    [snapshot] = transition(guide.machine, snapshot, event);
  }
  return { trail, snapshot, snapshots, used };
}

/**
 * Sorts a set of answers into those that still apply (used on the way, or waiting for a step
 * that may still come after the first unanswered one) and those that no longer can.
 */
export function settleAnswers(
  guide: GuideModel,
  answers: Answers,
): { replayed: Replay; kept: Answers; dropped: readonly string[] } {
  const replayed = replay(guide, answers);
  const stop = replayed.trail.at(-1)!;
  const pending =
    replayed.snapshot.status === 'done' ? new Set<string>() : guide.reachableSteps(stop.id);
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  for (const id of Object.keys(answers)) {
    if (replayed.used.includes(id) || pending.has(id)) kept[id] = answers[id]!;
    else dropped.push(id);
  }
  return { replayed, kept, dropped };
}
