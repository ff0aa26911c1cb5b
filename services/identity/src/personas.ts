import { ROLE_LABELS, type Role } from '@stelsel/auth';

/** A seeded demo user of the development identity provider (docs/conventions.md). */
export interface Persona {
  /** What you type as user name and pass to `pnpm token`. */
  id: string;
  /** The `sub` claim of this persona's tokens (equal to the id unless the conventions name another subject). */
  subject: string;
  /** Display name (Dutch), the `name` claim. */
  name: string;
  role: Role;
  organisation: string;
}

/** Development only: every persona logs in with this password. */
export const DEV_PASSWORD = 'demo';

export const PERSONAS: readonly Persona[] = [
  {
    id: 'student-zadkine',
    subject: 'roc-zadkine-s001',
    name: 'Joy van der Linden (student, Zadkine)',
    role: 'student',
    organisation: 'roc-zadkine',
  },
  {
    id: 'student-kramer',
    subject: 'roc-zadkine-s022',
    name: 'Priya Kramer (student, Zadkine)',
    role: 'student',
    organisation: 'roc-zadkine',
  },
  {
    id: 'docent-zadkine',
    subject: 'docent-zadkine',
    name: 'Mohamed El Amrani (docent, Zadkine)',
    role: 'institution',
    organisation: 'roc-zadkine',
  },
  {
    id: 'docent-albeda',
    subject: 'docent-albeda',
    name: 'Ingrid Bakker (docent, Albeda)',
    role: 'institution',
    organisation: 'albeda-college',
  },
  {
    id: 'praktijkopleider-maasstad',
    subject: 'praktijkopleider-maasstad',
    name: 'Peter Jansen (praktijkopleider, Maasstad)',
    role: 'company',
    organisation: 'kvk-90000001',
  },
  {
    id: 'praktijkopleider-bouw',
    subject: 'praktijkopleider-bouw',
    name: 'Fatima Yilmaz (praktijkopleider, bouw)',
    role: 'company',
    organisation: 'kvk-90000002',
  },
  {
    id: 'ambtenaar-rotterdam',
    subject: 'ambtenaar-rotterdam',
    name: 'Jeroen Visser (gemeente Rotterdam)',
    role: 'municipality',
    organisation: '0599',
  },
  {
    id: 'ambtenaar-utrecht',
    subject: 'ambtenaar-utrecht',
    name: 'Lotte Smit (gemeente Utrecht)',
    role: 'municipality',
    organisation: '0344',
  },
  {
    id: 'beleidsmedewerker-ocw',
    subject: 'beleidsmedewerker-ocw',
    name: 'Anouk Mulder (ministerie van OCW)',
    role: 'ministry',
    organisation: 'ocw',
  },
  {
    id: 'adviseur-sbb',
    subject: 'adviseur-sbb',
    name: 'Ruben de Boer (adviseur SBB)',
    role: 'sbb',
    organisation: 'sbb',
  },
];

/** A machine client that gets tokens with client credentials (role `partner`). */
export interface PartnerClient {
  clientId: string;
  /** Development secret; a real partner gets its own. */
  secret: string;
}

export const PARTNER_CLIENTS: readonly PartnerClient[] = [{ clientId: 'partner-demo', secret: 'partner-demo-secret' }];

export function findPersona(idOrSubject: string): Persona | undefined {
  const wanted = idOrSubject.trim().toLowerCase();
  return PERSONAS.find((p) => p.id === wanted) ?? PERSONAS.find((p) => p.subject === wanted);
}

export function findPersonaBySubject(subject: string): Persona | undefined {
  return PERSONAS.find((p) => p.subject === subject);
}

export function findPartnerClient(clientId: string): PartnerClient | undefined {
  return PARTNER_CLIENTS.find((c) => c.clientId === clientId);
}

/** Checks a development login; the persona on success. */
export function checkPassword(username: string, password: string): Persona | undefined {
  const persona = findPersona(username);
  return persona && password === DEV_PASSWORD ? persona : undefined;
}

export const roleLabel = (role: Role): string => ROLE_LABELS[role];
