import { use, useLayoutEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { BadLinkPanel } from '../../features/guide/components/bad-link-panel';
import { StepScreen } from '../../features/guide/components/step-screen';
import type { GivenAnswer } from '../../features/guide/components/use-answer-flow';
import { UnknownStepPanel } from '../../features/guide/components/unknown-step-panel';
import { loadStepContent } from '../../features/guide/content/step-content';
import { resolveStep, type StepView } from '../../features/guide/links/resolve-step';
import { PracticeBanner } from '../../features/training/components/practice-banner';
import { ScenarioCard } from '../../features/training/components/scenario-card';
import {
  answeredAtIn,
  answerInWalk,
  backsIn,
  observeStep,
  startWalk,
  type PracticeWalk,
} from '../../features/training/practice-walk';
import { scoreWalk } from '../../features/training/score-walk';
import { practiceCasesOf } from '../../features/training/training-data';
import { trainingHref } from '../../features/training/training-links';
import { usePracticeWalk } from '../../features/training/use-practice-walk';
import { useTrainingProgress } from '../../features/training/use-training-progress';
import type { GuideModel } from '../../machine/guide-model';
import type { PracticeCase } from '../../machine/guide-training';
import { loadStepAids } from '../routes/step-aids';
import { useDocumentTitle } from '../use-document-title';
import { practiceModel } from './practice-model';
import { PracticeResultScreen } from './practice-result-screen';
import { linkClass } from '../../components/link-classes';

const cardId = 'practice-case-card';

function stepPathIn(model: GuideModel, pathname: string): string {
  const base = model.manifest.basePath;
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === base ? '' : trimmed.slice(base.length + 1);
}

/**
 * A practice case: the guide's own wizard (the same step screen), in practice mode. Marked on
 * every screen, with the case's card beside each step; nothing is saved as a case session. The
 * walk (answers with times, Backs) is kept in this tab; at an end step it is scored and recorded.
 */
export function PracticeCasePage({ guide }: { guide: GuideModel }) {
  const { caseId = '' } = useParams();
  const cases = use(practiceCasesOf.load(guide.manifest.id));
  const practiceCase = cases.find((c) => c.id === caseId);
  if (!practiceCase) return <NoSuchCase guide={guide} />;
  return <PracticeWizard key={caseId} guide={guide} practiceCase={practiceCase} />;
}

function NoSuchCase({ guide }: { guide: GuideModel }) {
  useDocumentTitle('No such practice case', guide.manifest.title);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">No such practice case</h1>
      <p className="mb-4">This guide has no practice case at this address.</p>
      <Link to={trainingHref(guide, 'practice')} className={linkClass}>
        See the practice cases
      </Link>
    </div>
  );
}

function PracticeWizard({
  guide,
  practiceCase,
}: {
  guide: GuideModel;
  practiceCase: PracticeCase;
}) {
  const model = practiceModel(guide, practiceCase.id);
  const { pathname, search } = useLocation();
  const view = useMemo(
    () => resolveStep(model, stepPathIn(model, pathname), search),
    [model, pathname, search],
  );
  if (view.status === 'step') use(loadStepContent(guide.manifest.id, view.step.id));
  useDocumentTitle(
    `Practice: ${view.status === 'step' ? view.step.title : 'this link can’t be opened as it is'}`,
    guide.manifest.title,
  );
  if (view.status === 'unknown-step') {
    return <UnknownStepPanel guide={model} suggestions={view.suggestions} search={search} />;
  }
  if (view.status === 'bad-link') return <BadLinkPanel view={view} />;
  return <PracticeStep guide={guide} practiceCase={practiceCase} view={view} />;
}

function PracticeStep({
  guide,
  practiceCase,
  view,
}: {
  guide: GuideModel;
  practiceCase: PracticeCase;
  view: StepView;
}) {
  const { key } = useLocation();
  const aids = use(loadStepAids(guide.manifest.id));
  const { walk, change } = usePracticeWalk(guide.manifest.id, practiceCase.id);
  const progress = useTrainingProgress(guide.manifest.id);
  const { step } = view;
  const answered = view.mode === 'answered';
  const atEnd = answered && step.kind === 'end';
  const depth = view.history.length;
  const answers = useMemo(
    () => Object.fromEntries(view.history.map((h) => [h.step.id, h.value])),
    [view.history],
  );

  const scoreOf = (w: PracticeWalk) =>
    scoreWalk(guide, practiceCase, {
      answers,
      timeMs: (w.finishedAt ?? Date.now()) - w.startedAt,
      backs: backsIn(w),
    });

  // Where the trainee is: a way back is counted, an end step finishes (and records) the attempt.
  // Before the screen paints, so that an end step shows its result at once.
  useLayoutEffect(() => {
    if (!answered || step.kind === 'start') return;
    const now = Date.now();
    change((before) => {
      const { walk: after, finished } = observeStep(
        before ?? startWalk(practiceCase.id, now),
        { id: step.id, depth, end: step.kind === 'end' },
        now,
      );
      // An attempt is a walk with answers given here, not an end step opened from a link.
      if (!finished || !after.events.some((e) => e.type === 'answer')) return after;
      return progress.record(scoreOf(after)) ? after : { ...after, unsaved: true };
    });
    // Runs once per screen the trainee reaches (a new location), never again for the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const onAnswer = ({ view: given, value }: GivenAnswer) => {
    const now = Date.now();
    if (given.step.kind === 'start') change(() => startWalk(practiceCase.id, now));
    else
      change((before) =>
        answerInWalk(before ?? startWalk(practiceCase.id, now), given.step.id, value, now),
      );
  };

  const banner = (
    <PracticeBanner
      title={practiceCase.title}
      cardId={atEnd ? undefined : cardId}
      practiceListHref={trainingHref(guide, 'practice')}
    />
  );

  if (atEnd) {
    if (!walk?.finishedAt) return <div aria-busy="true" className="min-h-[70vh]" />;
    return (
      <PracticeResultScreen
        guide={guide}
        practiceCase={practiceCase}
        score={scoreOf(walk)}
        banner={banner}
        recorded={walk.events.some((e) => e.type === 'answer')}
        unsaved={walk.unsaved === true}
      />
    );
  }

  const reached = new Set(view.history.map((h) => h.step.id).concat(step.id));
  return (
    <StepScreen
      view={view}
      onAnswer={onAnswer}
      answeredAt={(stepId, value) => {
        const at = walk ? answeredAtIn(walk, stepId, value) : undefined;
        return at === undefined ? undefined : new Date(at).toISOString();
      }}
      banner={banner}
      aside={<ScenarioCard practiceCase={practiceCase} reached={reached} id={cardId} />}
      wideAside
      contentComponents={aids?.components}
      help={aids?.help(step)}
    />
  );
}
