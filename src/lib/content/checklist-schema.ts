/**
 * The shape of a checklist file in `checklists/*.yaml`.
 *
 * This module is the single definition of the content format: the build validates YAML against it
 * (see `validate-checklist.ts`) and the app uses the inferred types. Cross-references (source ids,
 * scale ids, phase ids, action coverage) are checked in `validate-checklist.ts`, because a schema
 * sees one field at a time.
 */
import * as v from 'valibot';
import { HORIZONS } from '../domain/scan-limits.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A non-empty, trimmed text. */
const Text = v.pipe(
	v.string('moet tekst zijn'),
	v.trim(),
	v.nonEmpty('mag niet leeg zijn')
);

/** A stable id: lower case letters, digits and single dashes. */
const Id = v.pipe(
	v.string('moet een id (tekst) zijn'),
	v.regex(ID_PATTERN, 'moet bestaan uit kleine letters, cijfers en streepjes (bijvoorbeeld "k1-plan")')
);

/** Option ids may be digits ('0'…'4'), so they get a looser pattern than other ids. */
const OptionId = v.pipe(
	v.string('moet een id (tekst, tussen aanhalingstekens) zijn'),
	v.regex(ID_PATTERN, 'moet bestaan uit kleine letters, cijfers en streepjes')
);

/** Source ids follow the content brief's keys, such as `seed003` and `P01`. */
const SourceId = v.pipe(
	v.string('moet een bron-id (tekst) zijn'),
	v.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'moet een bron-id zijn, bijvoorbeeld "seed003" of "P01"')
);

const SourceIds = v.pipe(
	v.array(SourceId, 'moet een lijst met bron-ids zijn'),
	v.minLength(1, 'noem minstens één bron')
);

export const PhaseIdSchema = v.picklist(
	['orienterend', 'eerste', 'structureel'],
	'onbekende fase (kies uit orienterend, eerste, structureel)'
);
export type PhaseId = v.InferOutput<typeof PhaseIdSchema>;

/** When an action should be done, in months; the list is shared with the plan (domain/scan-limits.ts). */
export const HorizonSchema = v.picklist(HORIZONS, 'horizon moet 0-3, 3-12 of later zijn');
export type Horizon = v.InferOutput<typeof HorizonSchema>;

const ActionSchema = v.strictObject(
	{
		id: Id,
		for: v.pipe(v.array(OptionId), v.minLength(1, 'noem minstens één antwoord')),
		title: Text,
		why: Text,
		firstStep: Text,
		owner: Text,
		horizon: HorizonSchema,
		sources: SourceIds
	},
	(issue) => `onbekend veld "${String(issue.input)}"`
);

const QuestionSchema = v.strictObject(
	{
		id: Id,
		text: Text,
		help: Text,
		scale: Id,
		notApplicable: v.optional(v.boolean('moet true of false zijn')),
		quick: v.optional(v.boolean('moet true of false zijn')),
		showIn: v.optional(v.pipe(v.array(PhaseIdSchema), v.minLength(1, 'noem minstens één fase'))),
		textByPhase: v.optional(
			v.strictObject(
				{
					orienterend: v.optional(Text),
					eerste: v.optional(Text),
					structureel: v.optional(Text)
				},
				'onbekende fase in textByPhase (kies uit orienterend, eerste, structureel)'
			)
		),
		sources: SourceIds,
		actions: v.pipe(v.array(ActionSchema), v.minLength(1, 'een vraag heeft minstens één actie nodig'))
	},
	(issue) => `onbekend veld "${String(issue.input)}"`
);

export const ThemeKindSchema = v.picklist(['do', 'dont', 'extra'], 'kind moet do, dont of extra zijn');
export type ThemeKind = v.InferOutput<typeof ThemeKindSchema>;

/** How much a maturity theme counts in the overall score (see `scoring.ts`). */
const WeightSchema = v.pipe(
	v.number('weight moet een getal zijn'),
	v.integer('weight moet een heel getal zijn'),
	v.minValue(1, 'weight is minstens 1'),
	v.maxValue(10, 'weight is hoogstens 10')
);

const ThemeSchema = v.strictObject(
	{
		id: Id,
		kind: ThemeKindSchema,
		/** Leave out for weight 1. Not allowed on a dont theme: don'ts are never averaged. */
		weight: v.optional(WeightSchema),
		title: Text,
		why: Text,
		sources: SourceIds,
		questions: v.pipe(
			v.array(QuestionSchema),
			v.minLength(3, 'een thema heeft 3 tot 6 vragen'),
			v.maxLength(6, 'een thema heeft 3 tot 6 vragen')
		)
	},
	(issue) => `onbekend veld "${String(issue.input)}"`
);

