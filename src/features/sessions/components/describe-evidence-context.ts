import { createContext } from 'react';
import type { DescribeEvidence } from '../case-note';

/**
 * How the evidence kept in a session reads in its case note, given by the page that composes
 * the feature that keeps it (the log analyzer's): the case note does not know that feature.
 */
export const DescribeEvidenceContext = createContext<DescribeEvidence | undefined>(undefined);
