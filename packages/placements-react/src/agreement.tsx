import {
  AGREEMENT_EVENT_LABELS,
  AGREEMENT_PARTY_LABELS,
  type AgreementContent,
  type AgreementEventKind,
  type AgreementParty,
  ALLOWANCE_KIND_LABELS,
  type AllowanceKind,
  CONTACT_EXCEPTION_REASON_LABELS,
  CONTACT_MODE_LABELS,
  CONTACT_MOMENT_KIND_LABELS,
  type ContactMode,
  type ContactMomentExceptionReason,
  type ContactMomentKind,
  type SignableAgreement,
  signatureOf,
} from '@stelsel/placements-common';
import type { Column } from '@stelsel/ui';
import { DataTable, Paragraph } from '@stelsel/ui';
import { formatMomentWithTime, formatMonth } from './agreement-format.ts';
import { usePersonLabel } from './people.tsx';

type PersonLabel = ReturnType<typeof usePersonLabel>;

import { formatDate, formatEuro } from '@stelsel/ui';

/** An agreement's content as drawn up, with its version and whether a guardian signs. */
export interface DrawnUpAgreement extends AgreementContent {
  version: number;
  guardianRequired: boolean;
}

/** The agreed content as a list of facts. */
export function AgreementDetails({ agreement }: { agreement: DrawnUpAgreement }) {
  return (
    <dl className="stelsel-facts">
      <dt>Periode</dt>
      <dd>
        {formatDate(agreement.startsOn)} tot en met {formatDate(agreement.endsOn)}
      </dd>
      <dt>Uren per week</dt>
      <dd>{agreement.hoursPerWeek}</dd>
      <dt>Praktijkopleider</dt>
      <dd>
        {agreement.practicalTrainerName} (
        <a href={`mailto:${agreement.practicalTrainerEmail}`}>{agreement.practicalTrainerEmail}</a>)
      </dd>
      <dt>Werkprocessen</dt>
      <dd className="stelsel-pre-line">{agreement.workProcesses}</dd>
      <dt>Beoordeling</dt>
      <dd className="stelsel-pre-line">{agreement.assessment}</dd>
      <dt>Begeleiding</dt>
      <dd>{agreement.supervisionFrequency}</dd>
      <dt>Ontbinding</dt>
      <dd className="stelsel-pre-line">{agreement.dissolutionTerms}</dd>
      <dt>Onkostenvergoeding per maand</dt>
      <dd>{formatEuro(agreement.expenseAllowance)}</dd>
      <dt>Stagevergoeding of loon per maand</dt>
      <dd>{agreement.internshipWage ? formatEuro(agreement.internshipWage) : 'Geen'}</dd>
      <dt>Ouder of voogd tekent mee</dt>
      <dd>
        {agreement.guardianRequired
          ? `Ja, de student is op de begindatum jonger dan 18${agreement.guardianName ? ` (${agreement.guardianName})` : ''}`
          : 'Nee'}
      </dd>
      <dt>Versie</dt>
      <dd>{agreement.version}</dd>
    </dl>
  );
}

interface SignatureRow {
  party: AgreementParty;
  signedBy: string | null;
  signedAt: string | null;
  note: string | null;
}

const signatureColumns = (label: PersonLabel): Column<SignatureRow>[] => [
  { key: 'party', header: 'Partij', rowHeader: true, cell: (r) => AGREEMENT_PARTY_LABELS[r.party] },
  { key: 'state', header: 'Ondertekend', cell: (r) => (r.signedAt ? 'Ja' : 'Nog niet') },
  { key: 'by', header: 'Door', cell: (r) => label(r.signedBy, r.party === 'GUARDIAN' ? 'INSTITUTION' : r.party) },
  { key: 'at', header: 'Op', cell: (r) => (r.signedAt ? formatMomentWithTime(r.signedAt) : '') },
  { key: 'note', header: 'Notitie', cell: (r) => r.note ?? '' },
];

/** Each required party of the current version: signed by whom and when, or not yet. */
export function SignaturesTable({ agreement, caption }: { agreement: SignableAgreement; caption?: string }) {
  const label = usePersonLabel();
  const rows: SignatureRow[] = agreement.requiredParties.map((party) => {
    const signature = signatureOf(agreement, party);
    return {
      party,
      signedBy: signature?.signedBy ?? null,
      signedAt: signature?.signedAt ?? null,
      note: signature?.note ?? null,
    };
  });
  return (
    <DataTable
      caption={caption ?? `Handtekeningen onder versie ${agreement.version}`}
      columns={signatureColumns(label)}
      rows={rows}
      rowKey={(r) => r.party}
    />
  );
}

export interface ContactMomentRow {
  id: string;
  kind: ContactMomentKind;
  plannedOn: string;
  plannedMode: ContactMode;
  plannedBy: string;
  heldOn?: string | null;
  heldMode?: ContactMode | null;
  notes?: string | null;
  recordedBy?: string | null;
}

const momentColumns = (label: PersonLabel): Column<ContactMomentRow>[] => [
  { key: 'kind', header: 'Contactmoment', rowHeader: true, cell: (m) => CONTACT_MOMENT_KIND_LABELS[m.kind] },
  {
    key: 'planned',
    header: 'Gepland',
    cell: (m) =>
      `${formatDate(m.plannedOn)}, ${CONTACT_MODE_LABELS[m.plannedMode].toLowerCase()} (door ${label(m.plannedBy)})`,
  },
  {
    key: 'held',
    header: 'Gehouden',
    cell: (m) =>
      m.heldOn && m.heldMode
        ? `${formatDate(m.heldOn)}, ${CONTACT_MODE_LABELS[m.heldMode].toLowerCase()}${m.recordedBy ? ` (vastgelegd door ${label(m.recordedBy)})` : ''}`
        : 'Nog niet',
  },
  { key: 'notes', header: 'Aantekeningen', cell: (m) => m.notes ?? '' },
];

