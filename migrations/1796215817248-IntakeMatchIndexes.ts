import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: indexes TypeORM cannot describe. Claims are matched on a
 * language-neutral ('simple') full-text index, so one index serves tickets
 * in every language (and a partial one over published and retracted
 * tickets finds public verdicts across newsrooms); the matcher builds its queries from stems and name
 * variants itself (src/intake/matching). Outlet names are unique without
 * regard to case, and outlets are found by any of their domains.
 */
export class IntakeMatchIndexes1796215817248 implements MigrationInterface {
  name = 'IntakeMatchIndexes1796215817248';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "tickets_claim_match_idx" ON "tickets" USING gin ((to_tsvector('simple'::regconfig, claim)))`);
    await queryRunner.query(
      `CREATE INDEX "tickets_published_claim_match_idx" ON "tickets" USING gin ((to_tsvector('simple'::regconfig, claim))) WHERE status IN ('published', 'retracted')`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "outlets_newsroom_name_key" ON "outlets" ("newsroom_id", (lower(name)))`);
    await queryRunner.query(`CREATE INDEX "outlets_domains_idx" ON "outlets" USING gin ("domains")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outlets_domains_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outlets_newsroom_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_published_claim_match_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_claim_match_idx"`);
  }
}
