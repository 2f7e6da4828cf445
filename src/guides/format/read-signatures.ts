import type { z } from 'zod';
import type { GuideSignatures, TextPattern } from '../../machine/guide-signatures.ts';
import type { Problem } from '../validation/guide-problem.ts';
import type { signaturesSchema } from './guide-schemas.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * `signatures.yml`'s patterns as the analyzer takes them: a string written `/…/flags` is a
 * regular expression (checked here: one that cannot compile is a problem at its line), any
 * other string is exact text.
 */

type Parsed = z.infer<typeof signaturesSchema>;

const regexForm = /^\/(.+)\/([a-z]*)$/s;

export function readSignatures(
  yaml: YamlSource,
  parsed: { value?: Parsed; problems: Problem[] },
): { value?: GuideSignatures; problems: Problem[] } {
  if (!parsed.value) return { problems: parsed.problems };
  const problems = [...parsed.problems];
  const pattern = (text: string, path: readonly PropertyKey[]): TextPattern => {
    const form = regexForm.exec(text);
    if (!form) return text;
    try {
      return new RegExp(form[1]!, form[2]);
    } catch (error) {
      problems.push({
        file: yaml.file,
        ...yaml.at(path),
        message: `\`${text}\` is not a regular expression: ${(error as Error).message}`,
        fix: 'fix it, or write the text without the surrounding slashes',
      });
      return text;
    }
  };
  const match = (m: Parsed['signatures'][number]['match'], path: readonly PropertyKey[]) => {
    const out: Record<string, unknown> = {};
    if (m.eventId !== undefined) out.eventId = m.eventId;
    for (const key of ['allOf', 'anyOf', 'noneOf'] as const) {
      const list = m[key];
      if (list) out[key] = list.map((p, i) => pattern(p, [...path, key, i]));
    }
    return out as GuideSignatures['signatures'][number]['match'];
  };
  const value: GuideSignatures = {
    ...parsed.value,
    signatures: parsed.value.signatures.map((s, i) => ({
      ...s,
      match: match(s.match, ['signatures', i, 'match']),
    })),
    notEvidence: parsed.value.notEvidence.map((n, i) => ({
      ...n,
      match: match(n.match, ['notEvidence', i, 'match']),
    })),
  };
  return { value, problems };
}
