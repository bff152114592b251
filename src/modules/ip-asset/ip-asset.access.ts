import { NOUN } from '../../common/nouns';
import type { TypeRules } from '../../common/visibility';
import { canSeeFirmId } from '../firm/firm.access';
import type { IpAsset } from './ip-asset.entity';

/** A firm's IP assets are seen by whoever may see the firm (firm.access.ts). */
export const IP_ASSET_RULES: TypeRules[] = [{ type: 'IpAsset', noun: NOUN.ipAsset, row: (ctx, a: IpAsset) => canSeeFirmId(ctx, a.firm.id) }];
