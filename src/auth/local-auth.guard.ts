import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error.js';
import { createValidationPipe } from '../common/errors/validation.js';
import { LoginDto } from './dto/auth.dto.js';

/**
 * Runs the local strategy on the login route. Guards run before pipes, so the
 * body is validated here first: unknown fields are refused before any
 * password is checked.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly pipe = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.body = await this.pipe.transform(request.body ?? {}, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw AppError.refused('invalid_credentials', 'The email or password is wrong.', { reason: 'invalid credentials' });
    return user;
  }
}
