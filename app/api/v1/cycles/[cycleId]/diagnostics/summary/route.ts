import { apiRoute } from "@/lib/api/handler";
import { diagnosticsSummaryEndpoint } from "@/lib/api/v1/endpoints/diagnostics";

export const dynamic = "force-dynamic";

export const GET = apiRoute(diagnosticsSummaryEndpoint);
