import {
  Children,
  isValidElement,
  useId,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';

interface ListElementProps {
  children?: ReactNode;
}

/**
 * Turns the markdown list it wraps into a checklist: each item gets a native checkbox.
 * `id` names the checklist (stable across versions of the content).
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
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const baseId = useId();
  const ListTag = ordered ? 'ol' : 'ul';

  return (
    <ListTag
      data-checklist={id}
      className="my-4 space-y-2"
      aria-label={`Checklist, ${checked.size} of ${items.length} done`}
    >
      {items.map((item, index) => {
        const inputId = `${baseId}-${index}`;
        return (
          <li key={index} className="flex items-start gap-3">
            <input
              id={inputId}
              type="checkbox"
              checked={checked.has(index)}
              onChange={(e) => {
                const next = new Set(checked);
                if (e.target.checked) next.add(index);
                else next.delete(index);
                setChecked(next);
              }}
              className="mt-1 size-5 shrink-0 accent-brand-600"
            />
            <label htmlFor={inputId} className="min-w-0 break-words">
              {ordered ? <span className="font-semibold">{index + 1}. </span> : null}
              {item.props.children}
            </label>
          </li>
        );
      })}
    </ListTag>
  );
}
