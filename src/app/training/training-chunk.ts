/**
 * The training pages' lazy chunk, as the app loads it (`loadTrainingPages`): every page, and what
 * each loads before it shows. Nothing else imports these two.
 */
export { TrainingPageView } from './training-pages';
export { preloadTrainingPage } from './training-preload';
