import { useGuideModel } from './guide-model-context';

const shown: readonly [string, string][] = [
  ['pageTitle', 'Title'],
  ['service', 'Service'],
  ['resource', 'Resource'],
  ['cloudEnvironments', 'Cloud environments'],
  ['articleId', 'Article id'],
  ['ownershipId', 'Owner'],
  ['selfHelpType', 'Type'],
];

/**
 * The TSG's `<properties>` blocks, as definition lists (the properties each has, of those
 * above): one per card of the TSG, each under its title when there are several.
 */
export function GuideProperties() {
  const { cards, version } = useGuideModel().manifest;
  const list = (properties: Readonly<Record<string, string>>, last: boolean, key?: number) => (
    <dl
      key={key}
      className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-md border border-slate-300 p-4 text-base sm:grid-cols-[11rem_1fr] dark:border-slate-600"
    >
      {shown
        .filter(([name]) => properties[name] !== undefined)
        .map(([name, label]) => (
          <div key={name} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="mb-2 break-words sm:mb-0">
              <code>{properties[name]}</code>
            </dd>
          </div>
        ))}
      {last ? (
        <>
          <dt className="font-semibold">Guide version</dt>
          <dd>{version}</dd>
        </>
      ) : null}
    </dl>
  );
  return (
    <section aria-labelledby="tsg-properties" className="my-6">
      <h2 id="tsg-properties">About this TSG</h2>
      {cards.length === 1
        ? list(cards[0]!, true)
        : cards.map((card, i) => (
            <div key={i} className="mb-4">
              <h3>{`Card ${i + 1}: ${card.pageTitle ?? ''}`}</h3>
              {list(card, i === cards.length - 1)}
            </div>
          ))}
    </section>
  );
}

/** The error names the TSG covers. */
export function CoveredErrors() {
  return (
    <ul>
      {useGuideModel().manifest.errors.map((name) => (
        <li key={name}>
          <code>{name}</code>
        </li>
      ))}
    </ul>
  );
}
