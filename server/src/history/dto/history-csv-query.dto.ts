import { IsIn, IsOptional } from 'class-validator';
import { CSV_LANGUAGES, type CsvLanguage } from '../history-csv';
import { HistoryQueryDto } from './history-query.dto';

/** The CSV exports' filters plus their language (German unless `lang=en`). */
export class HistoryCsvQueryDto extends HistoryQueryDto {
  @IsOptional()
  @IsIn(CSV_LANGUAGES)
  lang?: CsvLanguage;
}
