/**
 * "Why we ask this": per-step explanations, guide data (`content/<guide>/why-we-ask.ts`) keyed
 * by step id. What the TSG itself says is kept apart from what this tool adds, which is shown
 * marked as added guidance.
 */

export interface WhyWeAskEntry {
  /** What the answer decides, in one sentence, read off the guide's flow. */
  decides: string;
  /** The TSG's own reasoning, verbatim. */
  tsg?: readonly string[];
  /** Reasoning beyond the TSG: shown as added guidance. */
  added?: readonly string[];
}

export type WhyWeAsk = Readonly<Record<string, WhyWeAskEntry>>;
