import { useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import type { HitGroup, SignatureHits } from '../analysis-report';
import { hitKey, type Hit } from '../hit';
import { plural } from '../../../lib/plural';
import { HighlightedText } from '../../../components/highlighted-text';
import { segmentsOf } from '../../../lib/marked-text';

/** Hits listed at first per signature; the rest on request. */
const firstShown = 20;

const certaintyBadge = {
  evidence: 'border-green-700 text-green-900 dark:border-green-400 dark:text-green-100',
  lead: 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-100',
} as const;

function HitItem({
  hit,
  keep,
  alreadyKept,
}: {
  hit: Hit;
  keep?: { checked: boolean; onChange: (checked: boolean) => void };
  alreadyKept: boolean;
}) {
  const where = `${hit.file}, line ${hit.line.toLocaleString('en-US')}`;
  const checkboxId = `keep-${hitKey(hit).replace(/[^a-zA-Z0-9-]/g, '_')}`;
  return (
    <li className="rounded-md border border-slate-300 p-3 dark:border-slate-600">
      <div className="mb-2 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
        <span className="font-mono font-medium break-all">{where}</span>
        {hit.time ? (
          <span>
            <time>{hit.time.text}</time>
            {hit.time.zone === 'none' ? (
              <span className="text-slate-700 dark:text-slate-300"> (no time zone in the log)</span>
            ) : null}
          </span>
        ) : null}
        {hit.event ? (
          <span className="text-slate-700 dark:text-slate-300">
            Event {hit.event.id}
            {hit.event.log ? ` · ${hit.event.log} log` : ''}
            {hit.event.provider ? ` · ${hit.event.provider}` : ''}
          </span>
        ) : null}
        {alreadyKept ? (
          <span className="rounded border border-green-700 px-1.5 font-medium text-green-900 dark:border-green-400 dark:text-green-100">
            Kept as evidence
          </span>
        ) : null}
        {keep ? (
          <span className="ml-auto flex items-center gap-2">
            <input
              id={checkboxId}
              type="checkbox"
              checked={keep.checked}
              onChange={(e) => keep.onChange(e.target.checked)}
              className="size-5 accent-brand-700 dark:accent-sky-300"
            />
            <label htmlFor={checkboxId}>
              Keep<span className="sr-only"> {where} as evidence</span>
            </label>
          </span>
        ) : null}
      </div>
      <pre className="rounded bg-slate-50 px-3 py-2 font-mono text-sm whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere] dark:bg-slate-900 dark:text-slate-100">
        {hit.context.cutBefore ? '… ' : ''}
        <HighlightedText segments={segmentsOf(hit.context.text, hit.context.ranges)} />
        {hit.context.cutAfter ? ' …' : ''}
      </pre>
    </li>
  );
}

function SignatureSection({
  entry,
  isKept,
  setKept,
  isAlreadyKept,
}: {
  entry: SignatureHits;
  isKept?: (hit: Hit) => boolean;
  setKept?: (hit: Hit, kept: boolean) => void;
  isAlreadyKept?: (hit: Hit) => boolean;
}) {
  const [showAll, setShowAll] = useState(false);
  const { signature, hits, total } = entry;
  const shown = showAll ? hits : hits.slice(0, firstShown);
  return (
    <section aria-label={signature.label} className="space-y-3">
      <h4 className="font-bold break-words">{signature.label}</h4>
      <p>
        <span
          className={`mr-2 inline-block rounded border px-1.5 text-sm font-medium ${certaintyBadge[signature.certainty]}`}
        >
          {signature.certainty === 'evidence' ? 'Evidence' : 'Lead, not proof'}
        </span>
        {plural(total, 'line')}
        {signature.note ? <span className="block mt-1">{signature.note}</span> : null}
      </p>
      <ol className="space-y-3">
        {shown.map((hit) => (
          <HitItem
            key={hitKey(hit)}
            hit={hit}
            alreadyKept={isAlreadyKept?.(hit) ?? false}
            keep={
              isKept && setKept
                ? { checked: isKept(hit), onChange: (checked) => setKept(hit, checked) }
                : undefined
            }
          />
        ))}
      </ol>
      {hits.length > shown.length ? (
        <button type="button" className={secondaryButton} onClick={() => setShowAll(true)}>
          Show all {hits.length} lines
        </button>
      ) : null}
      {total > hits.length ? (
        <p className="text-slate-700 dark:text-slate-300">
          {plural(total - hits.length, 'more line')} not listed: only the first{' '}
          {hits.length.toLocaleString('en-US')} of each file are kept.
        </p>
      ) : null}
    </section>
  );
}

/** The hits, grouped by the answer they support and the cause it points to. */
export function HitGroups({
  groups,
  findingsStep,
  stepTitle,
  causeTitle,
  isKept,
  setKept,
  isAlreadyKept,
}: {
  groups: readonly HitGroup[];
  /** The analyzer's step: its groups are titled by the option; others by their step too. */
  findingsStep: string;
  stepTitle: (id: string) => string;
  causeTitle: (id: string) => string | undefined;
  isKept?: (hit: Hit) => boolean;
  setKept?: (hit: Hit, kept: boolean) => void;
  /** Whether a hit is already kept as evidence (in the case session, or this page). */
  isAlreadyKept?: (hit: Hit) => boolean;
}) {
  return (
    <div className="space-y-8">
      {groups.map((group) => (
        <section
          key={group.key}
          aria-labelledby={`group-${group.key.replace(/[^a-z0-9-]/gi, '-')}`}
          className="space-y-4 border-t-2 border-slate-300 pt-4 dark:border-slate-600"
        >
          <h3 id={`group-${group.key.replace(/[^a-z0-9-]/gi, '-')}`} className="text-lg font-bold">
            {group.step === findingsStep ? group.label : `${stepTitle(group.step)}: ${group.label}`}
          </h3>
          {group.cause ? (
            <p className="text-slate-700 dark:text-slate-300">
              Points to: {causeTitle(group.cause) ?? group.cause}
            </p>
          ) : null}
          {group.signatures.map((entry) => (
            <SignatureSection
              key={entry.signature.id}
              entry={entry}
              isKept={isKept}
              setKept={setKept}
              isAlreadyKept={isAlreadyKept}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
