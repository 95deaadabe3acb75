/** Russian plurals via Intl.PluralRules: «1 школа, 2 школы, 5 школ, 1,5 школы». */
const rules = new Intl.PluralRules("ru");

export type PluralForms = { one: string; few: string; many: string; other?: string };

export function pluralForm(count: number, forms: PluralForms): string {
  const category = rules.select(count);
  if (category === "one") return forms.one;
  if (category === "few") return forms.few;
  if (category === "many") return forms.many;
  return forms.other ?? forms.few;
}

/** «5 школ» — the number formatted in the ru locale, then the word. */
export function plural(count: number, forms: PluralForms): string {
  return `${formatNumber(count)} ${pluralForm(count, forms)}`;
}

const numberFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const percentFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });
/** 86.5 → «86,5 %» (value already in percent). */
export function formatPercent(value: number): string {
  return `${percentFormat.format(value)} %`;
}

/** «1,5 МБ», «320 КБ». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} Б`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} КБ`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} МБ`;
}
