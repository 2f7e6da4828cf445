import { Children, isValidElement, type ReactNode } from 'react';
import { CopyButton } from './copy-button';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** A fenced code block from the content: exact text, never wrapped into something else, with Copy. */
export function CodeBlock({ children }: { children?: ReactNode }) {
  const text = textOf(Children.toArray(children)).replace(/\n$/, '');
  return (
    <div className="my-4 rounded-md border border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900">
      <pre className="overflow-x-auto px-4 py-3 font-mono text-[0.9rem] leading-relaxed whitespace-pre text-slate-900 dark:text-slate-100">
        <code>{text}</code>
      </pre>
      <div className="flex justify-end border-t border-slate-200 px-2 py-1.5 dark:border-slate-700">
        <CopyButton text={text} label="Copy" accessibleLabel={`Copy: ${text.slice(0, 80)}`} />
      </div>
    </div>
  );
}
