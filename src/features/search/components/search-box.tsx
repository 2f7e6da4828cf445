import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { searchHref, searchPath } from '../search-href';

/**
 * The search form: a `search` landmark with a labelled field and a button, sending the query to
 * the results page (`/search?q=…`). It is a plain GET form, so it works before the app runs.
 * On the results page it shows the query being looked at.
 */
export function SearchBox() {
  const { pathname, search } = useLocation();
  const shown = pathname === searchPath ? (new URLSearchParams(search).get('q') ?? '') : '';
  // A new query in the address (Back, a link) replaces what the field shows.
  return <SearchForm key={shown} initialQuery={shown} />;
}

function SearchForm({ initialQuery }: { initialQuery: string }) {
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState(initialQuery);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Read from the form: a query typed before the app ran counts too.
    const typed = new FormData(event.currentTarget).get('q');
    void navigate(searchHref(typeof typed === 'string' ? typed : query));
  };

  return (
    <form
      role="search"
      aria-label="Search the guides"
      action={searchPath}
      method="get"
      onSubmit={submit}
      className="flex w-full max-w-md items-stretch gap-2"
    >
      <label htmlFor={id} className="sr-only">
        Search the guides by error code, file, registry key or words
      </label>
      <input
        id={id}
        type="search"
        name="q"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Error code or words"
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-base text-slate-900 placeholder:text-slate-600"
      />
      <button
        type="submit"
        className="shrink-0 rounded-md bg-sky-300 px-3 py-1.5 font-semibold text-slate-950 hover:bg-sky-200"
      >
        Search
      </button>
    </form>
  );
}
