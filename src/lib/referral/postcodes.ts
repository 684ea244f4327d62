/** From a patient's postcode to the gebieden of the referral tool: the lookup of ../postcode.ts, shared with search. */
import type { PostcodeLookup as PostcodeLookupOf } from '../postcode';
import type { ReferralGebied } from './record';

export { gebiedenForPostcode } from '../postcode';
export type PostcodeLookup = PostcodeLookupOf<ReferralGebied>;
