import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WriteupLog1795347036305 implements MigrationInterface {
  name = 'WriteupLog1795347036305';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "writeup_documents" ("ticket_id" uuid NOT NULL, "snapshot" bytea, "snapshot_seq" bigint NOT NULL DEFAULT '0', "text" text NOT NULL DEFAULT '', "json" jsonb NOT NULL DEFAULT '{"type":"doc"}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6badc4ef9c55beb94412bf2783a" PRIMARY KEY ("ticket_id"))`);
    await queryRunner.query(`CREATE TABLE "writeup_updates" ("seq" BIGSERIAL NOT NULL, "ticket_id" uuid NOT NULL, "update" bytea NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_778182f3840d0149cf3871f0285" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "writeup_updates_ticket_seq_idx" ON "writeup_updates"  ("ticket_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "writeup_versions" ("ticket_id" uuid NOT NULL, "version" integer NOT NULL, "reason" text NOT NULL, "json" jsonb NOT NULL, "text" text NOT NULL, "state" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "writeup_versions_reason_check" CHECK (reason IN ('submitted', 'signed_off', 'published', 'manual')), CONSTRAINT "PK_e8f4f8b26f8fa3cec0553564c71" PRIMARY KEY ("ticket_id", "version"))`);
    await queryRunner.query(`ALTER TABLE "writeup_documents" ADD CONSTRAINT "FK_6badc4ef9c55beb94412bf2783a" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "writeup_updates" ADD CONSTRAINT "FK_110379cd496a2245bd977ca1275" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "writeup_versions" ADD CONSTRAINT "FK_b1ff19452810ef78db77df8766c" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "writeup_versions" DROP CONSTRAINT "FK_b1ff19452810ef78db77df8766c"`);
    await queryRunner.query(`ALTER TABLE "writeup_updates" DROP CONSTRAINT "FK_110379cd496a2245bd977ca1275"`);
    await queryRunner.query(`ALTER TABLE "writeup_documents" DROP CONSTRAINT "FK_6badc4ef9c55beb94412bf2783a"`);
    await queryRunner.query(`DROP TABLE "writeup_versions"`);
    await queryRunner.query(`DROP INDEX "public"."writeup_updates_ticket_seq_idx"`);
    await queryRunner.query(`DROP TABLE "writeup_updates"`);
    await queryRunner.query(`DROP TABLE "writeup_documents"`);
  }
}
