import {
  Children,
  isValidElement,
  useContext,
  useId,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { ChecklistStateContext, type ChecklistState } from './checklist-state';

interface ListElementProps {
  children?: ReactNode;
}

function useLocalChecklistState(): ChecklistState {
  const [checked, setChecked] = useState<Record<string, string>>({});
  return {
    checkedAt: (list, item) => checked[`${list}:${item}`],
    toggle: (list, item, on) =>
      setChecked((current) => {
        const key = `${list}:${item}`;
        const rest = Object.fromEntries(Object.entries(current).filter(([k]) => k !== key));
        return on ? { ...rest, [key]: new Date().toISOString() } : rest;
      }),
  };
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/**
 * Turns the markdown list it wraps into a checklist: each item gets a native checkbox, kept in
 * the case session when there is one (with the time it was checked). `id` names the checklist;
 * items are numbered from 1.
 */
export function Checklist({ id, children }: { id: string; children?: ReactNode }) {
  const list = Children.toArray(children).find(isValidElement) as
    ReactElement<ListElementProps> | undefined;
  const items = list
    ? Children.toArray(list.props.children).filter((c): c is ReactElement<ListElementProps> =>
        isValidElement(c),
      )
    : [];
  const ordered = list?.type === 'ol';
  const local = useLocalChecklistState();
  const kept = useContext(ChecklistStateContext);
  const state = kept ?? local;
  const baseId = useId();
  const ListTag = ordered ? 'ol' : 'ul';
  const done = items.filter((_, i) => state.checkedAt(id, String(i + 1))).length;

  return (
    <>
      <ListTag
        data-checklist={id}
        className="my-4 space-y-2"
        aria-label={`Checklist, ${done} of ${items.length} done`}
      >
        {items.map((item, index) => {
          const itemId = String(index + 1);
          const inputId = `${baseId}-${itemId}`;
          const checkedAt = state.checkedAt(id, itemId);
          return (
            <li key={itemId} className="flex items-start gap-3">
              <input
                id={inputId}
                type="checkbox"
                checked={checkedAt !== undefined}
                onChange={(e) => state.toggle(id, itemId, e.target.checked)}
                aria-describedby={checkedAt ? `${inputId}-time` : undefined}
                className="mt-1 size-5 shrink-0 accent-brand-600"
              />
              <div className="min-w-0">
                <label htmlFor={inputId} className="break-words">
                  {ordered ? <span className="font-semibold">{itemId}. </span> : null}
                  {item.props.children}
                </label>
                {checkedAt ? (
                  <span
                    id={`${inputId}-time`}
                    className="block text-sm text-slate-700 dark:text-slate-300"
                  >
                    Done {timeFormat.format(new Date(checkedAt))}
                  </span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ListTag>
      {kept ? null : (
        <p className="no-print -mt-2 mb-4 text-sm text-slate-700 dark:text-slate-300">
          These ticks are not saved: they are lost when you leave this step. Start a case session to
          keep them.
        </p>
      )}
    </>
  );
}
