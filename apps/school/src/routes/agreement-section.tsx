import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  AGREEMENT_PARTY_LABELS,
  AGREEMENT_STATUS_LABELS,
  missingSignatures,
  mustSign,
  signatureOf,
} from '@stelsel/placements-common';
import { AgreementDetails, AgreementHistoryTable, SignaturesTable } from '@stelsel/placements-react';
import {
  BusyStatus,
  ConfirmAction,
  Empty,
  ErrorSummary,
  FocusedMessage,
  FormFrame,
  Paragraph,
  PrintButton,
  QueryStatus,
  SecondaryActionButton,
  TextareaField,
  useForm,
  useSubmission,
} from '@stelsel/ui';
import { useEffect, useRef, useState } from 'react';
import { agreementQuery, signAgreementMutation } from '../graphql/agreements.ts';
import type { AgreementFieldsFragment } from '../graphql/generated/graphql.ts';
import { formFromAgreement } from './agreement-form.ts';
import { AgreementForm } from './agreement-form-view.tsx';
import { AllowancesSection } from './allowances-section.tsx';
import { ContactMomentsSection } from './contact-moments-section.tsx';

export type Agreement = AgreementFieldsFragment;

export interface AgreementAreaProps {
  agreementId: string;
  placementId: string;
  student: { name: string; dateOfBirth?: string | null };
  institutionName: string;
  /** Called when the user starts another action, so an earlier message of the page can go. */
  onAction?: () => void;
}

/**
 * The current agreement of a placement with its signatures, contact moments and allowances. It
 * keeps showing the agreement while it reloads after a change, so forms, focus and messages stay put.
 */
export function AgreementArea({
  agreementId,
  placementId,
  student,
  institutionName,
  onAction = () => {},
}: AgreementAreaProps) {
  const result = useQuery(agreementQuery, { id: agreementId });
  const last = useRef<Agreement | null>(null);
  if (result.status === 'done') last.current = result.data.agreement ?? null;
  const agreement = result.status === 'done' ? (result.data.agreement ?? null) : last.current;
  return (
    <>
      <QueryStatus
        result={result}
        what="de overeenkomst"
        loading="De overeenkomst wordt geladen…"
        showing={agreement}
      />
      {result.status === 'done' && !agreement ? <Empty>Deze overeenkomst is niet gevonden.</Empty> : null}
      {agreement ? (
        <>
          <AgreementOverview
            agreement={agreement}
            placementId={placementId}
            student={student}
            institutionName={institutionName}
            reload={result.reload}
            onAction={onAction}
          />
          <ContactMomentsSection agreement={agreement} reload={result.reload} />
          <AllowancesSection agreement={agreement} reload={result.reload} />
        </>
      ) : null}
    </>
  );
}

const partyList = (parties: readonly (keyof typeof AGREEMENT_PARTY_LABELS)[]) =>
  parties.map((p) => AGREEMENT_PARTY_LABELS[p].toLowerCase()).join(', ');

function AgreementOverview({
  agreement,
  placementId,
  student,
  institutionName,
  reload,
  onAction,
}: {
  agreement: Agreement;
  placementId: string;
  student: { name: string; dateOfBirth?: string | null };
  institutionName: string;
  reload: () => void;
  onAction: () => void;
}) {
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // After cancelling a change, focus goes back to the button that opened the form.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const missing = missingSignatures(agreement);
  const editable = agreement.status === 'DRAFT' || agreement.status === 'SIGNING';
  const signedParties = agreement.requiredParties.filter((p) => signatureOf(agreement, p) !== undefined);
  const start = () => {
    setDone(null);
    onAction();
  };
  const finished = (message: string) => {
    setDone(message);
    reload();
  };
  return (
    <>
      <Paragraph>
        Stand: <strong>{AGREEMENT_STATUS_LABELS[agreement.status]}</strong>
        {missing.length > 0 ? `. Nog te ondertekenen door: ${partyList(missing)}.` : '.'}
      </Paragraph>
      {done ? <FocusedMessage>{done}</FocusedMessage> : null}
      <AgreementDetails agreement={agreement} />
      <SignaturesTable agreement={agreement} />
      <PrintButton>Praktijkovereenkomst afdrukken</PrintButton>
      {mustSign(agreement, 'INSTITUTION') ? (
        <InstitutionSign
          agreement={agreement}
          institutionName={institutionName}
          onStart={start}
          onSigned={() => finished('U heeft namens de onderwijsinstelling ondertekend.')}
        />
      ) : null}
      {mustSign(agreement, 'GUARDIAN') ? (
        <GuardianSign
          agreement={agreement}
          onStart={start}
          onSigned={() => finished('De handtekening van de ouder of voogd is vastgelegd.')}
        />
      ) : null}
      {editable ? (
        editing ? (
          <AgreementForm
            placementId={placementId}
            mode="edit"
            focusOnMount
            initial={formFromAgreement(agreement)}
            student={student}
            lapsingSignatures={signedParties.map((p) => AGREEMENT_PARTY_LABELS[p].toLowerCase())}
            onSaved={() => {
              setEditing(false);
              finished('De praktijkovereenkomst is gewijzigd. Alle partijen ondertekenen de nieuwe versie opnieuw.');
            }}
            onCancel={() => {
              returnFocus.current = true;
              setEditing(false);
            }}
          />
        ) : (
          <div className="stelsel-actions">
            <SecondaryActionButton
              ref={editButton}
              type="button"
              onClick={() => {
                start();
                setEditing(true);
              }}
            >
              Overeenkomst wijzigen
            </SecondaryActionButton>
          </div>
        )
      ) : agreement.status === 'SIGNED' ? (
        <Paragraph>
          Een door alle partijen ondertekende overeenkomst kan niet meer worden gewijzigd. Bij een ander leerbedrijf
          hoort een nieuwe overeenkomst.
        </Paragraph>
      ) : null}
      <AgreementHistoryTable events={agreement.history} />
    </>
  );
}