/** The planned and held contact moments, or a sentence when there are none. */
export function ContactMomentsTable({ moments, caption }: { moments: readonly ContactMomentRow[]; caption: string }) {
  const label = usePersonLabel();
  if (moments.length === 0) return <Paragraph>Er zijn nog geen contactmomenten gepland.</Paragraph>;
  return <DataTable caption={caption} columns={momentColumns(label)} rows={moments} rowKey={(m) => m.id} />;
}

export interface ContactMomentExceptionRow {
  reason: ContactMomentExceptionReason;
  explanation: string;
  recordedBy: string;
  recordedAt: string;
}

/** Recorded exceptions to the three contact moments, each with its reason. */
export function ContactMomentExceptionsList({ exceptions }: { exceptions: readonly ContactMomentExceptionRow[] }) {
  const label = usePersonLabel();
  if (exceptions.length === 0) return null;
  return (
    <ul>
      {exceptions.map((e) => (
        <li key={`${e.recordedAt}-${e.reason}`}>
          Uitzondering: {CONTACT_EXCEPTION_REASON_LABELS[e.reason]} — {e.explanation} (vastgelegd door{' '}
          {label(e.recordedBy, 'INSTITUTION')}, {formatMomentWithTime(e.recordedAt)})
        </li>
      ))}
    </ul>
  );
}

export interface AllowanceStatusData {
  agreedMonthly: string;
  paidMonths: readonly string[];
  missingMonths: readonly string[];
  upToDate: boolean;
}

export interface AllowancePaymentRow {
  id: string;
  month: string;
  kind: AllowanceKind;
  amount: string;
  recordedBy: string;
  recordedAt: string;
}

const paymentColumns = (label: PersonLabel): Column<AllowancePaymentRow>[] => [
  { key: 'month', header: 'Maand', rowHeader: true, cell: (p) => formatMonth(p.month) },
  { key: 'kind', header: 'Soort', cell: (p) => ALLOWANCE_KIND_LABELS[p.kind] },
  { key: 'amount', header: 'Bedrag', numeric: true, cell: (p) => formatEuro(p.amount) },
  {
    key: 'by',
    header: 'Vastgelegd door',
    cell: (p) => `${label(p.recordedBy)}, ${formatMomentWithTime(p.recordedAt)}`,
  },
];

/** Whether the agreed allowances are paid: the monthly amount, the missing months and the payments. */
export function AllowanceOverview({
  status,
  payments,
}: {
  status: AllowanceStatusData;
  payments: readonly AllowancePaymentRow[];
}) {
  const label = usePersonLabel();
  return (
    <>
      <dl className="stelsel-facts">
        <dt>Afgesproken per maand</dt>
        <dd>{formatEuro(status.agreedMonthly)}</dd>
        <dt>Betaald</dt>
        <dd>
          {status.paidMonths.length === 0
            ? 'Nog geen maand volledig betaald'
            : `${status.paidMonths.length} ${status.paidMonths.length === 1 ? 'maand' : 'maanden'}`}
        </dd>
        <dt>Nog niet (volledig) betaald</dt>
        <dd>
          {status.upToDate || status.missingMonths.length === 0
            ? 'Niets: de betalingen zijn bij'
            : status.missingMonths.map(formatMonth).join(', ')}
        </dd>
      </dl>
      {payments.length > 0 ? (
        <DataTable
          caption="Vastgelegde betalingen"
          columns={paymentColumns(label)}
          rows={payments}
          rowKey={(p) => p.id}
        />
      ) : (
        <Paragraph>Er zijn nog geen betalingen vastgelegd.</Paragraph>
      )}
    </>
  );
}

export interface AgreementEventRow {
  what: AgreementEventKind;
  party?: AgreementParty | null;
  by: string;
  at: string;
  version: number;
  detail?: string | null;
}

const eventColumns = (label: PersonLabel): Column<AgreementEventRow>[] => [
  { key: 'at', header: 'Wanneer', rowHeader: true, cell: (e) => formatMomentWithTime(e.at) },
  {
    key: 'what',
    header: 'Wat',
    cell: (e) =>
      `${AGREEMENT_EVENT_LABELS[e.what]}${e.party ? ` (${AGREEMENT_PARTY_LABELS[e.party].toLowerCase()})` : ''}`,
  },
  {
    key: 'by',
    header: 'Door',
    // Drawing up and amending is the institution's; signing events name their party.
    cell: (e) => label(e.by, e.party ?? (e.what === 'SIGNED' || e.what === 'FULLY_SIGNED' ? null : 'INSTITUTION')),
  },
  { key: 'version', header: 'Versie', numeric: true, cell: (e) => e.version },
  { key: 'detail', header: 'Toelichting', cell: (e) => e.detail ?? '' },
];

/** Who did what to the agreement, and when. */
export function AgreementHistoryTable({ events }: { events: readonly AgreementEventRow[] }) {
  const label = usePersonLabel();
  return (
    <DataTable
      caption="Geschiedenis van de overeenkomst"
      columns={eventColumns(label)}
      rows={events}
      rowKey={(e) => `${e.at}-${e.what}-${e.party ?? ''}-${e.version}`}
    />
  );
}
