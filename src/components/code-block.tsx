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
    <div className="relative my-4 rounded-md border border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900">
      <pre className="py-3 pr-24 pl-4 font-mono text-[0.9rem] leading-relaxed whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere] dark:text-slate-100">
        <code>{text}</code>
      </pre>
      <CopyButton
        text={text}
        label="Copy"
        accessibleLabel={`Copy: ${text.slice(0, 80)}`}
        className="absolute top-2 right-2"
      />
    </div>
  );
}
