// Errors shaped like Office.js RichApi errors: `code` holds an Excel.ErrorCodes string, so adapter
// code can branch on it identically in Excel and in the fake.

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string, owner: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
}
