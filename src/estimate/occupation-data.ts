// The shape of data/occupations.json, written by scripts/build-data.ts from ../shared/data.
// null always means "no data in the sources", never zero.

export interface EstimatedTask {
  text: string;
  type: 'Core' | 'Supplemental' | null;
  /** Percent weight from task type (see task-method.ts): a weight, not a share of time. */
  share: number;
  gpt4: 'E0' | 'E1' | 'E2' | null;
  /** GPT-4 automation level T0–T4 as 0–4. */
  automation: number | null;
  /** Set on the one entry that combines the tasks beyond the kept ones: how many, and their labels (key → percent weight). */
  merged?: number;
  mix?: Record<string, number>;
}

export interface WorkContext {
  automation: number;
  exact: number;
  repeating: number;
  structured: number;
  /** Routine cognitive intensity (Acemoglu & Autor 2011, from the three values above): percent of occupations below it. */
  routinePercentile: number;
}

export interface Occupation {
  code: string;
  title: string;
  description: string;
  /** Reported titles first, then alternate titles (and their short forms), capped. */
  titles: string[];
  jobZone: number | null;
  tasks: EstimatedTask[];
  taskCount: number;
  /** Percent of task weight carrying a GPT-4 label. */
  labelledShare: number;
  /** Percent of task weight O*NET maps to work activities, and that weight per activity group (element id). */
  mappedShare: number;
  activityWeights: Record<string, number>;
  context: WorkContext | null;
  projection: {
    nem: string;
    changePct: number | null;
    training: string | null;
    education: string | null;
    /** Median annual wage in USD (BLS OEWS May 2024); top-coded wages are the floor, flagged. */
    medianWage: number | null;
    medianWageTopCoded?: boolean;
    /** Projected openings a year, 2024–34 average (people, not thousands). */
    openings?: number | null;
    /** BLS Table 1.12: the factor BLS names for the occupation's projected share, all industries; null when none. */
    factor?: string | null;
  } | null;
  applicability: number | null;
  beta: number | null;
  /** Percent of occupations with a lower value (0–100), over all occupations that have one. */
  betaPercentile: number | null;
  applicabilityPercentile: number | null;
  /** Eloundou et al.'s human annotators' exposure β: never an input, kept as the independent check (calibration.ts). */
  humanBeta: number | null;
  related: string[];
  /** IWA titles of the occupation's tasks, most time first; exposed = tasks scored 3+. */
  activities: string[];
  exposedActivities: string[];
}

export interface OccupationFile {
  version: number;
  release: string;
  jobZones: Record<string, string>;
  counts: Record<string, number>;
  occupations: Occupation[];
}
