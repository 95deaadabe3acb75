import { apiRoute } from "@/lib/api/handler";
import { meEndpoint } from "@/lib/api/v1/endpoints/me";

export const dynamic = "force-dynamic";

export const GET = apiRoute(meEndpoint);
