import type { LocatedTouchpoint } from './journeyIndex';
import { JourneyIndex } from './journeyIndex';
import { movedItems } from './order';
import type { JourneyDiff, TouchpointRef } from './types';

export function touchpointRef(at: LocatedTouchpoint): TouchpointRef {
  return { id: at.touchpoint.id, name: at.touchpoint.name, stage: at.stage.name };
}

/** Stages added, removed, renamed (same id, new name) and moved (reordered). */
export function diffStages(before: JourneyIndex, after: JourneyIndex): Omit<JourneyDiff['stages'], 'idChanged'> {
  const beforeIds = [...before.stages.keys()];
  const afterIds = [...after.stages.keys()];
  const moved = movedItems(beforeIds, afterIds);
  return {
    added: afterIds
      .filter((id) => !before.stages.has(id))
      .map((id) => ({ id, name: after.stages.get(id)!.stage.name })),
    removed: beforeIds
      .filter((id) => !after.stages.has(id))
      .map((id) => ({ id, name: before.stages.get(id)!.stage.name })),
    renamed: beforeIds
      .filter((id) => after.stages.has(id) && before.stages.get(id)!.stage.name !== after.stages.get(id)!.stage.name)
      .map((id) => ({ id, from: before.stages.get(id)!.stage.name, to: after.stages.get(id)!.stage.name })),
    moved: afterIds
      .filter((id) => moved.has(id))
      .map((id) => ({
        id,
        name: after.stages.get(id)!.stage.name,
        fromPosition: before.stages.get(id)!.index + 1,
        toPosition: after.stages.get(id)!.index + 1,
      })),
  };
}

/** Touchpoints added, removed, renamed, moved to another stage, or reordered within their stage. */
export function diffTouchpoints(
  before: JourneyIndex,
  after: JourneyIndex,
): Omit<JourneyDiff['touchpoints'], 'idChanged'> {
  const common = [...after.touchpoints.keys()].filter((id) => before.touchpoints.has(id));
  const changedStage = new Set(
    common.filter((id) => before.touchpoints.get(id)!.stage.id !== after.touchpoints.get(id)!.stage.id),
  );
  const reordered = new Set<string>();
  for (const stageId of new Set(common.map((id) => after.touchpoints.get(id)!.stage.id))) {
    // Order within a stage, among the touchpoints that stayed in it.
    const stayed = (index: JourneyIndex) =>
      [...index.touchpoints.values()]
        .filter(
          (at) => at.stage.id === stageId && common.includes(at.touchpoint.id) && !changedStage.has(at.touchpoint.id),
        )
        .map((at) => at.touchpoint.id);
    for (const id of movedItems(stayed(before), stayed(after))) reordered.add(id);
  }
  return {
    added: [...after.touchpoints.values()].filter((at) => !before.touchpoints.has(at.touchpoint.id)).map(touchpointRef),
    removed: [...before.touchpoints.values()]
      .filter((at) => !after.touchpoints.has(at.touchpoint.id))
      .map(touchpointRef),
    renamed: common
      .filter((id) => before.touchpoints.get(id)!.touchpoint.name !== after.touchpoints.get(id)!.touchpoint.name)
      .map((id) => ({
        id,
        from: before.touchpoints.get(id)!.touchpoint.name,
        to: after.touchpoints.get(id)!.touchpoint.name,
      })),
    moved: common
      .filter((id) => changedStage.has(id) || reordered.has(id))
      .map((id) => ({
        id,
        name: after.touchpoints.get(id)!.touchpoint.name,
        fromStage: before.touchpoints.get(id)!.stage.name,
        toStage: after.touchpoints.get(id)!.stage.name,
        kind: changedStage.has(id) ? ('stage' as const) : ('order' as const),
      })),
  };
}
