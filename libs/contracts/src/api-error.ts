/** One problem with one input field, as the API reports it in a 4xx body. */
export interface FieldError {
  /** Dotted path of the field, e.g. `email` or `skills.2`. */
  field: string;
  /** Plain-English messages about that field. */
  messages: string[];
}

/** Every error the API returns under `/api` has this JSON shape. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable, machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`. */
  code: string;
  /** A sentence a person can read. */
  message: string;
  /** Present when the request body or query failed validation. */
  errors?: FieldError[];
  /** The request id, also in the `x-request-id` response header, for support. */
  requestId?: string;
}
