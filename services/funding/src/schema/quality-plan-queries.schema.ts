import { forbidden, loadOne } from '@stelsel/graphql-kit';
import type { TrancheRow } from '../db/quality-plans.ts';
import { countPlansPerTranche, findPlans, findTranches } from '../db/quality-plans.ts';
import type { PlanStatus } from '../db/types.ts';
import { institutionRecord, MINISTRY, PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';
import { PlanStatusEnum, QualityPlanRef, TrancheRef } from './quality-plan.schema.ts';

const STATUSES: PlanStatus[] = ['DRAFT', 'SUBMITTED', 'ADVISED', 'GRANTED', 'REFUSED'];

const StatusCount = builder.objectRef<{ status: PlanStatus; count: number }>('QualityPlanStatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: PlanStatusEnum, resolve: (c) => c.status }),
    count: t.exposeInt('count'),
  }),
});

const TrancheOverview = builder
  .objectRef<{ tranche: TrancheRow; counts: { status: PlanStatus; count: number }[] }>('QualityTrancheOverview')
  .implement({
    description: 'Per tranche: hoeveel plannen in elke stand zijn (de besluiten per tranche).',
    fields: (t) => ({
      tranche: t.field({ type: TrancheRef, resolve: (o) => o.tranche }),
      counts: t.field({ type: [StatusCount], resolve: (o) => o.counts }),
      total: t.int({ resolve: (o) => o.counts.reduce((sum, c) => sum + c.count, 0) }),
    }),
  });

builder.queryFields((t) => ({
  qualityTranches: t.field({
    type: [TrancheRef],
    nullable: true,
    description: 'De tranches voor kwaliteitsplannen, vroegste uiterste datum eerst. Openbaar.',
    authScopes: PUBLIC,
    resolve: (_root, _args, { db }) => findTranches(db),
  }),
  qualityPlans: t.field({
    type: [QualityPlanRef],
    nullable: true,
    description:
      'Kwaliteitsplannen. Een instelling vraagt de eigen plannen op (institutionId verplicht); het ministerie ziet alles.',
    args: {
      institutionId: t.arg.id({ required: false }),
      trancheId: t.arg.id({ required: false }),
      status: t.arg({ type: PlanStatusEnum, required: false }),
    },
    authScopes: (_root, { institutionId }) => (institutionId ? institutionRecord(String(institutionId)) : MINISTRY),
    unauthorizedError: () =>
      forbidden('Alleen de instelling zelf en het ministerie zien kwaliteitsplannen.', 'institutionId'),
    resolve: (_root, args, { db }) =>
      findPlans(db, {
        institutionId: args.institutionId ? String(args.institutionId) : undefined,
        trancheId: args.trancheId ? String(args.trancheId) : undefined,
        status: args.status ?? undefined,
      }),
  }),
  qualityPlan: t.field({
    type: QualityPlanRef,
    nullable: true,
    description: 'Eén kwaliteitsplan: de instelling zelf en het ministerie.',
    args: { id: t.arg.id({ required: true }) },
    // The plan type's own scope decides who sees it (its institution, or the ministry).
    authScopes: { role: ['institution', 'ministry'] },
    resolve: (_root, { id }, context) => loadOne(QualityPlanRef, context, String(id)),
  }),
  qualityTrancheOverview: t.field({
    type: [TrancheOverview],
    nullable: true,
    description: 'De plannen per tranche en stand: de besluiten per tranche (ministerie).',
    authScopes: MINISTRY,
    resolve: async (_root, _args, { db }) => {
      const [tranches, counts] = await Promise.all([findTranches(db), countPlansPerTranche(db)]);
      return tranches.map((tranche) => ({
        tranche,
        counts: STATUSES.map((status) => ({
          status,
          count: Number(counts.find((c) => c.tranche_id === tranche.id && c.status === status)?.n ?? 0),
        })),
      }));
    },
  }),
}));
