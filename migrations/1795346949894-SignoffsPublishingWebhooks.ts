import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignoffsPublishingWebhooks1795346949894 implements MigrationInterface {
  name = 'SignoffsPublishingWebhooks1795346949894';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "note" text NOT NULL, "from_version" integer NOT NULL, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c362438b2b0fcce02e21e4c24c9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "corrections_ticket_idx" ON "corrections"  ("ticket_id", "from_version") `);
    await queryRunner.query(`CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "version" integer NOT NULL, "content_hash" text NOT NULL, "snapshot" jsonb NOT NULL, "published_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2c4e732b044e09139d2f1065fae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "publications_newsroom_idx" ON "publications"  ("newsroom_id", "published_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "publications_ticket_version_key" ON "publications"  ("ticket_id", "version") `);
    await queryRunner.query(`CREATE TABLE "retractions" ("ticket_id" uuid NOT NULL, "newsroom_id" uuid NOT NULL, "reason" text NOT NULL, "publication_version" integer NOT NULL, "retracted_by" uuid NOT NULL, "retracted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20209f15563fcfd16cdc57bd8f9" PRIMARY KEY ("ticket_id"))`);
    await queryRunner.query(`CREATE TABLE "signoffs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "decision" text NOT NULL, "note" text, "content_hash" text NOT NULL, "ticket_version" integer NOT NULL, "invalidated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "signoffs_role_check" CHECK (role IN ('viewer', 'researcher', 'reviewer', 'editor', 'admin')), CONSTRAINT "signoffs_decision_check" CHECK (decision IN ('approve', 'request_changes')), CONSTRAINT "PK_97f461ae86f4d2c8091dfe4d74b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "signoffs_ticket_idx" ON "signoffs"  ("ticket_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "url" text NOT NULL, "description" text, "secret" text NOT NULL, "events" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_endpoints_newsroom_idx" ON "webhook_endpoints"  ("newsroom_id") `);
    await queryRunner.query(`CREATE TABLE "webhook_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4cba37e6a0acb5e1fc49c34ebfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_events_newsroom_idx" ON "webhook_events"  ("newsroom_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "newsroom_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "webhook_deliveries_status_check" CHECK (status IN ('pending', 'delivered', 'failed')), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "webhook_deliveries_event_endpoint_key" ON "webhook_deliveries"  ("event_id", "endpoint_id") `);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries"  ("endpoint_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries"  ("next_attempt_at") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE TABLE "webhook_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "error" text, "duration_ms" integer NOT NULL, CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts"  ("delivery_id", "attempt") `);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_8cf725dbc9e47fd4395a6674feb" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_5bb306cc353e323877e61dadcc4" FOREIGN KEY ("newsroom_id") REFERENCES "newsrooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_ce944c0044327090c1baaaba894" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "retractions" ADD CONSTRAINT "FK_20209f15563fcfd16cdc57bd8f9" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "signoffs" ADD CONSTRAINT "FK_bb309a7f0597b7d7e327fe1951a" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "signoffs" ADD CONSTRAINT "FK_6947a7e55d58c23ed6c3bba092c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_c4a92ed4578ed60d49f99e989c0" FOREIGN KEY ("newsroom_id") REFERENCES "newsrooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_27d1ee90033bdafe0ffe8f1be6f" FOREIGN KEY ("event_id") REFERENCES "webhook_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_attempts" ADD CONSTRAINT "FK_0d56d91d61b827bb2079c256538" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_attempts" DROP CONSTRAINT "FK_0d56d91d61b827bb2079c256538"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_27d1ee90033bdafe0ffe8f1be6f"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_c4a92ed4578ed60d49f99e989c0"`);
    await queryRunner.query(`ALTER TABLE "signoffs" DROP CONSTRAINT "FK_6947a7e55d58c23ed6c3bba092c"`);
    await queryRunner.query(`ALTER TABLE "signoffs" DROP CONSTRAINT "FK_bb309a7f0597b7d7e327fe1951a"`);
    await queryRunner.query(`ALTER TABLE "retractions" DROP CONSTRAINT "FK_20209f15563fcfd16cdc57bd8f9"`);
    await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_ce944c0044327090c1baaaba894"`);
    await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_5bb306cc353e323877e61dadcc4"`);
    await queryRunner.query(`ALTER TABLE "corrections" DROP CONSTRAINT "FK_8cf725dbc9e47fd4395a6674feb"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_attempts_delivery_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_endpoint_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_event_endpoint_key"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_events_newsroom_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_events"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_endpoints_newsroom_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    await queryRunner.query(`DROP INDEX "public"."signoffs_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "signoffs"`);
    await queryRunner.query(`DROP TABLE "retractions"`);
    await queryRunner.query(`DROP INDEX "public"."publications_ticket_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."publications_newsroom_idx"`);
    await queryRunner.query(`DROP TABLE "publications"`);
    await queryRunner.query(`DROP INDEX "public"."corrections_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "corrections"`);
  }
}
