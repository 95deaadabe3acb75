import { apiRoute } from "@/lib/api/handler";
import { cyclesEndpoint } from "@/lib/api/v1/endpoints/cycles";

export const dynamic = "force-dynamic";

export const GET = apiRoute(cyclesEndpoint);
