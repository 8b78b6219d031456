export { createImportService, DEFAULT_IMPORT_BATCH, type ImportOptions, type ImportService } from './imports.service';
export { parseColumnMap } from '../../pipeline';
export { detectFormat, type ImportFormat } from './readers';
