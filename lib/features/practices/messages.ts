/** Russian refusals of the practices actions (a "use server" file may export only actions). */
export const PRACTICE_MESSAGES = {
  notEditable: "Изменить можно только поданную практику, пока координатор её не рассмотрел.",
  noMunicipality: "Практику подаёт участник муниципалитета.",
} as const;
