import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publications, corrections and retractions are a public record: once written
 * they are never changed or removed (only a cascade from a removed ticket or
 * newsroom may delete them). Sign-offs may only be marked invalidated, once.
 */
export class PublicationImmutability1795346949895 implements MigrationInterface {
  name = 'PublicationImmutability1795346949895';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION claimdesk_refuse_public_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM tickets WHERE id = OLD.ticket_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['publications', 'corrections', 'retractions']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION claimdesk_refuse_public_record_change()`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION claimdesk_guard_signoff_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF NOT EXISTS (SELECT 1 FROM tickets WHERE id = OLD.ticket_id) THEN RETURN OLD; END IF;
          RAISE EXCEPTION 'sign-offs cannot be deleted' USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.invalidated_at IS NOT NULL OR NEW.invalidated_at IS NULL
           OR (to_jsonb(NEW) - 'invalidated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'invalidated_at') THEN
          RAISE EXCEPTION 'a sign-off can only be invalidated, once' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER signoffs_guarded BEFORE UPDATE OR DELETE ON "signoffs" FOR EACH ROW EXECUTE FUNCTION claimdesk_guard_signoff_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER signoffs_guarded ON "signoffs"`);
    await queryRunner.query(`DROP FUNCTION claimdesk_guard_signoff_change()`);
    for (const table of ['publications', 'corrections', 'retractions']) {
      await queryRunner.query(`DROP TRIGGER ${table}_immutable ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION claimdesk_refuse_public_record_change()`);
  }
}
