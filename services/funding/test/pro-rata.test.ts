import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProRata, proRataIssue } from '../src/domain/pro-rata.ts';

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
const budget = fc.bigInt({ min: 0n, max: 10n ** 17n - 1n });
const rows = (students: fc.Arbitrary<number>) =>
  fc
    .array(students, { minLength: 1, maxLength: 60 })
    .map((counts) => counts.map((n, i) => ({ institutionId: `i${i}`, students: n })));

describe('allocateProRata (largest remainder)', () => {
  it('sums exactly to the budget for any counts, in input order, each part within a cent of its exact share', () => {
    fc.assert(
      fc.property(budget, rows(fc.integer({ min: 0, max: 2_000_000 })), (b, counts) => {
        fc.pre(b === 0n || counts.some((c) => c.students > 0));
        const shares = allocateProRata(b, counts);
        expect(sum(shares.map((s) => s.amountCents))).toBe(b);
        expect(shares.map((s) => s.institutionId)).toEqual(counts.map((c) => c.institutionId));
        const total = BigInt(counts.reduce((a, c) => a + c.students, 0));
        for (const s of shares) {
          // floor(exact share) <= amount <= floor(exact share) + 1 cent
          const floor = (b * BigInt(s.students)) / total;
          expect(s.amountCents >= floor && s.amountCents <= floor + 1n).toBe(true);
          if (s.students === 0) expect(s.amountCents).toBe(0n);
        }
      }),
    );
  });

  it('gives equal counts equal parts, differing by at most one cent, with the extra cents to the earliest rows', () => {
    fc.assert(
      fc.property(budget, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 60 }), (b, n, k) => {
        const shares = allocateProRata(
          b,
          Array.from({ length: k }, (_, i) => ({ institutionId: `i${i}`, students: n })),
        );
        const amounts = shares.map((s) => s.amountCents);
        expect(sum(amounts)).toBe(b);
        const floor = b / BigInt(k);
        const extra = Number(b % BigInt(k));
        expect(amounts).toEqual(amounts.map((_, i) => floor + (i < extra ? 1n : 0n)));
      }),
    );
  });

  it('gives one row the whole budget', () => {
    fc.assert(
      fc.property(budget, fc.integer({ min: 1, max: 2_147_483_647 }), (b, n) => {
        expect(allocateProRata(b, [{ institutionId: 'a', students: n }])[0]?.amountCents).toBe(b);
      }),
    );
  });

  it('stays exact with huge counts and budgets (no float anywhere)', () => {
    fc.assert(
      fc.property(budget, rows(fc.integer({ min: 0, max: 2_147_483_647 })), (b, counts) => {
        fc.pre(counts.some((c) => c.students > 0));
        expect(sum(allocateProRata(b, counts).map((s) => s.amountCents))).toBe(b);
      }),
    );
    const shares = allocateProRata(99_999_999_999_999_99n, [
      { institutionId: 'a', students: 2_147_483_647 },
      { institutionId: 'b', students: 2_147_483_646 },
      { institutionId: 'c', students: 1 },
    ]);
    expect(sum(shares.map((s) => s.amountCents))).toBe(99_999_999_999_999_99n);
  });

  it('divides a zero budget into zeros, also over zero students', () => {
    expect(
      allocateProRata(0n, [
        { institutionId: 'a', students: 0 },
        { institutionId: 'b', students: 0 },
      ]).map((s) => s.amountCents),
    ).toEqual([0n, 0n]);
  });

  it('splits one cent over three equal rows as 1, 0, 0 and 142.2 million exactly', () => {
    expect(
      allocateProRata(
        1n,
        ['a', 'b', 'c'].map((id) => ({ institutionId: id, students: 7 })),
      ).map((s) => s.amountCents),
    ).toEqual([1n, 0n, 0n]);
    const shares = allocateProRata(14_220_000_000n, [
      { institutionId: 'a', students: 1 },
      { institutionId: 'b', students: 2 },
    ]);
    expect(shares.map((s) => s.amountCents)).toEqual([4_740_000_000n, 9_480_000_000n]);
  });
});

describe('proRataIssue', () => {
  const known = (id: string) => id !== 'onbekend';
  it.each([
    ['a negative budget', -1n, [{ institutionId: 'a', students: 1 }], 'budget'],
    ['no rows', 100n, [], 'counts'],
    [
      'a negative count',
      100n,
      [
        { institutionId: 'a', students: 1 },
        { institutionId: 'b', students: -1 },
      ],
      'counts[1].students',
    ],
    ['an unknown institution', 100n, [{ institutionId: 'onbekend', students: 1 }], 'counts[0].institutionId'],
    [
      'a duplicate row',
      100n,
      [
        { institutionId: 'a', students: 1 },
        { institutionId: 'a', students: 2 },
      ],
      'counts[1].institutionId',
    ],
    ['a budget over zero students', 100n, [{ institutionId: 'a', students: 0 }], 'counts'],
  ])('refuses %s, naming the field', (_name, b, counts, field) => {
    const issue = proRataIssue(b, counts, known);
    expect(issue?.field).toBe(field);
    expect(issue?.message).toMatch(/[a-z]/);
  });

  it('accepts valid input', () => {
    expect(proRataIssue(100n, [{ institutionId: 'a', students: 3 }], known)).toBeNull();
  });
});
