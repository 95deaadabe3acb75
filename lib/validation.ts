/**
 * zod speaks Russian: messages not given in a schema come from zod's own
 * `ru` locale. Imported once by every module that parses input.
 */
import { z } from "zod";

z.config(z.locales.ru());
