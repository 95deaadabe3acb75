import { apiRoute } from "@/lib/api/handler";
import { reportEndpoint } from "@/lib/api/v1/endpoints/report";

export const dynamic = "force-dynamic";

export const GET = apiRoute(reportEndpoint);
