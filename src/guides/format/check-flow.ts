import { closestWord } from '../../lib/edit-distance.ts';
import type { Problem } from '../validation/guide-problem.ts';
import { reservedQueryKeys, reservedStepSegments } from '../validation/reserved-paths.ts';
import type { DecisionSource, StepSource } from './compile-guide.ts';
import { stepNexts, type FlowNext } from './flow-edges.ts';
import type { GuideFrontMatter } from './guide-schemas.ts';

/**
 * The way through a guide, read off its front matter: one start step, steps that fit their
 * kind, every `next` naming a page or a decision, decisions that end with `otherwise`, every
 * step reachable from the start and able to reach an end, no cycle. Also which answers are given
 * on every way into each decision (its rules may only read those).
 */

export interface FlowCheck {
  problems: Problem[];
  /** Whether the machine cannot be made (a `next` names nothing, no start, a cycle…). */
  stops: boolean;
  /** Decision id → the steps answered on every way into it. */
  mustBeAnswered: ReadonlyMap<string, ReadonlySet<string>>;
  /** A way from the start into a node that does not pass a step, for messages. */
  wayAround(node: string, avoiding: string): string[] | undefined;
}

interface Input {
  guide?: GuideFrontMatter;
  steps: readonly StepSource[];
  decisions: readonly DecisionSource[];
  /** Pages and decisions whose front matter could not be read (said already): they exist. */
  unread: ReadonlySet<string>;
}

