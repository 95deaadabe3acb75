import { apiRoute } from "@/lib/api/handler";
import { exportEndpoint } from "@/lib/api/v1/endpoints/export";

export const dynamic = "force-dynamic";

export const GET = apiRoute(exportEndpoint);
