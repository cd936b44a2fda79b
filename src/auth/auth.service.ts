import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DomainEvents } from '../events/domain-events.js';
import { acceptInvitation } from '../newsrooms/invitation-acceptance.js';
import { normalizeEmail } from '../users/email.js';
import type { AuthTokensDto, ChangePasswordDto, RegisterDto } from './dto/auth.dto.js';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword, spendVerification, verifyPassword } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';
import { type SessionUser, SessionsService } from './sessions.service.js';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  token_version: number;
}

const toSessionUser = (row: UserRow): SessionUser => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  tokenVersion: row.token_version,
});

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly events: DomainEvents,
  ) {}

  async register(dto: RegisterDto): Promise<AuthTokensDto> {
    if (this.config.registration === 'invite' && !dto.invitationToken) {
      throw new AppError('registration_closed', 'Registration is by invitation only; ask a newsroom admin for an invitation.');
    }
    const email = normalizeEmail(dto.email);
    assertStrongPassword(dto.password, email, 'password');
    const passwordHash = await hashPassword(dto.password);
    const { tokens, joined } = await this.dataSource.transaction(async (manager) => {
      const rows: UserRow[] = await manager.query(
        `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO NOTHING
         RETURNING id, email, display_name, password_hash, token_version`,
        [email, dto.displayName.trim(), passwordHash],
      );
      const row = rows[0];
      if (!row) throw new AppError('email_taken', 'An account with this email already exists; sign in instead.');
      const joined = dto.invitationToken ? await acceptInvitation(manager, dto.invitationToken, { id: row.id, email }) : undefined;
      return { tokens: await this.sessions.open(manager, toSessionUser(row)), joined };
    });
    if (joined) this.events.publish({ type: 'membership.changed', newsroomId: joined.newsroomId, userId: tokens.user.id, role: joined.role });
    return tokens;
  }

  /**
   * The local strategy's check. Unknown emails cost a full verification and
   * count against the same throttle as known ones, so neither the answer nor
   * its timing tells whether an account exists.
   */
  async authenticate(rawEmail: string, password: string, address: string): Promise<SessionUser | false> {
    const email = normalizeEmail(rawEmail);
    this.assertNotThrottled(email, address, 'POST /api/auth/login');
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT id, email, display_name, password_hash, token_version FROM users WHERE email = $1`,
      [email],
    );
    const row = rows[0];
    const valid = row ? await verifyPassword(row.password_hash, password) : await spendVerification(password);
    if (!row || !valid) {
      await this.failed(email, address, 'POST /api/auth/login', row?.id);
      return false;
    }
    this.throttle.succeed(email);
    return toSessionUser(row);
  }

  login(user: SessionUser): Promise<AuthTokensDto> {
    return this.dataSource.transaction((manager) => this.sessions.open(manager, user));
  }

  /** Changes the password and ends every other session; the caller gets a fresh pair. */
  async changePassword(userId: string, dto: ChangePasswordDto, address: string): Promise<AuthTokensDto> {
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT id, email, display_name, password_hash, token_version FROM users WHERE id = $1`,
      [userId],
    );
    const row = rows[0];
    if (!row) throw new AppError('invalid_token', 'The account no longer exists.');
    // a stolen access token must not become a way to guess the password
    this.assertNotThrottled(row.email, address, 'POST /api/me/password');
    if (!(await verifyPassword(row.password_hash, dto.currentPassword))) {
      await this.failed(row.email, address, 'POST /api/me/password', userId);
      throw new AppError('invalid_credentials', 'The current password is wrong.');
    }
    this.throttle.succeed(row.email);
    assertStrongPassword(dto.newPassword, row.email, 'newPassword');
    const passwordHash = await hashPassword(dto.newPassword);
    const tokens = await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
      const tokenVersion = await this.sessions.revokeAllWithin(manager, userId, 'password_changed');
      return this.sessions.open(manager, { ...toSessionUser(row), tokenVersion });
    });
    this.events.publish({ type: 'sessions.revoked', userId });
    return tokens;
  }

  private assertNotThrottled(email: string, address: string, route: string): void {
    const verdict = this.throttle.check(email, address);
    if (verdict.allowed) return;
    this.logger.warn({ route, address, reason: 'sign-in throttled' }, 'authentication refused');
    throw new AppError(
      'rate_limited',
      'Too many failed sign-in attempts. Wait before trying again.',
      { retryAfter: verdict.retryAfterSeconds },
      { 'Retry-After': String(verdict.retryAfterSeconds) },
    );
  }

  /** Counts a failed password check and holds the answer back as the throttle says. */
  private async failed(email: string, address: string, route: string, userId: string | undefined): Promise<void> {
    const delay = this.throttle.fail(email, address);
    this.logger.warn({ userId, route, address, reason: 'invalid credentials' }, 'authentication refused');
    if (delay > 0) await sleep(delay);
  }
}

function assertStrongPassword(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError('weak_password', `The password ${problem}.`, { errors: [{ field, message: `${field} ${problem}` }] });
}
