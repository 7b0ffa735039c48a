import type { Journey, Stage } from '../../generated/journey';
import type { GapRule, RuleContext } from '../rule';
import { yamlText } from '../yamlEdits';

type StageKind = NonNullable<Stage['kind']>;

/** Shared by the missing-retention and missing-advocacy rules: report when no stage has `kind`, offer a stub stage at the end. */
function checkMissingStage(kind: StageKind, title: string, why: string) {
  const aStage = `${/^[AEIOU]/.test(title) ? 'an' : 'a'} ${title} stage`;
  return ({ journey, edits }: RuleContext) => {
    if (journey.stages.some((stage) => stage.kind === kind)) return [];
    const id = unusedStageId(journey, kind);
    const edit = edits.appendToSequence(['stages'], journey.stages, [
      `id: ${yamlText(id)}`,
      `name: ${yamlText(title)}`,
      `kind: ${kind}`,
    ]);
    return [
      {
        message: `No stage is marked \`kind: ${kind}\`: ${why} If a stage already covers it, add \`kind: ${kind}\` to it; otherwise add ${aStage}.`,
        path: ['stages'],
        part: 'key' as const,
        fixes: edit ? [{ title: `Add ${aStage} at the end`, edits: [edit], preferred: true }] : [],
      },
    ];
  };
}

function unusedStageId(journey: Journey, base: string): string {
  const taken = new Set(journey.stages.map((stage) => stage.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export const missingRetentionStage: GapRule = {
  code: 'JM207',
  name: 'missing-retention-stage',
  defaultSeverity: 'warning',
  summary: 'No retention (post-purchase) stage.',
  rationale:
    'Retention is one of the two stages most often forgotten: satisfaction forms after the purchase — delivery, use, support — and a map that stops at the sale misses it.',
  options: [],
  check: checkMissingStage(
    'retention',
    'Retention',
    'the journey stops at the sale and misses where satisfaction forms (delivery, use, support).',
  ),
};

export const missingAdvocacyStage: GapRule = {
  code: 'JM208',
  name: 'missing-advocacy-stage',
  defaultSeverity: 'warning',
  summary: 'No advocacy (loyalty) stage.',
  rationale:
    'Advocacy — repeat purchase, referral, recommendation — is the other stage most often forgotten, and the one that turns customers into growth.',
  options: [],
  check: checkMissingStage(
    'advocacy',
    'Advocacy',
    'the map does not show how customers come back, refer or recommend.',
  ),
};
