/**
 * Statistical disclosure control for the published aggregates. Pure.
 *
 * Primary suppression: a cell with fewer than k distinct sellers, or — where buyers matter
 * (carrier holders) — fewer than k distinct buyers, is suppressed: its measures are withheld.
 *
 * Secondary (complementary) suppression: a published total minus the published cells of a
 * partition would give a suppressed cell back. So every partition whose total can be known (a
 * month's invoices are known from any dataset that covers the whole month, a county's year from
 * its townships…) must hide either nothing, or at least two cells whose contributors together
 * reach k. Cells are added smallest first (least information lost) until that holds, and the
 * families are revisited until nothing changes: suppression only grows, so this ends.
 *
 * "Together reach k" needs the union of contributors. Where each contributor belongs to one cell
 * of the partition (a seller has one township, one industry; a buyer one carrier type, one age
 * band and gender) the union is the sum; otherwise the largest cell is the only safe lower bound.
 */

export type Contributors = { invoices: number; sellers: number; buyers: number | null };

export type PartitionFamily<C> = {
  /** Cells with the same key partition a total that may be known. */
  key(cell: C): string;
  disjointSellers: boolean;
  disjointBuyers: boolean;
};

export type SuppressionOptions<C> = {
  k: number;
  /** True where the cell's buyers must be counted too (carrier-holder cells). */
  buyersRelevant(cell: C): boolean;
  families: readonly PartitionFamily<C>[];
};

export type SuppressionReason = 'primary' | 'secondary' | null;

export function primarySuppressed(c: Contributors, k: number, buyersRelevant: boolean): boolean {
  return c.sellers < k || (buyersRelevant && (c.buyers ?? 0) < k);
}

export function suppress<C extends Contributors>(cells: readonly C[], options: SuppressionOptions<C>): SuppressionReason[] {
  const { k } = options;
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer (got ${k})`);
  const reasons: SuppressionReason[] = cells.map((c) => (primarySuppressed(c, k, options.buyersRelevant(c)) ? 'primary' : null));

  const groupsOf = options.families.map((family) => {
    const groups = new Map<string, number[]>();
    cells.forEach((c, i) => {
      const key = family.key(c);
      const list = groups.get(key);
      if (list) list.push(i);
      else groups.set(key, [i]);
    });
    return { family, groups: [...groups.values()] };
  });

  const union = (hidden: number[], pick: (c: C) => number, disjoint: boolean): number =>
    hidden.length === 0
      ? 0
      : disjoint
        ? hidden.reduce((s, i) => s + pick(cells[i]!), 0)
        : Math.max(...hidden.map((i) => pick(cells[i]!)));

  /** What the hidden set still lacks: nothing, sellers (or simply a second cell), or buyers. */
  const lacking = (hidden: number[], family: PartitionFamily<C>): 'nothing' | 'cells' | 'buyers' => {
    if (hidden.length < 2 || union(hidden, (c) => c.sellers, family.disjointSellers) < k) return 'cells';
    const buyerCells = hidden.filter((i) => options.buyersRelevant(cells[i]!));
    if (buyerCells.length > 0 && union(buyerCells, (c) => c.buyers ?? 0, family.disjointBuyers) < k) return 'buyers';
    return 'nothing';
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const { family, groups } of groupsOf) {
      for (const group of groups) {
        const hidden = group.filter((i) => reasons[i] !== null);
        if (hidden.length === 0 || hidden.length === group.length) continue;
        for (let need = lacking(hidden, family); need !== 'nothing'; need = lacking(hidden, family)) {
          let candidates = group.filter((i) => reasons[i] === null);
          // When only buyers are short, a cell without buyers would not help: prefer one with.
          if (need === 'buyers' && candidates.some((i) => options.buyersRelevant(cells[i]!))) {
            candidates = candidates.filter((i) => options.buyersRelevant(cells[i]!));
          }
          if (candidates.length === 0) break;
          // Smallest cell first; the earlier cell on a tie, so the result is deterministic.
          const next = candidates.reduce((best, i) => (cells[i]!.invoices < cells[best]!.invoices ? i : best));
          reasons[next] = 'secondary';
          hidden.push(next);
          changed = true;
        }
      }
    }
  }
  return reasons;
}

/** Rounding rules, written once so the metadata can quote them. */
export const ROUNDING = {
  meanTicket: (amount: number, invoices: number): number | null => (invoices > 0 ? roundHalfUp(amount / invoices, 1) : null),
  sharePct: (part: number, total: number): number | null => (total > 0 ? roundHalfUp((100 * part) / total, 2) : null),
} as const;

export function roundHalfUp(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // The epsilon keeps 0.05 → 0.1 despite binary floating point (0.05 * 10 = 0.49999…).
  return Math.round(value * f + Math.sign(value) * 1e-9) / f;
}
