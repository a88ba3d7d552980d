import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('databaseUrl must be resolved before the app module is built');
        // Fail fast at start rather than retrying for minutes: start-up already waited for the database.
        return { ...dataSourceOptions(config.databaseUrl), retryAttempts: 2, retryDelay: 1000 };
      },
    }),
  ],
})
export class DatabaseModule {}
