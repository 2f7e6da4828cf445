import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { GlossaryEntry } from '../glossary';
import { SourceTag } from './source-tag';

/**
 * A term in the text that shows its glossary definition on hover or keyboard focus, and on
 * click (then it stays until dismissed). The definition is the button's description for
 * screen readers; Escape closes it; the pointer can move onto it without it closing (WCAG
 * 1.4.13). Added definitions say so.
 */
export function GlossaryTerm({ entry, children }: { entry: GlossaryEntry; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const tipId = useId();

  const close = () => {
    setOpen(false);
    setPinned(false);
  };

  // Hover shows it; leaving hides it unless it was opened by a click. (Listeners on the
  // wrapper, which holds both the term and the definition: moving onto the definition keeps it.)
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const enter = () => setOpen(true);
    const leave = () => {
      if (!pinned) setOpen(false);
    };
    el.addEventListener('mouseenter', enter);
    el.addEventListener('mouseleave', leave);
    return () => {
      el.removeEventListener('mouseenter', enter);
      el.removeEventListener('mouseleave', leave);
    };
  }, [pinned]);

  useEffect(() => {
    if (!open) return;
    // Escape closes it even when it opened on hover, wherever the focus is.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        setPinned(false);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <span ref={wrapper} className="relative inline">
      <button
        type="button"
        aria-expanded={open}
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onBlur={(e) => {
          if (!wrapper.current?.contains(e.relatedTarget as Node | null)) close();
        }}
        onClick={() => {
          if (pinned) close();
          else {
            setOpen(true);
            setPinned(true);
          }
        }}
        className="cursor-help border-b-2 border-dotted border-current text-left font-[inherit] text-inherit"
      >
        {children ?? entry.term}
      </button>
      <span
        id={tipId}
        role="tooltip"
        hidden={!open}
        className="absolute top-full left-0 z-30 mt-1 block w-80 max-w-[calc(100vw-2rem)] rounded-md border border-slate-300 bg-white p-3 text-left text-sm leading-6 font-normal text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <span className="block font-semibold">{entry.term}</span>
        <span className="block">{entry.definition}</span>
        <SourceTag source={entry.source} />
      </span>
    </span>
  );
}
