/** Russian refusals of the surveys actions (a "use server" file may export only actions). */
export const SURVEY_MESSAGES = {
  hasResponses: "На анкету уже есть ответы: вопросы больше нельзя изменить.",
  closed: "Закрытую анкету изменить нельзя.",
  noMunicipality: "Анкету создаёт муниципальный координатор своего муниципалитета.",
  alreadyAnswered: "Вы уже ответили на эту анкету.",
  notAccepting: "Анкета сейчас не принимает ответы.",
} as const;
