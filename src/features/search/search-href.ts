/** The results page's path; the query is the only thing in its URL. */
export const searchPath = '/search';

export function searchHref(query: string): string {
  return `${searchPath}?${new URLSearchParams({ q: query }).toString()}`;
}
