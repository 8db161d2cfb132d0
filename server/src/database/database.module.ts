import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ConfigService } from '../config/config.service';
import { ChangeFeed } from './change-feed';
import { typeOrmOptions } from './database-options';
import { installSqliteGate, UnitOfWork } from './unit-of-work';

/** Opens the database with the durability settings of the README and installs the write gate. */
async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  if (options.type === 'sqlite' && options.database !== ':memory:') {
    // WAL + FULL: a COMMIT that returned is on disk, also across a power cut, not only a crash.
    await dataSource.query('PRAGMA synchronous = FULL');
  }
  installSqliteGate(dataSource);
  return dataSource;
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => typeOrmOptions(config.database),
      dataSourceFactory: (options) => openDataSource(options as DataSourceOptions),
    }),
  ],
  providers: [UnitOfWork, ChangeFeed],
  exports: [UnitOfWork, ChangeFeed],
})
export class DatabaseModule {}
