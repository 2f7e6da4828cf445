import { answerLabel } from '../../machine/answer-labels';
import { shareableHref } from '../guide/links/answer-step';
import type { StepView } from '../guide/links/resolve-step';
import type { ProblemReport } from './problem-report';

/**
 * What a report says about the step it is on, read off the step's view: the guide, the step, its
 * shareable link on this site (`origin`), and the answers that led there as the screen labels
 * them. Nothing of a case session.
 */
export function reportContext(
  view: StepView,
  origin: string,
): Omit<ProblemReport, 'kind' | 'comment'> {
  const { manifest } = view.guide;
  return {
    guide: {
      title: manifest.title,
      articleId: manifest.articleId,
      version: manifest.version,
      owner: manifest.owner,
    },
    step: { id: view.step.id, title: view.step.title },
    url: new URL(shareableHref(view), origin).href,
    answers: view.history.map(({ step, value }) => ({
      question: step.shortTitle,
      answer: answerLabel(step, value),
    })),
  };
}
