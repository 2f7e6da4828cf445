import { z } from 'zod';
import { logSources } from '../../machine/guide-signatures.ts';

/**
 * The shapes of a guide written in Markdown (docs/decisions/009-guides-written-in-markdown.md):
 * the front matter of `guide.md`, of each `pages/<step id>.mdx` and of each
 * `decisions/<id>.md`, and the guide's YAML data files. One library (zod) checks them all and
 * emits their JSON Schemas (`schemas/`, for editors' autocomplete).
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens, as in `log-permission`');
const text = z.string().trim().min(1, 'empty: write the text');
const texts = z.array(text);
const condition = text.describe(
  'A condition on earlier answers: `step = value`, `step != value`, `step contains value`, `step has all of [a, b]`, `step has any of [a, b]`, `step is answered`, a named condition, joined with `and`, `or`, `not` and parentheses.',
);
const next = slug.describe('The id of the step (a page) or decision that comes next.');

// ── guide.md ────────────────────────────────────────────────────────────────

export const guideSchema = z
  .strictObject({
    basePath: z
      .string()
      .regex(
        /^\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
        '"/" and one lowercase slug, as in `/extension-failures`',
      )
      .optional()
      .describe(
        'The guide’s URL, `/` and its folder’s name unless said. Never change it: links point here.',
      ),
    title: text.describe('A short name for lists.'),
    summary: text.describe('One sentence: what the guide is for.'),
    service: text
      .optional()
      .describe('The product or service the guide is about, as engineers name it.'),
    version: z
      .number()
      .int()
      .min(1)
      .describe(
        'Bump it (and add a changelog entry) when a change could change what a step says or where an answer leads.',
      ),
    changelog: z
      .array(
        z.strictObject({
          version: z.number().int().min(1),
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
          changes: text,
        }),
      )
      .min(1),
    errors: texts.min(1).describe('The error names the TSG covers, as it writes them.'),
    owner: z
      .strictObject({
        name: text.describe('Who hears about a wrong step: the TSG’s owners.'),
        email: z.email().optional(),
      })
      .describe('The TSG’s owners.'),
    wikiUrl: z
      .url({ protocol: /^https$/ })
      .optional()
      .describe('The TSG’s wiki link, if it has one.'),
    phases: z
      .array(z.strictObject({ id: slug, label: text }))
      .min(1)
      .describe('The phases the progress indicator shows, in order.'),
    steps: z
      .array(slug)
      .min(1)
      .describe('Every page of `pages/`, by its id (file name), in reading order.'),
    conditions: z
      .record(slug, condition)
      .optional()
      .describe('Named conditions a rule can use by name.'),
    words: z
      .strictObject({
        errors: text.optional().describe('Above the errors covered, on the home page.'),
        outcome: text.optional().describe('The case note’s heading for the recorded outcome.'),
        afterCause: text
          .optional()
          .describe('The case note’s next step once a cause is found, before the outcome.'),
        noOutcome: text
          .optional()
          .describe('The case note’s outcome when no cause was found, so nothing was tried.'),
        failure: text
          .optional()
          .describe('What the log analyzer tells the engineer to check a logged answer against.'),
      })
      .optional()
      .describe('What the app calls things for this guide, where the default words do not fit.'),
    ownsUnlabelledSessions: z.boolean().optional(),
    testFixture: z.boolean().optional().describe('Only for the made-up guides of the tests.'),
  })
  .describe('A guide’s manifest: the front matter of its `guide.md`.');

// ── pages/<step id>.mdx ─────────────────────────────────────────────────────

const option = z.strictObject({
  value: slug.describe('The answer as the link stores it. Never change it.'),
  label: text.describe('The option as the engineer reads it.'),
  hint: text.optional(),
});
const yesNoOption = z.union([
  next,
  z.strictObject({ next, label: text.optional(), hint: text.optional() }),
]);
const none = z
  .union([text, z.strictObject({ value: slug.optional(), label: text })])
  .describe('The exclusive "none of these" option: its label, or its value and label.');

export const questionSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('one'),
      prompt: text.optional(),
      options: z.array(option.extend({ next })).min(2),
    })
    .describe('One choice among several options.'),
  z
    .strictObject({
      type: z.literal('yes-no'),
      prompt: text.optional(),
      yes: yesNoOption,
      no: yesNoOption,
    })
    .describe('Yes or no; the link stores `yes` or `no`.'),
  z
    .strictObject({
      type: z.literal('several'),
      prompt: text.optional(),
      options: z.array(option).min(1),
      none: none.optional(),
      next,
    })
    .describe('Several choices, or "none of these".'),
  z
    .strictObject({
      type: z.literal('checklist'),
      prompt: text.optional(),
      options: z.array(option).min(1),
      next,
    })
    .describe('Items to tick, any number of them (none too).'),
  z
    .strictObject({
      type: z.literal('none'),
      button: text.describe('The button’s label.'),
      value: slug
        .optional()
        .describe('What the link stores when it is pressed (`done` unless said).'),
      next,
    })
    .describe('No question: one button moves on.'),
]);

const rule = z.union([
  z.strictObject({ when: condition, next, label: text.optional() }),
  z.strictObject({ otherwise: next, label: text.optional() }),
]);

const symptomCase = z.union([
  z.strictObject({ when: condition, holds: z.boolean().optional(), detail: text }),
  z.strictObject({ otherwise: z.literal(true), holds: z.boolean().optional(), detail: text }),
]);

export const stepSchema = z
  .strictObject({
    path: z
      .string()
      .regex(
        /^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/,
        'segments of lowercase words joined by "/"',
      )
      .optional()
      .describe(
        'The URL below the guide’s (the id unless said; the start step’s is empty). Never change it.',
      ),
    title: text.describe(
      'The step’s heading: the question itself, or the instruction’s or cause’s title.',
    ),
    shortTitle: text
      .optional()
      .describe('How the answers summary names the step (the title unless said).'),
    kind: z.enum(['start', 'question', 'instruction', 'cause', 'end']),
    phase: slug.describe('One of the guide’s phases.'),
    question: questionSchema.optional().describe('How the step is answered; none on an end step.'),
    recordsOutcome: z
      .literal(true)
      .optional()
      .describe('Set on the question whose answer is the case’s outcome.'),
    end: z
      .strictObject({
        outcome: z
          .enum(['resolved', 'referred', 'escalated', 'unresolved'])
          .describe('How the case stands when the guide ends here.'),
        next: text.describe('What the engineer does next, as the case note says it.'),
        link: z.url({ protocol: /^https$/ }).optional(),
      })
      .optional()
      .describe('On an end step: how the case closes.'),
    facts: texts.optional().describe('The TSG’s words this step must show verbatim.'),
    why: z
      .strictObject({
        decides: text.describe('What the answer decides, in one sentence.'),
        tsg: texts.optional().describe('The TSG’s own reasoning, verbatim.'),
        added: texts.optional().describe('Reasoning beyond the TSG: shown marked as added.'),
      })
      .optional()
      .describe('"Why we ask this", under the question.'),
    reasons: z
      .array(
        z.union([z.strictObject({ when: condition, text }), z.strictObject({ otherwise: text })]),
      )
      .optional()
      .describe(
        'Why the guide ended here, by the answers that led here: the first that holds is shown. `{step id}` in the text is that step’s answer.',
      ),
    ruledOut: z
      .strictObject({
        when: condition.describe('When this cause is shown as ruled out, on every step after.'),
        heading: text,
        quote: text.optional(),
        summary: text,
        symptoms: z
          .array(z.strictObject({ label: text, cases: z.array(symptomCase).min(1) }))
          .min(1),
      })
      .optional()
      .describe('On a cause: why it was ruled out, symptom by symptom. `{held}` is how many hold.'),
  })
  .describe('A step: the front matter of its page, `pages/<step id>.mdx`.');

// ── decisions/<id>.md ───────────────────────────────────────────────────────

export const decisionSchema = z
  .strictObject({
    title: text.describe('The question the rules answer, as the map shows it.'),
    rules: z
      .array(rule)
      .min(1)
      .describe(
        'Tried in order: the first whose condition holds leads on; the last is `otherwise`.',
      ),
  })
  .describe('A decision the guide makes by itself: the front matter of `decisions/<id>.md`.');

// ── data files ──────────────────────────────────────────────────────────────

export const glossarySchema = z
  .array(
    z.strictObject({
      term: text,
      aliases: texts.optional(),
      definition: text,
      source: z
        .enum(['tsg', 'added'])
        .describe('`tsg`: the TSG’s own text; `added`: written for this tool.'),
      inTsg: text.optional().describe('Where the TSG uses the term, verbatim.'),
    }),
  )
  .describe('The words the TSG assumes (`glossary.yml`).');

export const searchTermsSchema = z
  .array(texts.min(2))
  .describe('Groups of names for one thing (`search-terms.yml`).');

const logExcerpt = z.strictObject({
  title: text,
  source: text,
  format: text.optional(),
  text,
});

export const practiceCasesSchema = z
  .array(
    z.strictObject({
      id: slug.describe('Never rename it: progress is stored under it.'),
      title: text.describe('Must not give the answer away.'),
      level: z.enum(['starter', 'practised', 'tricky']),
      card: z.strictObject({
        customerReport: text,
        sections: z.array(
          z.strictObject({
            heading: text,
            code: text.optional(),
            text: text.optional(),
            logs: z.array(logExcerpt).optional(),
            table: z.strictObject({ columns: texts, rows: z.array(texts) }).optional(),
            revealAt: slug.optional(),
          }),
        ),
      }),
      expected: z.strictObject({
        answers: z.record(slug, z.string()),
        outcome: slug,
      }),
      debrief: text,
    }),
  )
  .describe('Made-up cases for practice mode (`practice-cases.yml`).');

export const scenariosSchema = z
  .array(
    z.strictObject({
      name: text,
      answers: z.record(slug, z.string()).describe('Step id → answer, as in the guide’s links.'),
      ends: slug.describe('The step the answers must lead to.'),
    }),
  )
  .describe('Answer paths and the step each must end on (`scenarios.yml`).');

const pattern = text.describe('Exact text (any case), or a regular expression written `/…/flags`.');
const textMatch = {
  allOf: z.array(pattern).optional(),
  anyOf: z.array(pattern).optional(),
  noneOf: z.array(pattern).optional(),
};
const match = z.strictObject({ eventId: z.number().int().optional(), ...textMatch });
const source = z.enum(logSources);

export const signaturesSchema = z
  .strictObject({
    step: slug,
    logs: texts.optional(),
    signatures: z.array(
      z.strictObject({
        id: slug,
        label: text,
        supports: z.strictObject({ step: slug, value: slug }),
        cause: slug.optional(),
        certainty: z.enum(['evidence', 'lead']),
        note: text.optional(),
        sources: z.array(source).min(1),
        match,
      }),
    ),
    notEvidence: z.array(
      z.strictObject({
        id: slug,
        mistakenFor: slug,
        sources: z.array(source).min(1),
        match,
        explanation: text,
      }),
    ),
    engineerQuestions: z.array(
      z.strictObject({
        step: slug,
        label: text,
        why: text,
        whenFound: z.array(slug).optional(),
        unlessFound: z.array(slug).optional(),
      }),
    ),
  })
  .describe('What the log analyzer looks for (`signatures.yml`).');

export type GuideFrontMatter = z.infer<typeof guideSchema>;
export type StepFrontMatter = z.infer<typeof stepSchema>;
export type QuestionFrontMatter = z.infer<typeof questionSchema>;
export type DecisionFrontMatter = z.infer<typeof decisionSchema>;

/** Each file a guide may have, and its schema (the JSON Schemas are written from these). */
export const guideFileSchemas = {
  guide: guideSchema,
  step: stepSchema,
  decision: decisionSchema,
  glossary: glossarySchema,
  'search-terms': searchTermsSchema,
  'practice-cases': practiceCasesSchema,
  scenarios: scenariosSchema,
  signatures: signaturesSchema,
} as const;
