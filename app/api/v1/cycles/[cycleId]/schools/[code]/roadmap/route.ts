import { apiRoute } from "@/lib/api/handler";
import { roadmapEndpoint } from "@/lib/api/v1/endpoints/roadmap";

export const dynamic = "force-dynamic";

export const GET = apiRoute(roadmapEndpoint);
