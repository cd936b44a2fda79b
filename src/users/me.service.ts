import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { permissionsOf } from '../access/permissions.js';
import type { Role } from '../access/roles.js';
import { AppError } from '../common/errors/app-error.js';
import type { MeDto } from './dto/me.dto.js';

@Injectable()
export class MeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async me(userId: string): Promise<MeDto> {
    const [users, memberships]: [
      { id: string; email: string; display_name: string }[],
      { id: string; slug: string; name: string; role: Role }[],
    ] = await Promise.all([
      this.dataSource.query(`SELECT id, email, display_name FROM users WHERE id = $1`, [userId]),
      this.dataSource.query(
        `SELECT n.id, n.slug, n.name, m.role FROM memberships m JOIN newsrooms n ON n.id = m.newsroom_id WHERE m.user_id = $1 ORDER BY n.name, n.slug`,
        [userId],
      ),
    ]);
    const user = users[0];
    if (!user) throw new AppError('invalid_token', 'The account no longer exists.');
    return {
      user: { id: user.id, email: user.email, displayName: user.display_name },
      newsrooms: memberships.map((row) => ({ ...row, permissions: permissionsOf(row.role) })),
    };
  }
}
