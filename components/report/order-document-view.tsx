import { cn } from "@/components/ui/cn";
import { orderItemText, type OrderDocument } from "@/lib/domain/report/order";
import { nonBreaking as nb } from "@/lib/domain/report/sentences";
import { Letterhead } from "./report-document-view";

/** The order as a paper, from the same `OrderDocument` as its .docx. */
export function OrderDocumentView({ order, draft, print = false }: { order: OrderDocument; draft: boolean; print?: boolean }) {
  const Heading = print ? "h1" : "p";
  return (
    <article
      aria-label={`Приказ от ${order.date} № ${order.number}`}
      className={cn(
        "mx-auto max-w-4xl bg-white font-serif text-[15px] leading-relaxed text-slate-900",
        print ? "p-0" : "rounded-lg border border-slate-200 px-4 py-6 shadow-sm sm:px-12 sm:py-10 print:border-0 print:p-0 print:shadow-none",
      )}
    >
      <Letterhead letterhead={order.letterhead} />
      {draft ? <p className="text-right font-bold tracking-widest">ПРОЕКТ</p> : null}
      <Heading className="mt-4 text-center text-lg font-bold tracking-wide">{order.heading}</Heading>
      <div className="mt-3 flex flex-wrap justify-between gap-2">
        <p>{order.dateLine}</p>
        <p>№&nbsp;{order.number}</p>
      </div>
      <p className="text-center">{order.letterhead.place}</p>
      <p className="mx-auto mt-4 max-w-2xl text-center font-bold">{nb(order.title)}</p>
      <div className="mt-4 space-y-3">
        {order.preamble.map((p, i) => (
          <p key={i} className="indent-8 sm:text-justify">
            {nb(p)}
          </p>
        ))}
        <p className="indent-8">{order.decree}</p>
        <ol className="space-y-2">
          {order.items.map((item) => (
            <li key={item.number} className="indent-8 sm:text-justify">
              {nb(orderItemText(item))}
            </li>
          ))}
        </ol>
      </div>
      <div className="mt-10 grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] items-end gap-4">
        <p>{order.signature.position}</p>
        <p className="text-right">{order.signature.name}</p>
      </div>
    </article>
  );
}
