import { useEffect } from 'react';

const suffix = 'Azure Backup extension failures';

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ${suffix}`;
  }, [title]);
}
