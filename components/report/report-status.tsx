import { Alert } from "@/components/ui/alert";
import { shortHash } from "@/lib/domain/report/canonical";
import { INTEGRITY_MISMATCH_HINT, INTEGRITY_MISMATCH_MESSAGE } from "@/lib/domain/report/integrity";
import { formatDateTime } from "@/lib/i18n/dates";

/** «Утверждена приказом № 31 от 27.12.2025», who approved it and when, and the short content hash. */
export function ApprovedStatus({ orderNumber, orderDate, approvedAt, approvedBy, hash }: { orderNumber: string; orderDate: string; approvedAt: Date | null; approvedBy: string | null; hash: string | null }) {
  return (
    <Alert tone="success">
      <p className="font-semibold">
        Утверждена приказом № {orderNumber} от {orderDate}
      </p>
      <p className="mt-1">
        Утвердил(а): {approvedBy ?? "—"}, {formatDateTime(approvedAt)}. Справка и приказ зафиксированы и не изменяются при изменении данных.
      </p>
      {hash ? (
        <p className="mt-1">
          Контрольная сумма (SHA-256):{" "}
          <code className="rounded bg-white px-1 font-mono" title={hash}>
            {shortHash(hash)}
          </code>
          <span className="sr-only"> (полностью: {hash})</span>
        </p>
      ) : null}
    </Alert>
  );
}

/** An approved report whose snapshot failed its content hash check (decision 046): said instead of the document. */
export function IntegrityFailure() {
  return (
    <Alert tone="error">
      <p className="font-semibold">{INTEGRITY_MISMATCH_MESSAGE}</p>
      <p className="mt-1">{INTEGRITY_MISMATCH_HINT}</p>
    </Alert>
  );
}