function InstitutionSign({
  agreement,
  institutionName,
  onStart,
  onSigned,
}: {
  agreement: Agreement;
  institutionName: string;
  onStart: () => void;
  onSigned: () => void;
}) {
  const submission = useSubmission(() => null);
  const sign = async () => {
    onStart();
    const signed = await submission.send(
      { ok: true, input: { agreementId: agreement.id, version: agreement.version } },
      ({ agreementId }, idempotencyKey) =>
        mutationOutcome(async () => {
          const { data } = await graphqlRequest(signAgreementMutation, {
            agreementId,
            party: 'INSTITUTION',
            note: null,
            idempotencyKey,
          });
          return data?.signAgreement;
        }),
    );
    if (signed) onSigned();
  };
  return (
    <div className="stelsel-form">
      <ErrorSummary errors={submission.summary({}, {})} title="Er is niet ondertekend" />
      <ConfirmAction
        trigger="Ondertekenen namens de onderwijsinstelling"
        title="Controleer voordat u ondertekent"
        declaration={`Ik heb versie ${agreement.version} van de praktijkovereenkomst gelezen en ga namens ${institutionName} akkoord.`}
        confirm="Ja, onderteken namens de onderwijsinstelling"
        onConfirm={sign}
        busy={submission.busy}
      >
        <Paragraph>
          Met ondertekenen gaat u namens {institutionName} akkoord met versie {agreement.version} van deze overeenkomst:
          de school begeleidt de student en beoordeelt de beroepspraktijkvorming. De student en het leerbedrijf zien dat
          u heeft getekend.
        </Paragraph>
      </ConfirmAction>
      <BusyStatus busy={submission.busy}>Bezig met ondertekenen…</BusyStatus>
    </div>
  );
}

const NOTE_IDS = { note: 'voogd-notitie' };
const NOTE_LABELS = { note: 'Waar en wanneer op papier getekend' };

function GuardianSign({
  agreement,
  onStart,
  onSigned,
}: {
  agreement: Agreement;
  onStart: () => void;
  onSigned: () => void;
}) {
  const f = useForm({ initial: { note: '' }, ids: NOTE_IDS, labels: NOTE_LABELS });
  const submit = async () => {
    onStart();
    const text = f.form.note.trim();
    const checked =
      text.length < 10
        ? {
            ok: false as const,
            errors: { note: 'Leg vast waar en wanneer op papier is getekend, in minstens 10 tekens.' },
          }
        : { ok: true as const, input: { agreementId: agreement.id, version: agreement.version, note: text } };
    const signed = await f.submission.send(checked, (input, idempotencyKey) =>
      mutationOutcome(async () => {
        const { data } = await graphqlRequest(signAgreementMutation, {
          agreementId: input.agreementId,
          party: 'GUARDIAN',
          note: input.note,
          idempotencyKey,
        });
        return data?.signAgreement;
      }),
    );
    if (signed) {
      f.reset();
      onSigned();
    }
  };
  return (
    <FormFrame
      form={f}
      variant="panel"
      titleId="voogd-titel"
      title="Handtekening van de ouder of voogd vastleggen"
      level={3}
      intro={
        <Paragraph>
          De student is op de begindatum jonger dan 18, dus {agreement.guardianName ?? 'een ouder of voogd'} tekent mee.
          Die tekent op papier; u legt de handtekening hier vast.
        </Paragraph>
      }
      errorTitle="De handtekening is niet vastgelegd"
      submitLabel="Handtekening ouder of voogd vastleggen"
      submitAppearance="secondary"
      onSubmit={submit}
      after={<BusyStatus busy={f.submission.busy}>Bezig met vastleggen…</BusyStatus>}
    >
      <TextareaField
        {...f.bind('note')}
        rows={3}
        description="Bijvoorbeeld: op 3 februari 2027 op school getekend, tijdens het intakegesprek. Minstens 10 tekens."
      />
    </FormFrame>
  );
}
