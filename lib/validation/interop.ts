import { z } from "zod";

export const apiTokenSchema = z.object({ name: z.string().trim().min(1, "required").max(80, "tooLong") });

export const dfcImportSchema = z.object({
  url: z.string().trim().max(2000, "tooLong").optional().default(""),
});
