import { apiRoute } from "@/lib/api/handler";
import { monitorEndpoint } from "@/lib/api/v1/endpoints/monitor";

export const dynamic = "force-dynamic";

export const GET = apiRoute(monitorEndpoint);
