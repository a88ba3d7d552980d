import { MigrationInterface, QueryRunner } from 'typeorm';

/** Table used by @socket.io/postgres-adapter for payloads too large for NOTIFY. */
export class SocketIoAttachments1795388400000 implements MigrationInterface {
  name = 'SocketIoAttachments1795388400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "socket_io_attachments" (
        "id" bigserial UNIQUE,
        "created_at" timestamptz DEFAULT now(),
        "payload" bytea
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
  }
}
