import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { AllowanceOverview, AllowancePaymentForm } from '@stelsel/placements-react';
import { Heading, Paragraph } from '@stelsel/ui';
import { recordAllowancePaymentMutation } from '../graphql/agreements.ts';
import type { AgreementFieldsFragment } from '../graphql/generated/graphql.ts';

type Agreement = AgreementFieldsFragment;

/** Whether the agreed allowances are paid, and a form to record a payment (from a bank statement, say). */
export function AllowancesSection({ agreement, reload }: { agreement: Agreement; reload: () => void }) {
  return (
    <section aria-labelledby="vergoedingen-titel">
      <Heading level={2} id="vergoedingen-titel">
        Vergoedingen
      </Heading>
      {agreement.status === 'SIGNED' ? (
        <>
          <AllowanceOverview status={agreement.allowanceStatus} payments={agreement.allowancePayments} />
          <AllowancePaymentForm
            agreement={agreement}
            intro="Leg een betaling vast die het leerbedrijf heeft gedaan, bijvoorbeeld van een bankafschrift van de student."
            submit={(payment, idempotencyKey) =>
              mutationOutcome(async () => {
                const { data } = await graphqlRequest(recordAllowancePaymentMutation, {
                  agreementId: agreement.id,
                  ...payment,
                  idempotencyKey,
                });
                return data?.recordAllowancePayment;
              })
            }
            onRecorded={reload}
          />
        </>
      ) : (
        <Paragraph>
          Betalingen van de onkostenvergoeding en de stagevergoeding legt u vast zodra alle partijen de overeenkomst
          hebben ondertekend.
        </Paragraph>
      )}
    </section>
  );
}
