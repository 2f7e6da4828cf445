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

/** The TSG's `<properties>` block, as a definition list (the properties it has, of those above). */
export function GuideProperties() {
  const { properties, version } = useGuideModel().manifest;
  return (
    <section aria-labelledby="tsg-properties" className="my-6">
      <h2 id="tsg-properties">About this TSG</h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-md border border-slate-300 p-4 text-base sm:grid-cols-[11rem_1fr] dark:border-slate-600">
        {shown
          .filter(([key]) => properties[key] !== undefined)
          .map(([key, label]) => (
            <div key={key} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="mb-2 break-words sm:mb-0">
                <code>{properties[key]}</code>
              </dd>
            </div>
          ))}
        <dt className="font-semibold">Guide version</dt>
        <dd>{version}</dd>
      </dl>
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
