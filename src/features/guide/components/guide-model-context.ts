import { createContext, useContext } from 'react';
import type { GuideModel } from '../../../machine/guide-model';

/** The guide on screen, for the content pages' components (its properties, its errors). */
export const GuideModelContext = createContext<GuideModel | null>(null);

export function useGuideModel(): GuideModel {
  const guide = useContext(GuideModelContext);
  if (!guide) throw new Error('useGuideModel outside a guide');
  return guide;
}
