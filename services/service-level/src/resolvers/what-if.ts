import type { WhatIfReplayResolvers } from '../generated/graphql';

export const WhatIfReplay: WhatIfReplayResolvers = {
  proposedTargetValue: (replay) => replay.proposedTerms.targetValue,
  proposedCompliancePercent: (replay) => replay.proposedTerms.compliancePercent,
  proposedWarningThresholdPercent: (replay) => replay.proposedTerms.warningThresholdPercent,
  actualBreaches: (replay) =>
    replay.lines.filter((line) => line.actual.status === 'BREACHED').length,
  proposedBreaches: (replay) =>
    replay.lines.filter((line) => line.proposed.status === 'BREACHED').length,
};
