import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WriteupJsonDefault1795349480241 implements MigrationInterface {
  name = 'WriteupJsonDefault1795349480241';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "writeup_documents" ALTER COLUMN "json" SET DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "writeup_documents" ALTER COLUMN "json" SET DEFAULT '{"type": "doc"}'`);
  }
}
