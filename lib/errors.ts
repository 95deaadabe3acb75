/**
 * The one error type for expected failures. `message` is Russian and is shown
 * to the user as is; anything else thrown is unexpected and shown as a generic
 * message with a request id (see lib/actions/safe-action.ts).
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Войдите в систему, чтобы продолжить.",
  FORBIDDEN: "Недостаточно прав для этого действия.",
  NOT_FOUND: "Запись не найдена.",
  CONFLICT: "Данные изменены другим пользователем, обновите страницу.",
  VALIDATION: "Проверьте введённые данные.",
  INVALID_TRANSITION: "Этот шаг сейчас недоступен.",
  RATE_LIMITED: "Слишком много запросов. Повторите попытку позже.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: unknown;
  /** Set when the failure is an authorization denial that must be audited. */
  readonly denied: boolean;

  constructor(code: AppErrorCode, message?: string, options: { details?: unknown; denied?: boolean } = {}) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.denied = options.denied ?? (code === "FORBIDDEN");
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A record outside the actor's scope: reported as «not found» (or `message`), audited as a denial. */
export function outOfScope(entityType: string, entityId: string, message?: string): AppError {
  return new AppError("NOT_FOUND", message, { denied: true, details: { entityType, entityId } });
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
