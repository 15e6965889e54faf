/**
 * Deterministic synthetic help-center articles for the build benchmark: the shape of the real
 * sample articles (frontmatter per the content contract, intro, h2/h3 sections, paragraphs, lists,
 * sometimes a table or a code block, notes, cross-links), 300–600 words each, in ~12 categories.
 */
import { chooser, prng, type Chooser } from '../test/helpers/prng.ts';
import * as words from './helpCenterVocabulary.ts';

type Category = (typeof words.categories)[number];
type ArticleType = 'faq' | 'troubleshooting' | 'guide' | 'notice';

/** One generated source article, as it is written to `content/en/<category>/<slug>.md`. */
export interface SyntheticArticle {
  id: string;
  category: string;
  slug: string;
  type: ArticleType;
  /** The whole file: frontmatter and body. */
  markdown: string;
}

interface Plan {
  id: string;
  category: Category;
  slug: string;
  type: ArticleType;
  title: string;
}

const minWords = 300;
const maxWords = 600;
/**
 * Share of articles marked `translate: false`: their copies in other locales show the source (source-only),
 * so the build handles both translated and fallback pages (which Pagefind leaves out).
 */
export const untranslatedShare = 0.2;

/** `count` articles, the same for the same `count` and `seed`; ids are unique and links point at ids in the set. */
export function syntheticArticles(count: number, seed = 20_261_014): SyntheticArticle[] {
  const c = chooser(prng(seed));
  const plans = planArticles(count, c);
  return plans.map((plan) => ({ id: plan.id, category: plan.category, slug: plan.slug, type: plan.type, markdown: writeArticle(plan, plans, c) }));
}

/** Ids, types and titles first, so every article can link to any other. */
function planArticles(count: number, c: Chooser): Plan[] {
  const taken = new Set<string>();
  const plans: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const category = words.categories[i % words.categories.length] as Category;
    const type: ArticleType =
      category === 'announcements' ? 'notice' : c.pick<ArticleType>(['guide', 'guide', 'guide', 'faq', 'faq', 'troubleshooting', 'troubleshooting']);
    const title = titleFor(type, category, c);
    const base = kebab(title);
    let slug = base;
    for (let n = 2; taken.has(`${category}/${slug}`); n++) slug = `${base}-${n}`;
    taken.add(`${category}/${slug}`);
    plans.push({ id: `${category}/${slug}`, category, slug, type, title });
  }
  return plans;
}

function titleFor(type: ArticleType, category: Category, c: Chooser): string {
  const onPlatform = c.chance(0.3) ? ` on ${c.pick(words.platforms)}` : '';
  switch (type) {
    case 'guide':
      return category === 'developers'
        ? `${capital(c.pick(['call', 'page through', 'authenticate against', 'test', 'retry requests to']))} ${c.pick(words.apiEndpoints)}`
        : `${capital(c.pick(words.verbs))} ${c.pick(words.objects)}${onPlatform}`;
    case 'faq':
      return c.pick([`Questions about ${c.pick(words.objects)}`, `How ${c.pick(words.objects)} works`, `Who can see ${c.pick(words.objects)}`]);
    case 'troubleshooting':
      return `${capital(c.pick(words.problems))}${onPlatform}`;
    case 'notice':
      return c.pick([
        `Lumo ends support for ${c.pick(['Android 9', 'iOS 15', 'Windows 10', 'macOS 12', 'Ubuntu 20.04'])} on ${date(c)}`,
        `Changes to ${c.pick(words.objects)} in Lumo 7.${c.int(1, 40)}`,
        `Scheduled maintenance on ${date(c)}`,
      ]);
  }
}

