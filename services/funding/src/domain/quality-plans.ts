/**
 * Regeling Kwaliteitsafspraken mbo 2024–2027 (DOMAIN §3; seed 001 r. 1167–1198, 1320–1327):
 * the rules of a quality plan, without I/O. Dates are 'YYYY-MM-DD' strings (compared as text).
 */
export const GOAL_THEMES = ['INSCHALING', 'PROFESSIONALISERING', 'WERKDRUK', 'BEGELEIDING_STARTERS'] as const;
export type GoalTheme = (typeof GOAL_THEMES)[number];

export const GOAL_THEME_LABELS: Record<GoalTheme, string> = {
  INSCHALING: 'inschaling van onderwijspersoneel',
  PROFESSIONALISERING: 'professionalisering',
  WERKDRUK: 'werkdruk',
  BEGELEIDING_STARTERS: 'begeleiding van startend personeel',
};

export type PlanStatus = 'DRAFT' | 'SUBMITTED' | 'ADVISED' | 'GRANTED' | 'REFUSED';
export type ConsentBody = 'STUDENT_COUNCIL' | 'WORKS_COUNCIL';
export const CONSENT_BODY_LABELS: Record<ConsentBody, string> = {
  STUDENT_COUNCIL: 'de studentenraad',
  WORKS_COUNCIL: 'de ondernemingsraad',
};
export type Advice = 'POSITIVE' | 'NEGATIVE';
export type Decision = 'GRANT' | 'REFUSE';
export type LateHandling = 'NEXT_TRANCHE' | 'REFUSE';

export interface GoalInput {
  theme: GoalTheme;
  description: string;
  baseline: number;
  target: number;
  unit: string;
}

export interface Problem {
  message: string;
  field: string;
}

const MAX_COUNT = 1_000_000;

/** Checks the goals of a plan: one per required theme, a description, whole numbers, a unit. */
export function goalsProblem(goals: readonly GoalInput[]): Problem | null {
  const seen = new Set<GoalTheme>();
  for (const [index, goal] of goals.entries()) {
    if (seen.has(goal.theme)) {
      return {
        message: `Het thema ${GOAL_THEME_LABELS[goal.theme]} staat er twee keer in.`,
        field: `goals.${index}.theme`,
      };
    }
    seen.add(goal.theme);
    const description = goal.description.trim();
    if (description.length < 10 || description.length > 2000) {
      return { message: 'Beschrijf het doel in 10 tot 2000 tekens.', field: `goals.${index}.description` };
    }
    for (const key of ['baseline', 'target'] as const) {
      const value = goal[key];
      if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
        return {
          message: `Vul een heel getal van 0 tot en met ${MAX_COUNT.toLocaleString('nl-NL')} in.`,
          field: `goals.${index}.${key}`,
        };
      }
    }
    const unit = goal.unit.trim();
    if (unit.length < 1 || unit.length > 60) {
      return {
        message: 'Geef de eenheid van het doel (bijvoorbeeld “procent van de docenten”).',
        field: `goals.${index}.unit`,
      };
    }
  }
  return null;
}

/** Before submission every required theme has a quantitative goal (seed 001 r. 1325–1327). */
export function missingThemes(themes: readonly GoalTheme[]): GoalTheme[] {
  return GOAL_THEMES.filter((theme) => !themes.includes(theme));
}

export function excellenceProblem(excellence: { programmes: number; participants: number } | null): Problem | null {
  if (!excellence) return null;
  for (const key of ['programmes', 'participants'] as const) {
    const value = excellence[key];
    if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
      return {
        message: `Vul een heel getal van 0 tot en met ${MAX_COUNT.toLocaleString('nl-NL')} in.`,
        field: `excellence.${key}`,
      };
    }
  }
  if (excellence.participants > 0 && excellence.programmes === 0) {
    return {
      message: 'Deelnemers zonder excellentieprogramma: vul ook het aantal programma’s in.',
      field: 'excellence.programmes',
    };
  }
  return null;
}

/** What may happen to a plan in a status. */
export const MAY = {
  edit: (status: PlanStatus) => status === 'DRAFT',
  submit: (status: PlanStatus) => status === 'DRAFT',
  withdraw: (status: PlanStatus) => status === 'SUBMITTED',
  advise: (status: PlanStatus) => status === 'SUBMITTED',
  decide: (status: PlanStatus) => status === 'ADVISED',
};

/** The steps of a plan's history, in Dutch. */
export const EVENT_LABELS: Record<string, string> = {
  CREATED: 'Aangemaakt',
  SAVED: 'Concept opgeslagen',
  CONSENT: 'Instemming vastgelegd',
  SUBMITTED: 'Ingediend',
  WITHDRAWN: 'Ingetrokken',
  ADVISED: 'Advies van de commissie',
  DECIDED: 'Besluit van de minister',
};

export const STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'concept',
  SUBMITTED: 'ingediend',
  ADVISED: 'geadviseerd',
  GRANTED: 'toegekend',
  REFUSED: 'afgewezen',
};

/** Both consents given (student council and works council). */
export function hasBothConsents(consents: readonly { body: ConsentBody; given: boolean }[]): boolean {
  return (['STUDENT_COUNCIL', 'WORKS_COUNCIL'] as const).every((body) =>
    consents.some((c) => c.body === body && c.given),
  );
}

/**
 * A positive advice on a plan that lacks either consent needs a written motivation (seed 001 r. 1191–1198);
 * a negative advice always gives its reasons.
 */
export function adviceProblem(
  advice: Advice,
  motivation: string,
  consents: readonly { body: ConsentBody; given: boolean }[],
): Problem | null {
  const text = motivation.trim();
  if (text.length > 4000) return { message: 'De motivering mag hoogstens 4000 tekens hebben.', field: 'motivation' };
  if (advice === 'POSITIVE' && !hasBothConsents(consents) && text.length < 20) {
    return {
      message:
        'Een positief advies over een plan zonder instemming van studentenraad én ondernemingsraad moet schriftelijk gemotiveerd worden (minstens 20 tekens).',
      field: 'motivation',
    };
  }
  if (advice === 'NEGATIVE' && text.length < 20) {
    return { message: 'Geef bij een negatief advies de redenen (minstens 20 tekens).', field: 'motivation' };
  }
  return null;
}

/** Where a submission on `today` lands: its own tranche, the next one, or refused, as the ministry configured. */
export function submissionTarget<T extends { id: string; deadline: string; lateHandling: LateHandling }>(
  tranche: T,
  later: readonly T[],
  today: string,
): { tranche: T; moved: boolean } | { refused: string } {
  if (today <= tranche.deadline) return { tranche, moved: false };
  if (tranche.lateHandling === 'REFUSE') {
    return {
      refused: `De termijn van deze tranche is op ${tranche.deadline} verstreken; het plan kan niet meer worden ingediend.`,
    };
  }
  const next = [...later].sort((a, b) => (a.deadline < b.deadline ? -1 : 1)).find((t) => t.deadline > tranche.deadline);
  if (!next)
    return {
      refused: `De termijn van deze tranche is op ${tranche.deadline} verstreken en er is geen volgende tranche.`,
    };
  const onward = submissionTarget(next, later, today);
  return 'refused' in onward ? onward : { tranche: onward.tranche, moved: true };
}
