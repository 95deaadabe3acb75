/** What /api/uploads answers and what forms keep until they submit. */
export type UploadedFile = { id: string; name: string; size: number; mimeType: string };
