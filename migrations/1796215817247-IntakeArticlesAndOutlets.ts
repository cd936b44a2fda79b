import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeArticlesAndOutlets1796215817247 implements MigrationInterface {
  name = 'IntakeArticlesAndOutlets1796215817247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outlets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "name" text NOT NULL, "domains" text array NOT NULL DEFAULT '{}', "reliability" text NOT NULL DEFAULT 'unknown', "note" text, "version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outlets_reliability_check" CHECK (reliability IN ('high', 'mixed', 'low', 'unknown')), CONSTRAINT "PK_4f218ad1778c5c01d7bf77bab02" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsroom_id" uuid NOT NULL, "title" text, "url" text, "outlet_name" text, "outlet_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "language" text NOT NULL, "language_source" text NOT NULL, "format" text NOT NULL, "received_sha256" text NOT NULL, "received_chars" integer NOT NULL, "text" text NOT NULL, "dropped" jsonb NOT NULL DEFAULT '[]', "submitted_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "articles_newsroom_sha256_idx" ON "articles"  ("newsroom_id", "received_sha256") `);
    await queryRunner.query(`CREATE INDEX "articles_newsroom_created_idx" ON "articles"  ("newsroom_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "article_candidates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "rank" integer NOT NULL, "text" text NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, "score" real NOT NULL, "reasons" jsonb NOT NULL, "claimant" text, "ticket_id" uuid, "acted_by" uuid, "acted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c50094a0dccd18a5f1f86cfa947" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "article_candidates_ticket_idx" ON "article_candidates"  ("ticket_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "article_candidates_article_rank_key" ON "article_candidates"  ("article_id", "rank") `);
    await queryRunner.query(`ALTER TABLE "outlets" ADD CONSTRAINT "FK_47ff9cac24a5e12e07e670fbdc8" FOREIGN KEY ("newsroom_id") REFERENCES "newsrooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "articles" ADD CONSTRAINT "FK_58b5e4a49bdfd2be96bb5de389e" FOREIGN KEY ("newsroom_id") REFERENCES "newsrooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "articles" ADD CONSTRAINT "FK_a6630736720edfb1fd62e6c6d1c" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "articles" ADD CONSTRAINT "FK_fe4b9d2224c5c7021f2358f49c2" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_candidates" ADD CONSTRAINT "FK_3661b6fb393e54906b21ef5f815" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_candidates" ADD CONSTRAINT "FK_79ed0d0133df7900028b3b3a8fc" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article_candidates" DROP CONSTRAINT "FK_79ed0d0133df7900028b3b3a8fc"`);
    await queryRunner.query(`ALTER TABLE "article_candidates" DROP CONSTRAINT "FK_3661b6fb393e54906b21ef5f815"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_fe4b9d2224c5c7021f2358f49c2"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_a6630736720edfb1fd62e6c6d1c"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_58b5e4a49bdfd2be96bb5de389e"`);
    await queryRunner.query(`ALTER TABLE "outlets" DROP CONSTRAINT "FK_47ff9cac24a5e12e07e670fbdc8"`);
    await queryRunner.query(`DROP INDEX "public"."article_candidates_article_rank_key"`);
    await queryRunner.query(`DROP INDEX "public"."article_candidates_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "article_candidates"`);
    await queryRunner.query(`DROP INDEX "public"."articles_newsroom_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."articles_newsroom_sha256_idx"`);
    await queryRunner.query(`DROP TABLE "articles"`);
    await queryRunner.query(`DROP TABLE "outlets"`);
  }
}
