import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type AccessClaims, accessVerifyOptions, isAccessClaims } from './token-claims.js';

/**
 * Verifies the bearer token's signature, algorithm (HS256 only, so `alg: none`
 * and algorithm confusion are refused), expiry, issuer and audience. Whether
 * the session is still live is checked by the access guard.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const options = accessVerifyOptions(config);
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: options.secret,
      algorithms: options.algorithms,
      audience: options.audience,
      issuer: options.issuer,
      ignoreExpiration: false,
    });
  }

  validate(payload: unknown): AccessClaims | false {
    return isAccessClaims(payload) ? payload : false;
  }
}
