import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { CouncilModule } from '../council/council.module';
import { VotesModule } from '../votes/votes.module';
import { FileImportController } from './file-import.controller';
import { FileImportService } from './file-import.service';

/** File imports (CSV, XLSX) for councils without OParl; it owns no table, the owners write. */
@Module({
  imports: [BodiesModule, CouncilModule, VotesModule],
  controllers: [FileImportController],
  providers: [FileImportService],
  exports: [FileImportService],
})
export class ImportsModule {}
