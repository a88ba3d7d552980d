import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';

export enum SearchErrorCode {
  TooSlow = 'SEARCH_TOO_SLOW',
}

/** Errors of search. A query that hits the statement timeout is refused, not left to slow the server. */
export class SearchException extends ApiException {
  static tooSlow(): SearchException {
    return new SearchException(SearchErrorCode.TooSlow, 'The search took too long. Try more specific words.', HttpStatus.SERVICE_UNAVAILABLE);
  }
}