export function checkFlow({ guide, steps, decisions, unread }: Input): FlowCheck {
  const problems: Problem[] = [];
  let stops = false;
  const say = (problem: Problem, stopping = false) => {
    problems.push(problem);
    stops ||= stopping;
  };
  const ids = new Set([...steps.map((s) => s.id), ...decisions.map((d) => d.id)]);
  const known = new Set([...ids, ...unread]);
  const byId = new Map(steps.map((s) => [s.id, s]));

  const starts = steps.filter((s) => s.front.kind === 'start');
  if (steps.length > 0 && starts.length === 0 && unread.size === 0) {
    say(
      {
        file: steps[0]!.file,
        line: 1,
        column: 1,
        message: 'the guide has no start step',
        fix: 'give its first page `kind: start`',
      },
      true,
    );
  }
  for (const extra of starts.slice(1)) {
    say(
      {
        file: extra.file,
        ...extra.yaml.at(['kind']),
        message: `a second start step (the first is \`${starts[0]!.id}\`)`,
        fix: 'a guide starts in one place',
      },
      true,
    );
  }

  const paths = new Map<string, string>();
  const phases = new Set(guide?.phases.map((p) => p.id));
  for (const step of steps) {
    const { front, yaml, file } = step;
    const at = (...path: PropertyKey[]) => ({ file, ...yaml.at(path) });
    const path = front.path ?? (front.kind === 'start' ? '' : step.id);
    if (front.kind === 'start' && path !== '')
      say({
        ...at('path'),
        message: `the start step's path is \`${path}\`: it is the guide's own URL`,
        fix: 'remove `path:`',
      });
    if (front.kind !== 'start' && path === '')
      say({
        ...at('path'),
        message: 'an empty path: only the start step is at the guide’s own URL',
        fix: 'remove `path:` (the id is used) or write one',
      });
    const segment = path.split('/')[0]!;
    if (reservedStepSegments.includes(segment))
      say({
        ...at('path'),
        message: `the path \`${path}\` starts with \`${segment}\`, a page of the app (${reservedStepSegments.join(', ')})`,
        fix: 'choose another path',
      });
    if (reservedQueryKeys.includes(step.id))
      say({
        file,
        line: 1,
        column: 1,
        message: `the id \`${step.id}\` is a query parameter of every link (${reservedQueryKeys.join(', ')})`,
        fix: 'rename the file',
      });
    const same = paths.get(path);
    if (same !== undefined)
      say({
        ...at('path'),
        message: `the path \`${path}\` is also step \`${same}\`'s`,
        fix: 'paths are unique: change one',
      });
    else paths.set(path, step.id);

    if (guide && !phases.has(front.phase)) {
      const near = closestWord(front.phase, phases);
      say({
        ...at('phase'),
        message: `\`${front.phase}\` is not one of the phases of guide.md (${[...phases].join(', ')})`,
        fix: near ? `did you mean \`${near}\`?` : 'add it to `phases` in guide.md',
      });
    }
    const { question, end } = front;
    if (front.kind === 'end') {
      if (!end)
        say(
          {
            ...at('kind'),
            message: 'an end step without `end:`',
            fix: 'say its `outcome` and what comes `next`',
          },
          true,
        );
      if (question)
        say(
          {
            ...at('question'),
            message: 'an end step with a question: nothing comes after it',
            fix: 'remove `question:`, or change its `kind`',
          },
          true,
        );
    } else {
      if (end)
        say({
          ...at('end'),
          message: `\`end:\` on a ${front.kind} step`,
          fix: 'only `kind: end` steps end the guide',
        });
      if (!question)
        say(
          {
            ...at('kind'),
            message: `a ${front.kind} step without \`question:\`: the reader is stuck`,
            fix: 'add a `question:` (`type: none` for a single button)',
          },
          true,
        );
      else if (front.kind === 'start' && question.type !== 'none')
        say(
          {
            ...at('question', 'type'),
            message: 'the start step asks nothing: its question is `type: none`, its Start button',
            fix: 'use `type: none`',
          },
          true,
        );
    }
    if (front.recordsOutcome && front.kind !== 'question')
      say({ ...at('recordsOutcome'), message: 'only a question records the case’s outcome' });
  }

  // Every `next`.
  const edges = new Map<string, FlowNext[]>();
  const startId = starts[0]?.id;
  const checkNext = (next: FlowNext) => {
    if (!known.has(next.to)) {
      const near = closestWord(next.to, known);
      say(
        {
          file: next.file,
          ...next.at,
          message: `\`${next.to}\` is no page and no decision of this guide`,
          fix: near
            ? `did you mean \`${near}\`?`
            : `add pages/${next.to}.mdx or decisions/${next.to}.md`,
        },
        true,
      );
    } else if (next.to === startId) {
      say(
        {
          file: next.file,
          ...next.at,
          message: `\`${next.to}\` is the start step: a guide only moves forward`,
          fix: 'the engineer goes back with Back',
        },
        true,
      );
    }
  };
  for (const step of steps) {
    const nexts = stepNexts(step);
    edges.set(step.id, nexts);
    nexts.forEach(checkNext);
  }
  for (const decision of decisions) {
    const { rules } = decision.front;
    const nexts = rules.map((rule, i) => ({
      to: 'when' in rule ? rule.next : rule.otherwise,
      file: decision.file,
      at: decision.yaml.at(['rules', i, 'when' in rule ? 'next' : 'otherwise']),
    }));
    edges.set(decision.id, nexts);
    nexts.forEach(checkNext);
    const otherwise = rules.findIndex((r) => 'otherwise' in r);
    if (otherwise === -1) {
      say(
        {
          file: decision.file,
          ...decision.yaml.at(['rules']),
          message: 'the rules have no `otherwise`: when none holds, the guide would stop here',
          fix: 'end the rules with `- otherwise: <step or decision>`',
        },
        true,
      );
    } else if (otherwise !== rules.length - 1) {
      say(
        {
          file: decision.file,
          ...decision.yaml.at(['rules', otherwise + 1]),
          message: 'a rule after `otherwise` is never tried',
          fix: 'move `otherwise` last',
        },
        true,
      );
    }
  }

  // Reachable, able to end, no cycle.
  const targets = (id: string) => (edges.get(id) ?? []).map((e) => e.to).filter((t) => ids.has(t));
  const reachable = new Set<string>();
  const visit = (id: string) => {
    if (reachable.has(id)) return;
    reachable.add(id);
    targets(id).forEach(visit);
  };
  if (startId) visit(startId);
  const ends = new Set(steps.filter((s) => s.front.kind === 'end').map((s) => s.id));
  const canEnd = new Set(ends);
  for (let grew = true; grew;) {
    grew = false;
    for (const id of ids) {
      if (!canEnd.has(id) && targets(id).some((t) => canEnd.has(t))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  const fileOf = (id: string) => byId.get(id)?.file ?? decisions.find((d) => d.id === id)!.file;
  // With a page or decision unread, where the answers lead is not known: said once it is read.
  for (const id of unread.size > 0 ? [] : ids) {
    if (startId && !reachable.has(id))
      say({
        file: fileOf(id),
        line: 1,
        column: 1,
        message: `\`${id}\` is unreachable: no answer or rule leads here from the start`,
        fix: `lead an option or a rule here (\`next: ${id}\`), or remove the file`,
      });
    if (!ends.has(id) && !canEnd.has(id))
      say({
        file: fileOf(id),
        line: 1,
        column: 1,
        message: `\`${id}\` is a dead end: no end step can be reached from here, whatever the answers`,
        fix: 'lead it on towards an end step',
      });
  }
  const cycle = findCycle([...ids], targets);
  if (cycle) {
    say(
      {
        file: fileOf(cycle[0]!),
        line: 1,
        column: 1,
        message: `the steps go round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
        fix: 'a guide only moves forward: the engineer goes back with Back',
      },
      true,
    );
  }

  // Which answers are given on every way into each node (a DAG: in topological order).
  const mustBeAnswered = new Map<string, Set<string>>();
  if (!cycle && startId) {
    const order = topologicalOrder(startId, targets);
    mustBeAnswered.set(startId, new Set());
    for (const id of order) {
      const known = mustBeAnswered.get(id);
      if (!known) continue;
      const answered = new Set(known);
      const step = byId.get(id);
      if (step && step.front.kind !== 'start' && step.front.question) answered.add(id);
      for (const target of targets(id)) {
        const before = mustBeAnswered.get(target);
        mustBeAnswered.set(
          target,
          before ? new Set([...before].filter((s) => answered.has(s))) : new Set(answered),
        );
      }
    }
  }
  const wayAround = (node: string, avoiding: string) => {
    if (!startId) return undefined;
    const from = new Map<string, string>();
    const queue = [startId];
    const seen = new Set([startId]);
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (id === node) {
        const way = [id];
        while (from.has(way[0]!)) way.unshift(from.get(way[0]!)!);
        return way;
      }
      for (const t of targets(id)) {
        if (seen.has(t) || t === avoiding) continue;
        seen.add(t);
        from.set(t, id);
        queue.push(t);
      }
    }
    return undefined;
  };
  return { problems, stops, mustBeAnswered, wayAround };
}

function findCycle(
  ids: readonly string[],
  targets: (id: string) => string[],
): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'open');
    stack.push(id);
    for (const t of targets(id)) {
      if (state.get(t) === 'open') return stack.slice(stack.indexOf(t));
      if (!state.has(t)) {
        const found = visit(t);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of ids) {
    if (!state.has(id)) {
      const found = visit(id);
      if (found) return found;
    }
  }
  return undefined;
}

function topologicalOrder(start: string, targets: (id: string) => string[]): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    targets(id).forEach(visit);
    order.push(id);
  };
  visit(start);
  return order.reverse();
}
