import type { GuideModel } from '../../../machine/guide-model';
import type { AnsweredStep, Answers, GuideSnapshot } from '../../../machine/guide-snapshot';
import { replay, settleAnswers } from '../../../machine/replay';
import type { StepMeta } from '../../../machine/step-meta';
import { describeProblem, parseGuideQuery } from './guide-query';
import { suggestSteps } from './suggest-steps';

/**
 * What a guide URL shows. Pure: the same URL gives the same view for anyone, any time, which
 * is what makes a link pasted in a case record reproduce the step.
 */

export type { AnsweredStep };

export interface StepView {
  status: 'step';
  guide: GuideModel;
  step: StepMeta;
  /**
   * `answered`: reached by replaying the link's answers (or needing none);
   * `reference`: opened on its own, without the answers that lead to it.
   */
  mode: 'answered' | 'reference';
  /** The answers that led here, in order. */
  history: readonly AnsweredStep[];
  /** Every answer in the link that applies (later ones pre-fill the next steps). */
  answers: Answers;
  /** The machine's snapshot at this step (answered mode only). */
  snapshot?: GuideSnapshot;
  returnTo?: StepMeta;
  /** Set when the link was made with another version of the guide. */
  linkVersion?: number;
}

export interface BadLinkView {
  status: 'bad-link';
  guide: GuideModel;
  step: StepMeta;
  reasons: readonly string[];
  /** Where the link's answers do lead, when they are valid but lead elsewhere. */
  leadsTo?: { step: StepMeta; answers: Answers };
  /** The usable part of the link: its step with the answers that fit together. */
  salvage?: { step: StepMeta; answers: Answers };
  linkVersion?: number;
}

export interface UnknownStepView {
  status: 'unknown-step';
  guide: GuideModel;
  /** The steps the path most likely meant, closest first (see `suggestSteps`). */
  suggestions: StepMeta[];
}

export type GuideView = StepView | BadLinkView | UnknownStepView;

function pick(answers: Answers, ids: readonly string[]): Answers {
  return Object.fromEntries(ids.map((id) => [id, answers[id]!]));
}

export function resolveStep(guide: GuideModel, stepPath: string, search: string): GuideView {
  const step = guide.stepByPath(stepPath);
  if (!step) return { status: 'unknown-step', guide, suggestions: suggestSteps(guide, stepPath) };

  const { query, problems } = parseGuideQuery(guide, search);
  const linkVersion =
    query.version !== undefined && query.version !== guide.manifest.version
      ? query.version
      : undefined;
  if (problems.length > 0) {
    return {
      status: 'bad-link',
      guide,
      step,
      reasons: problems.map((p) => describeProblem(guide, p)),
      salvage: { step, answers: {} },
      linkVersion,
    };
  }

  const { answers } = query;
  const toStep = replay(guide, answers, step.id);
  const reached = toStep.trail.at(-1)!.id === step.id;
  const { kept, dropped: unused } = settleAnswers(guide, answers);

  if (!reached) {
    if (Object.keys(answers).length === 0) {
      return {
        status: 'step',
        guide,
        step,
        mode: 'reference',
        history: [],
        answers: {},
        linkVersion,
      };
    }
    const leadsTo = toStep.trail.at(-1)!;
    return {
      status: 'bad-link',
      guide,
      step,
      reasons: [
        unused.length > 0
          ? 'Some answers in this link contradict each other: they cannot all be given on one way through the guide.'
          : `The answers in this link lead to “${leadsTo.title}”, not to this step.`,
      ],
      leadsTo: { step: leadsTo, answers: pick(answers, toStep.used) },
      salvage: { step, answers: {} },
      linkVersion,
    };
  }

  if (unused.length > 0) {
    return {
      status: 'bad-link',
      guide,
      step,
      reasons: [
        `Some answers in this link contradict the others: ${unused
          .map((id) => `“${guide.stepById(id)?.shortTitle ?? id}”`)
          .join(
            ', ',
          )} ${unused.length === 1 ? 'is' : 'are'} never asked on the way the other answers take.`,
      ],
      salvage: { step, answers: kept },
      linkVersion,
    };
  }

  const history = toStep.trail
    .slice(0, -1)
    .filter((s) => toStep.used.includes(s.id))
    .map((s) => ({ step: s, value: answers[s.id]! }));
  const returnTo = query.returnTo ? guide.stepById(query.returnTo) : undefined;
  return {
    status: 'step',
    guide,
    step,
    mode: 'answered',
    history,
    answers: kept,
    snapshot: toStep.snapshot,
    returnTo: returnTo && returnTo.id !== step.id ? returnTo : undefined,
    linkVersion,
  };
}
