// Stopgap until the generator stops writing it: openapi-typescript adds a second `_type` member, with
// its own comment, to every schema that both pins `_type` (`const`) and is a discriminator mapping's
// target (`X & { /** @constant */ _type: "X" } & { /** @description discriminator ... */ _type: "X" }`).
// TypeDoc warns once per such schema that one of the two comments will be used, which fails the
// build (warnings are errors) over generated code nobody can fix by hand. A duplicate-comment warning
// whose declarations are all under src/generated/ is logged as verbose instead; every other warning,
// including duplicates in hand-written code, is left alone.
import { type Application, Converter, type Logger, type TranslatedString } from "typedoc";

const DUPLICATE =
  /^(.+) has multiple declarations with a comment\. An arbitrary comment will be used$/;
const LOCATIONS = /^The comments for (.+) are declared at:\n\t([\s\S]+)$/;

function inGeneratedCode(locations: string): boolean {
  return locations.split("\n\t").every((l) => l.split("\\").join("/").includes("/src/generated/"));
}

/** Installs the filter on the application's logger. */
export function filterGeneratedCommentWarnings(app: Application): void {
  const logger = app.logger;
  const warn = logger.warn.bind(logger);
  const info = logger.info.bind(logger);
  // TypeDoc logs the duplicate warning, then at once an info line with the declarations' locations:
  // the warning is held until that line says where they are.
  let held: { name: string; text: string } | undefined;
  let hidden = 0;
  const flush = (): void => {
    if (held) warn(held.text as TranslatedString);
    held = undefined;
  };
  logger.warn = ((text: string, ...rest: unknown[]): void => {
    flush();
    const duplicate = rest.length === 0 ? DUPLICATE.exec(text) : null;
    if (duplicate?.[1] !== undefined) held = { name: duplicate[1], text };
    else Reflect.apply(warn, logger, [text, ...rest]);
  }) as Logger["warn"];
  logger.info = ((text: string): void => {
    const locations = held ? LOCATIONS.exec(text) : null;
    if (held && locations?.[1] === held.name && inGeneratedCode(locations[2] ?? "")) {
      logger.verbose(`${held.text}\n${text}`);
      held = undefined;
      hidden++;
      return;
    }
    flush();
    info(text as TranslatedString);
  }) as Logger["info"];
  app.converter.on(Converter.EVENT_END, () => {
    flush();
    if (hidden) {
      info(
        `[@cxkit-tools/typedoc-plugin] ${hidden} duplicate-comment warnings in src/generated/ logged as verbose (generator fix pending)` as TranslatedString,
      );
    }
    hidden = 0;
  });
}