const OptionSchema = v.strictObject({
	id: OptionId,
	score: v.pipe(v.number('score moet een getal zijn'), v.integer(), v.minValue(0)),
	label: Text,
	hint: v.optional(Text)
});

/**
 * What a scale measures. `maturity`, `yesno` and `count` are scored (a percentage of the top option)
 * and belong to do and extra themes; `risk` belongs to dont themes and raises flags instead.
 */
export const ScaleKindSchema = v.picklist(
	['maturity', 'yesno', 'count', 'risk'],
	'kind moet maturity, yesno, count of risk zijn'
);
export type ScaleKind = v.InferOutput<typeof ScaleKindSchema>;

const ScaleSchema = v.strictObject({
	kind: ScaleKindSchema,
	unknown: v.boolean('moet true of false zijn'),
	notApplicable: v.boolean('moet true of false zijn'),
	options: v.pipe(v.array(OptionSchema), v.minLength(2, 'een schaal heeft minstens twee antwoorden'))
});

const LevelSchema = v.strictObject({
	id: Id,
	label: Text,
	minPercent: v.pipe(v.number('moet een getal zijn'), v.minValue(0), v.maxValue(100)),
	description: Text
});

const CapSchema = v.strictObject({
	id: Id,
	when: v.union(
		[
			v.strictObject({ question: Id, atMost: OptionId }),
			v.strictObject({ riskFlag: v.literal(true) }),
			v.strictObject({ unknownRisk: v.literal(true) })
		],
		'when moet { question, atMost }, { riskFlag: true } of { unknownRisk: true } zijn'
	),
	maxLevel: Id,
	reason: Text
});

/**
 * A source. Publisher, year and address are each left out when the source itself does not give them:
 * a guessed detail would be invented.
 */
const SourceSchema = v.strictObject({
	id: SourceId,
	title: Text,
	publisher: v.optional(Text),
	year: v.optional(v.pipe(v.number('jaar moet een getal zijn'), v.integer(), v.minValue(1900), v.maxValue(2100))),
	url: v.optional(v.pipe(v.string(), v.url('moet een webadres zijn'), v.startsWith('http', 'moet een webadres zijn')))
});

const Percent = v.pipe(v.number('moet een getal zijn'), v.minValue(0), v.maxValue(100));

/** Scoring rules that are content, not code (see `scoring.ts` and checklists/README.md). */
const ScoringSchema = v.strictObject({
	/** A maturity theme at or above this percentage is a strength. */
	strengthPercent: Percent,
	/**
	 * A theme is uncertain when at least this share (percent) of its counted answers is "Weet ik niet";
	 * the overall level is uncertain when this share of all counted answers is.
	 */
	uncertainUnknownPercent: Percent
});

/** A domain term, explained once and shown with every question that uses it. */
const GlossaryTermSchema = v.strictObject({
	id: Id,
	term: Text,
	/** Other forms of the word found in texts (plural, compound); the term itself always counts. */
	forms: v.optional(v.array(Text)),
	definition: Text,
	sources: v.optional(SourceIds)
});

const VersionSchema = v.pipe(
	v.string('version moet tekst zijn, bijvoorbeeld "1.0.0"'),
	v.regex(/^\d+\.\d+\.\d+$/, 'version moet de vorm 1.2.3 hebben')
);

/** What changed in a version, told once to a user whose scan was made with an earlier version. */
const WhatsNewSchema = v.strictObject({
	version: VersionSchema,
	items: v.pipe(v.array(Text), v.minLength(1, 'noem minstens één wijziging'))
});

const MinutesSchema = v.pipe(v.number('minuten moet een getal zijn'), v.integer(), v.minValue(1), v.maxValue(240));

const FigureSchema = v.strictObject({
	id: Id,
	value: Text,
	label: Text,
	sources: SourceIds
});

const Version = v.pipe(
	v.string('moet een versie (tekst) zijn, bijvoorbeeld "1.0.0"'),
	v.regex(/^\d+\.\d+\.\d+$/, 'moet de vorm 1.2.3 hebben')
);

/**
 * How the answer options of an old question map to the options of the new question: old id → new id.
 * When a change has such a map, an old answer whose option is not listed is kept aside (never guessed).
 */
const OptionMapSchema = v.record(OptionId, OptionId, 'moet paren oud: nieuw bevatten, bijvoorbeeld { \'0\': \'1\' }');

