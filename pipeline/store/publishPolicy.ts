import { translationStates, type TranslationState } from './storeTypes.ts';

/**
 * What a locale publishes: only `approved` text, `reviewed` (and approved) text, or everything a
 * person or machine translated (`machine`, labelled on the page). Anything else shows the source.
 */
export const publishPolicies = ['approved', 'reviewed', 'machine'] as const;
export type PublishPolicy = (typeof publishPolicies)[number];

/** Today's behaviour, and what a locale without a `publish` entry gets. */
export const defaultPublishPolicy: PublishPolicy = 'machine';

const published: Record<PublishPolicy, ReadonlySet<TranslationState>> = {
  approved: new Set(['approved']),
  reviewed: new Set(['reviewed', 'approved']),
  machine: new Set(['translated', 'reviewed', 'approved', 'machine']),
};

/** States whose current target the site shows under `policy`. */
export function publishedStates(policy: PublishPolicy = defaultPublishPolicy): ReadonlySet<TranslationState> {
  return published[policy];
}

/**
 * States a reviewer still has to act on under `policy`: what the site does not show yet, and
 * machine output, which is shown labelled but never counts as done.
 */
export function statesNeedingReview(policy: PublishPolicy = defaultPublishPolicy): readonly TranslationState[] {
  return translationStates.filter((state) => state === 'machine' || !published[policy].has(state));
}
