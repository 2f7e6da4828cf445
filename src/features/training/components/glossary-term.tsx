import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { GlossaryEntry } from '../../../machine/guide-training';
import { SourceTag } from './source-tag';
import { linkClass } from '../../../components/link-classes';

/** Room kept between the definition and the edges of the window. */
const edge = 8;

/**
 * A term in the text that shows its glossary definition on hover or keyboard focus, and on
 * click (then it stays until dismissed): a toggletip. The definition appears in a live region, so
 * a screen reader reads it when it opens; it is not in the page's text until then (the page
 * reads, and prints, as the TSG wrote it). Escape closes it; the pointer can move onto it without
 * it closing (WCAG 1.4.13); it never runs off the window's edge. Added definitions say so.
 */
export function GlossaryTerm({
  entry,
  glossaryHref,
  children,
}: {
  entry: GlossaryEntry;
  /** The term on the glossary page. */
  glossaryHref?: string;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLSpanElement>(null);
  const popupId = useId();

  const close = () => {
    setOpen(false);
    setPinned(false);
  };

  // Hover shows it; leaving hides it unless it was opened by a click. (Listeners on the wrapper,
  // which holds both the term and the definition: moving onto the definition keeps it open.)
  // Hover means the pointer moving over the term: a step laid out under a pointer at rest (the
  // next step appearing where Continue was) opens nothing, and costs no second layout.
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const enter = () => setOpen(true);
    const leave = () => {
      if (!pinned) setOpen(false);
    };
    el.addEventListener('mousemove', enter);
    el.addEventListener('mouseleave', leave);
    return () => {
      el.removeEventListener('mousemove', enter);
      el.removeEventListener('mouseleave', leave);
    };
  }, [pinned]);

  useEffect(() => {
    if (!open) return;
    // Escape closes it even when it opened on hover, wherever the focus is.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (wrapper.current?.contains(document.activeElement)) button.current?.focus();
      setOpen(false);
      setPinned(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  // Kept inside the window: moved left (never past its left edge) when it would run off the right.
  useLayoutEffect(() => {
    const el = popup.current;
    if (!open || !el) return;
    el.style.left = '0px';
    const rect = el.getBoundingClientRect();
    const room = document.documentElement.clientWidth - edge;
    const shift = Math.min(Math.max(0, rect.right - room), Math.max(0, rect.left - edge));
    el.style.left = `${-shift}px`;
  }, [open]);

  return (
    <span ref={wrapper} className="relative inline">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
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
        className="cursor-help border-b-2 border-dotted border-current text-left"
      >
        {children ?? entry.term}
      </button>
      <span role="status">
        {open ? (
          <span
            ref={popup}
            id={popupId}
            className="absolute top-full left-0 z-30 mt-1 block w-80 max-w-[calc(100vw-1rem)] rounded-md border border-slate-300 bg-white p-3 text-left text-sm leading-6 font-normal text-slate-900 not-italic shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          >
            <span className="block font-semibold">{entry.term}</span>
            <span className="block">{entry.definition}</span>
            <SourceTag source={entry.source} />
            {glossaryHref ? (
              <a href={glossaryHref} className={`mt-1 block ${linkClass}`}>
                In the glossary
              </a>
            ) : null}
          </span>
        ) : null}
      </span>
    </span>
  );
}
