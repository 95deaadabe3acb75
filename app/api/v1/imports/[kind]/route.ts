import { apiRoute } from "@/lib/api/handler";
import { importEndpoint } from "@/lib/api/v1/endpoints/imports";

export const dynamic = "force-dynamic";

export const POST = apiRoute(importEndpoint);