/** What happened to a question between two versions (see checklists/README.md, "Migraties"). */
const MigrationChangeSchema = v.variant(
	'kind',
	[
		v.strictObject(
			{ kind: v.literal('renamed'), question: Id, to: Id, options: v.optional(OptionMapSchema) },
			(issue) => `onbekend veld "${String(issue.input)}"`
		),
		v.strictObject(
			{
				kind: v.literal('split'),
				question: Id,
				into: v.pipe(
					v.array(
						v.strictObject(
							{ question: Id, options: v.optional(OptionMapSchema) },
							(issue) => `onbekend veld "${String(issue.input)}"`
						),
						'moet een lijst met nieuwe vragen zijn'
					),
					v.minLength(2, 'een gesplitste vraag heeft minstens twee nieuwe vragen')
				)
			},
			(issue) => `onbekend veld "${String(issue.input)}"`
		),
		v.strictObject(
			{
				kind: v.literal('merged'),
				questions: v.pipe(v.array(Id, 'moet een lijst met oude vragen zijn'), v.minLength(2, 'noem minstens twee oude vragen')),
				into: Id,
				rule: v.picklist(['lowest-score', 'first-answered'], 'rule moet lowest-score of first-answered zijn'),
				options: v.optional(OptionMapSchema)
			},
			(issue) => `onbekend veld "${String(issue.input)}"`
		),
		v.strictObject({ kind: v.literal('removed'), question: Id }, (issue) => `onbekend veld "${String(issue.input)}"`),
		v.strictObject(
			{ kind: v.literal('options'), question: Id, options: OptionMapSchema },
			(issue) => `onbekend veld "${String(issue.input)}"`
		)
	],
	'kind moet renamed, split, merged, removed of options zijn'
);

/** How the answers of version `from` map to version `to`. */
const MigrationSchema = v.strictObject(
	{
		from: Version,
		to: Version,
		/** How old questions read, so a kept-aside answer can be shown with its old text and label. */
		previous: v.optional(
			v.record(
				Id,
				v.strictObject(
					{ text: v.optional(Text), labels: v.optional(v.record(OptionId, Text)) },
					(issue) => `onbekend veld "${String(issue.input)}"`
				)
			)
		),
		changes: v.pipe(v.array(MigrationChangeSchema, 'moet een lijst met wijzigingen zijn'), v.minLength(1, 'noem minstens één wijziging'))
	},
	(issue) => `onbekend veld "${String(issue.input)}"`
);

export type Migration = v.InferOutput<typeof MigrationSchema>;
export type MigrationChange = Migration['changes'][number];

export const ChecklistSchema = v.strictObject(
	{
		id: Id,
		version: VersionSchema,
		language: v.picklist(['nl', 'en'], 'language moet nl of en zijn'),
		title: Text,
		intro: Text,
		/** About how long each kind of scan takes, in minutes (shown on the start page). */
		minutes: v.optional(v.strictObject({ quick: MinutesSchema, full: MinutesSchema })),
		phases: v.array(v.strictObject({ id: PhaseIdSchema, label: Text, hint: v.optional(Text) })),
		focusAreas: v.array(v.strictObject({ id: Id, label: Text })),
		special: v.strictObject({
			unknown: v.strictObject({ label: Text }),
			notApplicable: v.strictObject({ label: Text })
		}),
		scales: v.record(Id, ScaleSchema),
		levels: v.pipe(v.array(LevelSchema), v.minLength(2, 'noem minstens twee niveaus')),
		caps: v.array(CapSchema),
		scoring: v.optional(ScoringSchema),
		glossary: v.optional(v.array(GlossaryTermSchema)),
		whatsNew: v.optional(v.array(WhatsNewSchema)),
		themes: v.pipe(v.array(ThemeSchema), v.minLength(1, 'noem minstens één thema')),
		figures: v.array(FigureSchema),
		sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'noem minstens één bron')),
		/** Per version step, how saved answers map from the previous version; oldest first. */
		migrations: v.optional(v.array(MigrationSchema, 'moet een lijst met versiestappen zijn'))
	},
	(issue) => `onbekend veld "${String(issue.input)}"`
);

export type Checklist = v.InferOutput<typeof ChecklistSchema>;
export type Theme = Checklist['themes'][number];
export type Question = Theme['questions'][number];
export type Action = Question['actions'][number];
export type Scale = Checklist['scales'][string];
export type ScaleOption = Scale['options'][number];
export type Level = Checklist['levels'][number];
export type Cap = Checklist['caps'][number];
export type Source = Checklist['sources'][number];
export type Figure = Checklist['figures'][number];
export type GlossaryTerm = NonNullable<Checklist['glossary']>[number];
export type WhatsNew = NonNullable<Checklist['whatsNew']>[number];