/** The whole article file. */
function writeArticle(plan: Plan, plans: Plan[], c: Chooser): string {
  const w = new BodyWriter(plan, plans, c);
  const blocks = w.body();
  const related = plans.length > 1 ? c.sample(plans, 4).filter((p) => p.id !== plan.id).slice(0, c.int(1, 3)).map((p) => p.id) : [];
  const tags = c.sample(words.categoryTags[plan.category], c.int(2, 4));
  const frontmatter = [
    `title: ${yamlString(plan.title)}`,
    `description: ${yamlString(descriptionFor(plan, c))}`,
    `type: ${plan.type}`,
    `category: ${plan.category}`,
    `tags: [${tags.join(', ')}]`,
    `updated: ${date(c)}`,
    `audience: ${plan.category === 'developers' ? 'developer' : 'end-user'}`,
    ...(related.length ? [`related: [${related.join(', ')}]`] : []),
    ...(c.chance(untranslatedShare) ? ['translate: false'] : []),
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\n${blocks.join('\n\n')}\n`;
}

function descriptionFor(plan: Plan, c: Chooser): string {
  const what = plan.title.charAt(0).toLowerCase() + plan.title.slice(1);
  const text = {
    guide: c.pick([`Learn how to ${what}, step by step.`, `How to ${what} in Lumo, with the settings to check first.`]),
    faq: `${plan.title}: short answers to the questions people ask most.`,
    troubleshooting: `What to do when ${what}, and how to keep it from happening again.`,
    notice: `${plan.title}. Here is what changes and what you need to do.`,
  }[plan.type];
  return text.length <= 160 ? text : `${text.slice(0, 156).trimEnd()}…`;
}

/** Writes one article's Markdown blocks; keeps count of words so bodies land between 300 and 600. */
class BodyWriter {
  private readonly plan: Plan;
  private readonly plans: Plan[];
  private readonly c: Chooser;
  private readonly target: number;
  private words = 0;
  private links = 0;

  constructor(plan: Plan, plans: Plan[], c: Chooser) {
    this.plan = plan;
    this.plans = plans;
    this.c = c;
    this.target = c.int(minWords, maxWords - 60);
  }

  body(): string[] {
    const blocks = [this.paragraph(2, 4, true)];
    const sections = this.sections();
    for (const section of sections) {
      if (this.words >= this.target && blocks.length > 3) break;
      blocks.push(...section());
    }
    while (this.words < this.target) blocks.push(...this.extraSection());
    return blocks;
  }

  /** The type's usual sections, in order (generated lazily so the word budget can stop early). */
  private sections(): (() => string[])[] {
    const c = this.c;
    const dev = this.plan.category === 'developers';
    const maybe = (p: number, f: () => string[]) => (c.chance(p) ? [f] : []);
    switch (this.plan.type) {
      case 'troubleshooting':
        return [
          () => [this.heading(2, 'Symptoms'), this.list(3, 5)],
          () => [this.heading(2, 'Causes'), this.paragraph(1, 2), this.list(2, 4)],
          () => [this.heading(2, 'Fix'), this.steps(4, 7)],
          ...maybe(0.3, () => [this.table()]),
          () => [this.heading(3, 'If that does not help'), this.paragraph(2, 3, true)],
          ...maybe(dev ? 1 : 0.1, () => [this.code()]),
          () => [this.note()],
        ];
      case 'faq':
        return [
          ...Array.from({ length: c.int(3, 5) }, () => () => [this.heading(3, this.question()), this.paragraph(2, 4, c.chance(0.3))]),
          ...maybe(0.3, () => [this.heading(3, this.question()), this.table()]),
          ...maybe(dev ? 1 : 0.1, () => [this.code()]),
          ...maybe(0.5, () => [this.note()]),
        ];
      case 'guide':
        return [
          ...maybe(0.5, () => [this.heading(2, 'Before you start'), this.list(2, 4)]),
          () => [this.heading(2, `${capital(c.pick(words.verbs))} ${c.pick(words.objects)}`), this.paragraph(2, 3), ...this.platformSteps()],
          ...maybe(dev ? 1 : 0.15, () => [this.heading(2, c.pick(['Example', 'Sample request', 'Code'])), this.paragraph(1, 2), this.code()]),
          ...maybe(0.3, () => [this.heading(2, c.pick(['Limits', 'Availability', 'Supported versions'])), this.table()]),
          () => [this.heading(2, c.pick(['What happens next', 'Turn it off again', 'Good to know'])), this.paragraph(3, 5, true), this.list(2, 4)],
          ...maybe(0.5, () => [this.note()]),
        ];
      case 'notice':
        return [
          () => [this.heading(2, 'What changes'), this.paragraph(2, 3), this.list(2, 4)],
          () => [this.heading(2, 'What you need to do'), this.steps(3, 5)],
          ...maybe(0.4, () => [this.table()]),
          () => [this.heading(2, 'Questions'), this.paragraph(1, 3, true)],
        ];
    }
  }

  private extraSection(): string[] {
    const c = this.c;
    return [
      this.heading(2, `${capital(c.pick(words.verbs))} ${c.pick(words.objects)}`),
      this.paragraph(3, 5, c.chance(0.4)),
      c.chance(0.5) ? this.steps(3, 6) : this.list(3, 5),
    ];
  }

  private platformSteps(): string[] {
    if (this.c.chance(0.5)) return [this.steps(3, 6)];
    return this.c.sample(['iPhone', 'Android', 'desktop'], this.c.int(2, 3)).flatMap((platform) => [this.heading(3, `On ${platform}`), this.steps(3, 5)]);
  }

  private heading(level: 2 | 3, text: string): string {
    return this.count(`${'#'.repeat(level)} ${text}`);
  }

  private paragraph(min: number, max: number, withLink = false): string {
    const sentences = Array.from({ length: this.c.int(min, max) }, () => this.sentence());
    if (withLink || this.links === 0) sentences.push(this.linkSentence());
    return this.count(sentences.join(' '));
  }

  private list(min: number, max: number): string {
    return this.count(Array.from({ length: this.c.int(min, max) }, () => `- ${this.sentence()}`).join('\n'));
  }

  private steps(min: number, max: number): string {
    const c = this.c;
    const step = (): string =>
      c.pick([
        () => `Open Lumo on ${c.pick(words.platforms)}.`,
        () => `Go to ${this.menuPath(c.int(2, 3))}.`,
        () => `Tap **${c.pick(words.buttons)}**.`,
        () => `${capital(c.pick(words.verbs))} ${c.pick(words.objects)}, then tap **${c.pick(words.buttons)}**.`,
        () => `Wait up to ${c.pick(words.amounts)} seconds until the change is saved.`,
        () => `Turn on **${c.pick(words.screens)}**.`,
      ])();
    return this.count(Array.from({ length: c.int(min, max) }, (_, i) => `${i + 1}. ${step()}`).join('\n'));
  }

  private question(): string {
    const c = this.c;
    return c.pick([
      () => `How do I ${c.pick(words.verbs)} ${c.pick(words.objects)}?`,
      () => `Can I ${c.pick(words.verbs)} ${c.pick(words.objects)} on ${c.pick(words.platforms)}?`,
      () => `What happens when I ${c.pick(words.verbs)} ${c.pick(words.objects)}?`,
      () => `Who can see ${c.pick(words.objects)}?`,
      () => `What can I do if ${c.pick(words.problems)}?`,
    ])();
  }

  private sentence(): string {
    const c = this.c;
    const n = c.pick(words.amounts);
    const unit = c.pick(words.units);
    const templates = [
      () => `To ${c.pick(words.verbs)} ${c.pick(words.objects)}, go to ${this.menuPath(2)}.`,
      () => `This can take up to ${n} ${unit}.`,
      () => `If ${c.pick(words.problems)}, check for ${c.pick(words.causes)}.`,
      () => `Lumo keeps ${c.pick(words.objects)} for ${n} days, then deletes it.`,
      () => `On ${c.pick(words.platforms)}, you can ${c.pick(words.verbs)} ${c.pick(words.objects)} in **${c.pick(words.screens)}**.`,
      () => `Changes reach your linked devices within ${n} seconds.`,
      () => `Only group admins can ${c.pick(words.verbs)} ${c.pick(words.objects)}.`,
      () => `You need Lumo 7.${c.int(1, 40)} or later on ${c.pick(words.platforms)}.`,
      () => `If you see the error \`${c.pick(words.errorCodes)}\`, wait ${n} seconds and try again.`,
      () => `Your contacts are not told when you ${c.pick(words.verbs)} ${c.pick(words.objects)}.`,
      () => `${capital(c.pick(words.causes))} can also cause this.`,
      () => `Group calls support up to 32 people, and you need at least 1 Mbps for video.`,
      () => `Lumo Premium adds ${c.pick(['cloud backups', 'larger uploads', 'custom app icons', 'longer voice messages'])} for 4.99 USD a month.`,
    ];
    if (this.plan.category === 'developers') {
      templates.push(
        () => `Send a \`GET\` request to \`https://api.lumo.example${c.pick(words.apiEndpoints)}\` with a bearer token.`,
        () => `The API answers \`429 rate_limited\` after ${n * 10} requests a minute; wait for the number of seconds in \`Retry-After\`.`,
        () => `Install the SDK with \`npm install @lumo/sdk\`, or add \`LumoKit\` to your Xcode project.`,
      );
    }
    return c.pick(templates)();
  }

  private linkSentence(): string {
    const target = this.otherArticle();
    if (!target) return 'Contact Lumo Support at https://support.lumo.example if you still need help.';
    this.links++;
    const text = target.title;
    const href = target.category === this.plan.category ? `./${target.slug}` : `../${target.category}/${target.slug}`;
    return this.c.pick([`For details, see [${text}](${href}).`, `You can also read about [${text}](${href}).`, `Related: [${text}](${href}).`]);
  }

  private otherArticle(): Plan | undefined {
    if (this.plans.length < 2) return undefined;
    for (;;) {
      const target = this.c.pick(this.plans);
      if (target.id !== this.plan.id) return target;
    }
  }

  private menuPath(depth: number): string {
    return this.c.sample(words.screens, depth).map((s) => `**${s}**`).join(' › ');
  }

  private note(): string {
    return this.count(`> **${this.c.pick(words.notes)}:** ${this.sentence()} ${this.sentence()}`);
  }

  private table(): string {
    const c = this.c;
    const rows =
      this.plan.category === 'developers'
        ? c.sample(words.errorCodes, c.int(3, 6)).map((code) => [`\`${code}\``, c.pick(['The token is missing or expired', 'Too many requests', 'The call ended unexpectedly', 'The resource does not exist']), c.pick(['Refresh the token', 'Wait and retry', 'Check the id', 'Contact support'])])
        : c.sample(words.platforms, c.int(3, 6)).map((platform) => [platform, `Lumo 7.${c.int(1, 40)}`, c.pick(['Yes', 'No', 'Premium only', `Up to ${c.pick(words.amounts)}`])]);
    const head = this.plan.category === 'developers' ? ['Code', 'Meaning', 'What to do'] : ['Platform', 'Minimum version', 'Available'];
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return this.count([line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n'));
  }

  private code(): string {
    const c = this.c;
    const endpoint = c.pick(words.apiEndpoints);
    const snippet = c.pick([
      `\`\`\`bash\nnpm install @lumo/sdk\ncurl -H "Authorization: Bearer $LUMO_TOKEN" https://api.lumo.example${endpoint}\n\`\`\``,
      `\`\`\`ts\nimport { LumoClient } from '@lumo/sdk';\n\nconst lumo = new LumoClient({ token: process.env.LUMO_TOKEN });\nconst page = await lumo.get('${endpoint}', { limit: ${c.pick(words.amounts)} });\nconsole.log(page.items.length);\n\`\`\``,
      `\`\`\`json\n{\n  "type": "message.delivered",\n  "created": ${1_790_000_000 + c.int(0, 9_999_999)},\n  "data": { "chat_id": "chat_${c.int(1000, 9999)}" }\n}\n\`\`\``,
    ]);
    return this.count(snippet);
  }

  /** Add the block's words to the running count and pass it through. */
  private count(block: string): string {
    this.words += block.split(/\s+/).filter((token) => /\w/.test(token)).length;
    return block;
  }
}

function date(c: Chooser): string {
  const day = new Date(Date.UTC(2025, 0, 1) + c.int(0, 668) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kebab(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A YAML scalar for the text: plain when it is safe, else double-quoted (JSON strings are valid YAML). */
function yamlString(text: string): string {
  return /^[A-Za-z0-9][^:#[\]{}"'`]*$/.test(text) ? text : JSON.stringify(text);
}
