import { ConflictError, InputError } from '@stelsel/graphql-kit';
import { isMonth, monthOf, todayInNetherlands } from '@stelsel/placements-common';
import { insertPayment } from '../db/allowances.ts';
import type { AllowanceKind } from '../db/types.ts';
import { institutionOrCompanyOf } from '../domain/access.ts';
import type { Actor, Trx } from './actor.ts';
import { lockExisting } from './agreements.ts';
import { createOnce } from './idempotent-create.ts';

export interface PaymentInput {
  agreementId: string;
  month: string;
  amountCents: bigint;
  kind: AllowanceKind;
  idempotencyKey: string;
}

/** The company (own) or the institution (own student) records a paid allowance for a month of a signed agreement. */
export async function recordPayment(trx: Trx, actor: Actor, input: PaymentInput): Promise<void> {
  const { caller } = actor;
  const { agreementId, month, kind, amountCents } = input;
  if (!isMonth(month)) throw new InputError('Geef de maand als JJJJ-MM, bijvoorbeeld 2026-03.', 'month');
  // A payment is a positive amount.
  if (amountCents <= 0n) throw new InputError('Het bedrag moet groter zijn dan nul.', 'amount');
  const agreement = await lockExisting(trx, agreementId);
  await actor.requireOwner(
    institutionOrCompanyOf(agreement),
    'Deze overeenkomst hoort bij een ander leerbedrijf of een andere instelling.',
    'agreementId',
  );
  await createOnce(
    trx,
    {
      scope: `recordAllowancePayment:${agreementId}`,
      key: input.idempotencyKey,
      subject: caller.subject,
      request: { month, kind, amountCents },
    },
    async () => {
      // Allowances are owed under a signed agreement only.
      if (agreement.status !== 'SIGNED') {
        throw new ConflictError('Betalingen worden vastgelegd bij een ondertekende overeenkomst.', 'agreementId');
      }
      // The month lies within the agreement's period and not in the future.
      if (month < monthOf(agreement.starts_on) || month > monthOf(agreement.ends_on)) {
        throw new InputError('De maand valt buiten de looptijd van de overeenkomst.', 'month');
      }
      if (month > monthOf(todayInNetherlands())) {
        throw new InputError('De maand ligt in de toekomst.', 'month');
      }
      // A wage payment needs an agreed wage.
      if (kind === 'WAGE' && agreement.internship_wage_cents === null) {
        throw new InputError('In deze overeenkomst is geen stagevergoeding afgesproken.', 'kind');
      }
      const paymentId = await insertPayment(trx, {
        agreementId,
        month,
        kind,
        amountCents,
        by: caller.subject,
        role: caller.role === 'company' ? 'company' : 'institution',
      });
      return String(paymentId);
    },
  );
}
