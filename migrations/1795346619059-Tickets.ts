import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Tickets1795346619059 implements MigrationInterface {
  name = 'Tickets1795346619059';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "tickets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "number" integer NOT NULL, "claim" text NOT NULL, "claimant" text, "claim_date" date, "appearances" jsonb NOT NULL DEFAULT '[]', "language" text, "priority" text NOT NULL DEFAULT 'normal', "due_at" TIMESTAMP WITH TIME ZONE, "tags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'new', "version" integer NOT NULL DEFAULT '1', "rating" text, "summary" text, "rating_set_by" uuid, "rating_set_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tickets_priority_check" CHECK (priority IN ('low', 'normal', 'high', 'urgent')), CONSTRAINT "tickets_status_check" CHECK (status IN ('new', 'assigned', 'researching', 'drafting', 'in_review', 'approved', 'published', 'rejected', 'retracted')), CONSTRAINT "PK_343bc942ae261cf7a1377f48fd0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "tickets_newsroom_number_key" ON "tickets"  ("newsroom_id", "number") `);
    await queryRunner.query(`CREATE TABLE "ticket_assignees" ("ticket_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "assigned_by" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ticket_assignees_role_check" CHECK (role IN ('researcher', 'reviewer')), CONSTRAINT "PK_49d04304a7c7688219e6f5e68a0" PRIMARY KEY ("ticket_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ticket_assignees_user_idx" ON "ticket_assignees"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "tickets" ADD CONSTRAINT "FK_a0348bc66b1602d5de1fb1a7be0" FOREIGN KEY ("newsroom_id") REFERENCES "newsrooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ticket_assignees" ADD CONSTRAINT "FK_b36b35959597de6ae8bf2b43ca6" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ticket_assignees" ADD CONSTRAINT "FK_c653a891aa11e08c1382b1f80f3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket_assignees" DROP CONSTRAINT "FK_c653a891aa11e08c1382b1f80f3"`);
    await queryRunner.query(`ALTER TABLE "ticket_assignees" DROP CONSTRAINT "FK_b36b35959597de6ae8bf2b43ca6"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP CONSTRAINT "FK_a0348bc66b1602d5de1fb1a7be0"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_assignees_user_idx"`);
    await queryRunner.query(`DROP TABLE "ticket_assignees"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_newsroom_number_key"`);
    await queryRunner.query(`DROP TABLE "tickets"`);
  }
}
