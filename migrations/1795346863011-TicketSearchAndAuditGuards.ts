import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: what the entity diff cannot express. Queue indexes on
 * expressions (they must match ticket-queue.sql.ts character for character),
 * GIN indexes for tags and full-text search, and the append-only guard of the
 * audit history.
 */
export class TicketSearchAndAuditGuards1795346863011 implements MigrationInterface {
  name = 'TicketSearchAndAuditGuards1795346863011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "tickets_queue_due_idx" ON "tickets" ("newsroom_id", (COALESCE(due_at, 'infinity'::timestamptz)), "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "tickets_queue_priority_idx" ON "tickets" ("newsroom_id", (CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END), "id")`,
    );
    await queryRunner.query(`CREATE INDEX "tickets_tags_idx" ON "tickets" USING gin ("tags")`);
    await queryRunner.query(
      `CREATE INDEX "tickets_search_idx" ON "tickets" USING gin ((to_tsvector('english'::regconfig, claim || ' ' || COALESCE(claimant, '') || ' ' || COALESCE(summary, ''))))`,
    );
    await queryRunner.query(`CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entries_no_truncate ON "audit_entries"`);
    await queryRunner.query(`DROP TRIGGER audit_entries_append_only ON "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION audit_entries_refuse_change()`);
    await queryRunner.query(`DROP INDEX "public"."tickets_search_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_tags_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_queue_priority_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_queue_due_idx"`);
  }
}
