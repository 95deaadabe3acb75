import { apiRoute } from "@/lib/api/handler";
import { cycleSchoolsEndpoint } from "@/lib/api/v1/endpoints/cycles";

export const dynamic = "force-dynamic";

export const GET = apiRoute(cycleSchoolsEndpoint);
