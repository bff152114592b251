import { NOUN } from '../../common/nouns';
import type { TypeRules } from '../../common/visibility';
import type { FirmMatch } from './matching.types';

/**
 * matchFirms lists every firm that fits a bank's product, but a bank sees a firm's record only
 * within its scope (firm.access.ts): for the others a FirmMatch carries the public card and the
 * verdicts, and its firm (the Firm rule), score and most it could borrow are null. Whether the
 * firm is in scope is settled once per page, in one batch (MatchingService.firmPage).
 */
export const MATCHING_RULES: TypeRules[] = [
  { type: 'FirmMatch', noun: NOUN.firm, fields: [{ names: ['score', 'maxBorrowable'], rule: (_ctx, m: FirmMatch) => m.inScope }] },
];
