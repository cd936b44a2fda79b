import { Module } from '@nestjs/common';
import { ClaimMatcher } from './claim-matcher.service.js';

/** Same-claim matching, shared by intake and the ticket page's similar tickets. */
@Module({ providers: [ClaimMatcher], exports: [ClaimMatcher] })
export class MatchingModule {}
