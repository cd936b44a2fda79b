import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketsEvidenceAudit1795346863010 implements MigrationInterface {
  name = 'TicketsEvidenceAudit1795346863010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ticket_assignees_user_idx"`);
    await queryRunner.query(`CREATE TABLE "audit_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "newsroom_id" uuid NOT NULL, "seq" bigint NOT NULL, "ticket_id" uuid, "actor_id" uuid, "action" text NOT NULL, "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_entries_ticket_idx" ON "audit_entries"  ("ticket_id", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_entries_newsroom_seq_key" ON "audit_entries"  ("newsroom_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "audit_heads" ("newsroom_id" uuid NOT NULL, "seq" bigint NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_50fedf0ac116269e017740796f9" PRIMARY KEY ("newsroom_id"))`);
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "scope" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e5a877e0cd296419232cea4e2e" PRIMARY KEY ("user_id", "scope", "key"))`);
    await queryRunner.query(`CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys"  ("created_at") `);
    await queryRunner.query(`CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "newsroom_id" uuid NOT NULL, "url" text NOT NULL, "title" text, "publisher" text, "quote" text, "note" text, "stance" text NOT NULL DEFAULT 'context', "source_reliability" text NOT NULL DEFAULT 'unknown', "captured_text" text, "captured_sha256" text, "captured_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, "removed_by" uuid, CONSTRAINT "evidence_reliability_check" CHECK (source_reliability IN ('high', 'mixed', 'low', 'unknown')), CONSTRAINT "evidence_stance_check" CHECK (stance IN ('supports', 'refutes', 'context')), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "evidence_ticket_idx" ON "evidence"  ("ticket_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "tickets_queue_rating_idx" ON "tickets"  ("newsroom_id", "rating", "updated_at") `);
    await queryRunner.query(`CREATE INDEX "tickets_queue_updated_idx" ON "tickets"  ("newsroom_id", "updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "tickets_queue_status_idx" ON "tickets"  ("newsroom_id", "status", "updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ticket_assignees_user_idx" ON "ticket_assignees"  ("user_id", "ticket_id") `);
    await queryRunner.query(`ALTER TABLE "evidence" ADD CONSTRAINT "FK_dbd6ac17c90d17ce4a6d86659ed" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_dbd6ac17c90d17ce4a6d86659ed"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_assignees_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_queue_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_queue_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_queue_rating_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_keys_created_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "audit_heads"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_newsroom_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
    await queryRunner.query(`CREATE INDEX "ticket_assignees_user_idx" ON "ticket_assignees" USING btree ("user_id") `);
  }
}
