/**
 * Russian names of audit actions and of the fields that appear in their
 * before/after. Unknown names fall back to the raw name: a new action shows
 * up in the history even before someone adds its label here.
 */
export const ACTION_LABELS: Record<string, string> = {
  "cycle.create": "Цикл открыт",
  "cycle.update": "Изменены настройки цикла",
  "cycle.start_diagnosis": "Начат этап «Стартовая диагностика»",
  "cycle.start_programming": "Начат этап «Разработка программ»",
  "cycle.start_expertise": "Начат этап «Экспертиза»",
  "cycle.start_implementation": "Начат этап «Реализация»",
  "cycle.start_reporting": "Начат этап «Подведение итогов»",
  "cycle.close": "Цикл закрыт",
  "cycle_school.add": "Школа включена в списки цикла",
  "cycle_school.update_categories": "Изменены категории школы",
  "cycle_school.remove": "Школа исключена из списков цикла",
  "pairing.assign": "Назначен куратор",
  "pairing.end": "Закрепление куратора завершено",
  "risk_profile.create": "Создан рисковый профиль",
  "risk_profile.update": "Изменён рисковый профиль",
  "risk_profile.submit": "Рисковый профиль отправлен на проверку",
  "risk_profile.confirm": "Рисковый профиль подтверждён",
  "risk_profile.return": "Рисковый профиль возвращён на доработку",
  "document.create": "Документ создан",
  "document.update": "Документ изменён",
  "document.submit": "Документ отправлен на экспертизу",
  "document.confirm": "Документ подтверждён",
  "document.return": "Документ возвращён на доработку",
  "measure.create": "Мероприятие добавлено",
  "measure.update": "Мероприятие изменено",
  "measure.start": "Мероприятие начато",
  "measure.complete": "Мероприятие отмечено выполненным",
  "measure.fail": "Мероприятие отмечено невыполненным",
  "measure.confirm": "Выполнение мероприятия подтверждено",
  "measure.return": "Мероприятие возвращено на доработку",
  "measure.delete": "Мероприятие удалено",
  "review.submit": "Экспертное заключение отправлено",
  "iom.submit": "ИОМ отправлен на утверждение",
  "iom.approve": "ИОМ утверждён",
  "iom.return": "ИОМ возвращён на доработку",
  "notification.read": "Уведомление прочитано",
  "user.activate": "Учётная запись включена",
  "user.deactivate": "Учётная запись отключена",
  "user.change_password": "Пароль изменён",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export const FIELD_LABELS: Record<string, string> = {
  status: "Статус",
  title: "Название",
  categories: "Категории",
  active: "Действует",
  orderNumber: "Номер приказа",
  orderDate: "Дата приказа",
  diagnosisDeadline: "Срок диагностики",
  programmesDeadline: "Срок разработки программ",
  expertiseDeadline: "Срок экспертизы",
  mutualExchangeDeadline: "Срок обмена программами",
  mutualMeetingDeadline: "Срок встречи команд",
  mutualUploadDeadline: "Срок загрузки заключений",
  implementationEnd: "Окончание реализации",
  reportDeadline: "Срок аналитической справки",
  curatorId: "Куратор",
  pairedOn: "Дата закрепления",
  schoolYear: "Учебный год",
  agreementNumber: "Номер сетевого договора",
  agreementDate: "Дата сетевого договора",
  deadline: "Срок",
  responsible: "Ответственный",
  comment: "Комментарий",
  returnComment: "Комментарий при возврате",
  statusComment: "Комментарий",
  goal: "Цель",
  mission: "Миссия",
  actual: "Фактическое значение",
  target: "Целевое значение",
  readAt: "Прочитано",
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}
