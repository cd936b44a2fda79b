import { Module } from '@nestjs/common';
import { OutletMatcher } from '../outlets/outlet-matcher.js';
import { ClaimMatcher } from './claim-matcher.service.js';

/** Matching shared by intake and the ticket page: same claims (similar tickets) and the register's outlets. */
@Module({ providers: [ClaimMatcher, OutletMatcher], exports: [ClaimMatcher, OutletMatcher] })
export class MatchingModule {}
