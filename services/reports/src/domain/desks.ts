import { InputError } from '@stelsel/graphql-kit';
import type { DeskDetails } from '../db/report-desks.ts';

/** Where a student can always report outside school — DOMAIN §2, issue 10. */
export const EXTERNAL_ALTERNATIVES = [
  {
    name: 'SBB',
    description:
      'Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven erkent leerbedrijven en onderzoekt meldingen over een erkend leerbedrijf, met hoor en wederhoor.',
    url: 'https://www.s-bb.nl',
  },
  {
    name: 'Antidiscriminatievoorziening (ADV)',
    description:
      'Elke gemeente heeft een onafhankelijke antidiscriminatievoorziening die meldingen registreert en je helpt, ook als je je op school niet veilig voelt om te melden.',
    url: 'https://www.discriminatie.nl',
  },
] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The desk's details, cleaned; a Dutch InputError naming the field otherwise. A desk must be reachable. */
export function checkDesk(input: {
  description?: string | null;
  contactUrl?: string | null;
  email?: string | null;
  phone?: string | null;
  handlers: string;
  availability: string;
  alternatives?: string | null;
}): DeskDetails {
  const text = (value: string | null | undefined, field: string, max: number, required = false) => {
    const clean = value?.trim() ?? '';
    if (required && clean === '') throw new InputError('Vul dit veld in.', field);
    if (clean.length > max) throw new InputError(`Dit veld mag hoogstens ${max} tekens hebben.`, field);
    return clean === '' ? null : clean;
  };
  const desk = {
    description: text(input.description, 'description', 1_000),
    contactUrl: text(input.contactUrl, 'contactUrl', 500),
    email: text(input.email, 'email', 254),
    phone: text(input.phone, 'phone', 20),
    handlers: text(input.handlers, 'handlers', 300, true) ?? '',
    availability: text(input.availability, 'availability', 300, true) ?? '',
    alternatives: text(input.alternatives, 'alternatives', 1_000),
  };
  if (desk.contactUrl && !/^https:\/\/[^\s]+$/.test(desk.contactUrl)) {
    throw new InputError('Geef een webadres dat begint met https://.', 'contactUrl');
  }
  if (desk.email && !EMAIL.test(desk.email)) throw new InputError('Dit is geen geldig e-mailadres.', 'email');
  if (desk.phone && !/^\+?[0-9 ()-]{8,20}$/.test(desk.phone)) {
    throw new InputError('Dit is geen geldig telefoonnummer.', 'phone');
  }
  if (!desk.email && !desk.phone && !desk.contactUrl) {
    throw new InputError(
      'Geef ten minste één manier om het meldpunt te bereiken: e-mail, telefoon of website.',
      'email',
    );
  }
  return desk;
}
