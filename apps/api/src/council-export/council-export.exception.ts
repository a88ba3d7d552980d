import { ApiException } from '../common/api-exception';

export enum CouncilExportErrorCode {
  NotFound = 'COUNCIL_EXPORT_NOT_FOUND',
  AlreadyRunning = 'COUNCIL_EXPORT_ALREADY_RUNNING',
  NotReady = 'COUNCIL_EXPORT_NOT_READY',
  ArchiveInvalid = 'COUNCIL_ARCHIVE_INVALID',
  NotEmpty = 'COUNCIL_IMPORT_NOT_EMPTY',
}

/** Errors of the whole-council export and import. */
export class CouncilExportException extends ApiException {
  static notFound(): CouncilExportException {
    return CouncilExportException.notFoundError(CouncilExportErrorCode.NotFound, 'There is no such export.');
  }

  static alreadyRunning(): CouncilExportException {
    return CouncilExportException.conflictError(CouncilExportErrorCode.AlreadyRunning, 'An export is already queued or running: wait for it to finish.');
  }

  static notReady(): CouncilExportException {
    return CouncilExportException.conflictError(CouncilExportErrorCode.NotReady, 'This export has not finished, so there is nothing to download yet.');
  }

  static archiveInvalid(reason: string): CouncilExportException {
    return CouncilExportException.badRequestError(CouncilExportErrorCode.ArchiveInvalid, `The archive cannot be imported: ${reason}`);
  }

  static notEmpty(people: number, groups: number): CouncilExportException {
    return CouncilExportException.conflictError(
      CouncilExportErrorCode.NotEmpty,
      `The import needs an empty database, and this one already has ${people} people and ${groups} groups. Import into a new database (a new DATABASE_URL or DATA_DIR); nothing was changed.`,
    );
  }
}
