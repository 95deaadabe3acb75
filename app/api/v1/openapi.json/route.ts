import { apiRoute } from "@/lib/api/handler";
import { openApiEndpoint } from "@/lib/api/v1/registry";

export const dynamic = "force-dynamic";

export const GET = apiRoute(openApiEndpoint);
