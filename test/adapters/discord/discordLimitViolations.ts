/**
 * An independent check of a Discord message body against Discord's documented limits (numbers written
 * out here on purpose, not imported from the adapter, so a wrong constant there cannot hide a bug),
 * lengths counted in code points as Discord counts them.
 * Returns one line per violation; empty means the message would be accepted.
 */
interface EmbedLike {
  title?: string;
  description?: string;
  url?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string };
}

interface ComponentLike {
  type: number;
  style?: number;
  label?: string;
  url?: string;
  custom_id?: string;
  placeholder?: string;
  options?: { label: string; value: string; description?: string }[];
  components?: ComponentLike[];
}

export interface MessageLike {
  content?: string;
  embeds?: EmbedLike[];
  components?: ComponentLike[];
}

/** Discord counts characters as Unicode code points (its API measures the length of a Python string). */
function textLength(text: string): number {
  return [...text].length;
}

function wellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

export function discordLimitViolations(message: MessageLike, where = 'message'): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${where}: ${what}`);
  };
  const text = (value: string | undefined, max: number, what: string, required = false) => {
    if (value === undefined) {
      check(!required, `${what} is missing`);
      return;
    }
    check(textLength(value) <= max, `${what} has ${textLength(value)} > ${max} chars`);
    check(!required || value.trim().length > 0, `${what} is empty`);
    check(wellFormed(value), `${what} has a lone surrogate`);
  };
  text(message.content, 2000, 'content');
  const embeds = message.embeds ?? [];
  check(embeds.length <= 10, `${embeds.length} embeds`);
  check(embeds.length > 0 || (message.content ?? '').length > 0, 'neither content nor embeds');
  embeds.forEach((embed, i) => {
    const e = `embed ${i}`;
    text(embed.title, 256, `${e} title`);
    text(embed.description, 4096, `${e} description`);
    text(embed.footer?.text, 2048, `${e} footer`);
    text(embed.author?.name, 256, `${e} author`);
    const fields = embed.fields ?? [];
    check(fields.length <= 25, `${e} has ${fields.length} fields`);
    fields.forEach((field, j) => {
      text(field.name, 256, `${e} field ${j} name`, true);
      text(field.value, 1024, `${e} field ${j} value`, true);
    });
    const total =
      textLength(embed.title ?? '') +
      textLength(embed.description ?? '') +
      textLength(embed.footer?.text ?? '') +
      textLength(embed.author?.name ?? '') +
      fields.reduce((sum, f) => sum + textLength(f.name) + textLength(f.value), 0);
    check(total <= 6000, `${e} totals ${total} > 6000 chars`);
    if (embed.url !== undefined) check(/^https?:\/\//.test(embed.url), `${e} url is not http(s)`);
  });
  const rows = message.components ?? [];
  check(rows.length <= 5, `${rows.length} action rows`);
  rows.forEach((row, i) => {
    const r = `row ${i}`;
    check(row.type === 1, `${r} is not an action row`);
    const children = row.components ?? [];
    check(children.length >= 1 && children.length <= 5, `${r} has ${children.length} components`);
    const selects = children.filter((c) => c.type === 3);
    check(selects.length === 0 || children.length === 1, `${r} mixes a select with other components`);
    for (const child of children) {
      if (child.type === 2) {
        text(child.label, 80, `${r} button label`, true);
        if (child.style === 5)
          check(/^https?:\/\//.test(child.url ?? '') && (child.url?.length ?? 0) <= 512, `${r} link url`);
        else text(child.custom_id, 100, `${r} button custom_id`, true);
      }
      if (child.type === 3) {
        text(child.custom_id, 100, `${r} select custom_id`, true);
        text(child.placeholder, 150, `${r} select placeholder`);
        const options = child.options ?? [];
        check(options.length >= 1 && options.length <= 25, `${r} select has ${options.length} options`);
        check(
          new Set(options.map((o) => o.value)).size === options.length,
          `${r} select has duplicate values`,
        );
        for (const option of options) {
          text(option.label, 100, `${r} option label`, true);
          text(option.value, 100, `${r} option value`, true);
          text(option.description, 100, `${r} option description`);
        }
      }
    }
  });
  return problems;
}

/** Autocomplete choices: at most 25, names and values 1-100 characters. */
export function choiceViolations(choices: { name: string; value: string | number }[]): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices`);
  for (const choice of choices) {
    const value = String(choice.value);
    if (choice.name.length < 1 || textLength(choice.name) > 100)
      problems.push(`name "${choice.name}" length`);
    if (value.length < 1 || textLength(value) > 100) problems.push(`value "${value}" length`);
    if (!wellFormed(choice.name) || !wellFormed(value))
      problems.push(`choice "${choice.name}" has a lone surrogate`);
  }
  return problems;
}
