/**
 * The survey formulas exactly as DOMAIN.md defines them. Pure arithmetic on counts;
 * each returns undefined when there is nobody to average over.
 */

/** Answer → number of respondents who gave it. */
export type AnswerCounts = ReadonlyMap<number, number>;

function total(counts: AnswerCounts): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

/** NPS = % promoters − % detractors, from −100 to +100. */
export function netPromoterScore(promoters: number, passives: number, detractors: number): number | undefined {
  const respondents = promoters + passives + detractors;
  if (respondents === 0) return undefined;
  return ((promoters - detractors) / respondents) * 100;
}

/** CSAT on the 1–5 scale: the percentage of respondents answering 4 or 5. */
export function csatTopTwoBoxPercent(counts: AnswerCounts): number | undefined {
  const respondents = total(counts);
  if (respondents === 0) return undefined;
  return (((counts.get(4) ?? 0) + (counts.get(5) ?? 0)) / respondents) * 100;
}

/** The plain average answer (CSAT on the 1–10 scale, CES on 1–7). */
export function averageAnswer(counts: AnswerCounts): number | undefined {
  const respondents = total(counts);
  if (respondents === 0) return undefined;
  let weighted = 0;
  for (const [answer, n] of counts) weighted += answer * n;
  return weighted / respondents;
}

export function respondentCount(counts: AnswerCounts): number {
  return total(counts);
}
