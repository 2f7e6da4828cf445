/**
 * A practice case: guide data an author edits (`content/<guide>/practice-cases.ts`). The
 * trainee sees the scenario card; the expected path and outcome stay hidden until the end.
 */

/** How a log excerpt is shown: its source's own format, so trainees learn to read the real thing. */
export type LogFormat =
  /** A plugin (extension) log: `2018-12-04T07:52:28.8611188Z [Error]: …` */
  | 'plugin'
  /** The guest agent's `WaAppAgent.log`: `[00000013] [11/11/2022 06:34:12.06] [WARN]  …` */
  | 'waappagent'
  /** An event copied from Event Viewer: `Log Name:`, `Source:`, `Event ID:`, `Description:` … */
  | 'event-viewer';

export interface LogExcerpt {
  /** What the excerpt is ("VMSnapshot extension log"). */
  title: string;
  /** Where it was found: a file path, or the Event Viewer log. */
  source: string;
  format: LogFormat;
  /** The excerpt itself, exactly as the source shows it. */
  text: string;
}

export interface DllDate {
  file: string;
  /** The Modified date as File Explorer shows it. */
  modified: string;
}

/** What the trainee is given: only what an engineer would see or be told on the case. */
export interface ScenarioCard {
  /** What the customer reports, in their words. */
  customerReport: string;
  /** The failed backup job's error. */
  backupError: { code: string; message: string };
  /** What ASC shows under Case Overview > Permissions, and what changed later. */
  logPermission: string;
  /** How collecting the logs went (the Inspect IaaS Disk report, or from the VM). */
  logCollection: string;
  /** Excerpts from the logs at the time of the failure, consistent with the expected path. */
  logs: readonly LogExcerpt[];
  /** What a reboot did, as the customer tells it. */
  reboot: string;
  /** The msvc DLLs' Modified dates, or why they were not looked at. */
  dllDates: string | readonly DllDate[];
  /**
   * What the retried backup did after the remediation: shown only at the retry question, and
   * worded so that it does not name the remediation (it would give the cause away).
   */
  afterRemediation: string;
}

export interface PracticeCase {
  /** Stable, kebab-case: progress is stored under it. Never rename it. */
  id: string;
  /** Shown before the case starts: must not give the answer away. */
  title: string;
  level: 'starter' | 'practised' | 'tricky';
  card: ScenarioCard;
  /** Hidden until the end. */
  expected: {
    /** The answers keyed by step id, as in the guide's URLs. */
    answers: Readonly<Record<string, string>>;
    /** The id of the end step the case must finish on. */
    outcome: string;
  };
  /** Shown after the case: what it teaches, and why the expected path is right. */
  debrief: string;
}
