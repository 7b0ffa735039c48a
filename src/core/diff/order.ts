/**
 * Which common items changed place: everything outside a longest common
 * subsequence of the two orders. Moving one stage to the front reports that one
 * stage, not every stage it jumped over.
 */
export function movedItems(before: readonly string[], after: readonly string[]): Set<string> {
  const inBoth = new Set(before.filter((id) => after.includes(id)));
  const a = before.filter((id) => inBoth.has(id));
  const b = after.filter((id) => inBoth.has(id));
  const kept = new Set(longestCommonSubsequence(a, b));
  return new Set(a.filter((id) => !kept.has(id)));
}

/** Classic O(n·m) dynamic programme; journeys have at most a few hundred stages or touchpoints per stage. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): string[] {
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const result: string[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      result.push(a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return result;
}
