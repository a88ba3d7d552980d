import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** pg-boss background jobs on the app's own database; one queue runner per API instance. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
