/**
 * What the group answered, per question: the numbers behind the discussion view, projector mode, the
 * consensus screen and the workshop part of the PDF. Pure and deterministic.
 *
 * Per session question (content order):
 * - the distribution over every answer choice of the question, "Weet ik niet" and "Niet van toepassing"
 *   included (zero-filled, so views can draw every bar);
 * - median, first and third quartile and interquartile range (IQR) on one 0–4 scale: an option's score
 *   divided by the top score of its scale, times 4 (so "ja / soms / nee" on a risk scale becomes 0 / 2 / 4
 *   and every scale compares). "Weet ik niet" and "Niet van toepassing" are counted but have no place on
 *   the scale, so they are not in the median. Quartiles use linear interpolation between the sorted
 *   answers (the common "type 7" method of spreadsheets and R), so small groups give stable numbers;
 * - the same per role, with the number of people (n). The small-group rule: a role with fewer than
 *   SMALL_GROUP_MIN people on a question is `hidden` (no figures at all) unless the facilitator turned
 *   on `display.showSmallGroups`; its answers still count in the whole group;
 * - counted hands (`workshop.hands`) merged in: per role when the roles voted in turn (`byRole`), else only
 *   in the whole group; `sources` says how many answers came from devices and how many from hands.
 *
 * The divergence rule (as in Delphi practice, where the IQR measures agreement on an item):
 * - spread = the IQR of the whole group on the 0–4 scale;
 * - roleGap = the largest difference between the medians of two roles that are shown (hidden roles are
 *   left out, otherwise the ordering would give away what a small group answered);
 * - a question is judged only with at least MIN_SCORED answers on the scale; fewer go to `notJudged`;
 * - "verdeeld" (`divided`) when spread >= 2 (the middle half of the room is two or more steps apart,
 *   e.g. "in voorbereiding" against "vastgelegd"), or when roleGap >= 2 (two roles are, in the middle,
 *   two steps apart, even if each role agrees within itself — the "voor de bühne" case the workshop
 *   is for). An IQR of at most 1 is the usual Delphi mark of consensus on a five-point scale; between
 *   1 and 2 counts as agreement here, so the list "Waar verschillen we het meest" stays short enough
 *   to discuss;
 * - `mostDivergent` ("Waar verschillen we het meest") holds the divided questions, by spread (largest
 *   first), then roleGap (largest first), then content order; `agreed` ("Waar zijn we het over eens")
 *   the other judged questions, by spread (smallest first), then roleGap (smallest first), then content
 *   order.
 */
import type { Checklist, Question, Theme } from '../content/checklist-schema.ts';
import { NOT_APPLICABLE, UNKNOWN } from '../domain/scan.ts';
import { answerChoices, scaleOf, topScore } from '../domain/scope.ts';
import { sessionQuestions } from './session-questions.ts';
import { ROLE_IDS, SMALL_GROUP_MIN, type RoleId, type Workshop } from './workshop-schema.ts';

/** Spread or role gap (0–4 scale) at which a question counts as "verdeeld". */
export const DIVIDED_AT = 2;
/** Fewest answers on the scale (not "Weet ik niet" / "Niet van toepassing") to judge agreement at all. */
export const MIN_SCORED = 2;
/** Rounding tolerance: scores like 8/3 − 2/3 must count as 2. */
const EPSILON = 1e-9;

/** The figures of one group of people (the whole room or one role) on one question. */
export interface GroupStats {
	/** Answers given, "Weet ik niet" and "Niet van toepassing" included (devices plus hands). */
	n: number;
	/** Answers per answer value: every choice of the question, zero-filled, in the order of the choices. */
	counts: Record<string, number>;
	/** Answers "Weet ik niet". */
	unknown: number;
	/** Answers "Niet van toepassing". */
	notApplicable: number;
	/** Answers with a place on the scale (what the median is taken of). */
	scored: number;
	/** On the 0–4 scale; null when no answer has a place on the scale. */
	median: number | null;
	q1: number | null;
	q3: number | null;
	iqr: number | null;
}

export interface RoleStats {
	role: RoleId;
	/** People of this role who answered the question (devices plus hands). */
	n: number;
	/** True when the small-group rule hides this role: then `stats` is null. */
	hidden: boolean;
	/** Null when hidden or when nobody of this role answered. */
	stats: GroupStats | null;
}

/** A participant's toelichting on a question, as the discussion may show it. */
export interface ParticipantNote {
	/** Null when the role is hidden by the small-group rule. */
	role: RoleId | null;
	/** Only when the facilitator shows names and the participant gave one. */
	name: string | null;
	text: string;
}

export interface QuestionAggregate {
	questionId: string;
	themeId: string;
	all: GroupStats;
	/** Every role of the session (plus any other role that answered), in ROLE_IDS order. */
	roles: RoleStats[];
	/** IQR of the whole group on the 0–4 scale; 0 when not judged. */
	spread: number;
	/** Largest gap between the medians of two shown roles; 0 when fewer than two roles are shown. */
	roleGap: number;
	/** At least MIN_SCORED answers on the scale. */
	judged: boolean;
	/** "Verdeeld": see the rule at the top of this file. */
	divided: boolean;
	/** How many answers came from devices (handed in) and from counted hands. */
	sources: { devices: number; hands: number };
	/** Participants' notes, in the order they handed in. */
	notes: ParticipantNote[];
}

export interface ThemeRoleCell {
	role: RoleId;
	/** The most people of this role on one question of the theme. */
	n: number;
	/** Median of all the role's answers on the theme's questions (0–4); null when none or hidden. */
	median: number | null;
	hidden: boolean;
}

export interface ThemeRow {
	themeId: string;
	/** The whole group: most people on one question, and the median of all answers on the theme. */
	all: { n: number; median: number | null };
	cells: ThemeRoleCell[];
}

export interface WorkshopAggregate {
	/** Every session question, in content order. */
	questions: QuestionAggregate[];
	/** "Waar verschillen we het meest": divided questions, most divergent first. */
	mostDivergent: QuestionAggregate[];
	/** "Waar zijn we het over eens": the other judged questions, most agreed first. */
	agreed: QuestionAggregate[];
	/** Questions with too few answers on the scale to judge, in content order. */
	notJudged: QuestionAggregate[];
	/** The roles shown in `roles` and `themesByRoles`, in ROLE_IDS order. */
	roles: RoleId[];
	themesByRoles: ThemeRow[];
	/** Participants who handed in answers (devices), per role (every role, zero-filled). */
	handedIn: { total: number; byRole: Record<RoleId, number> };
	/** People whose answers count: handed in, plus the most present at one show of hands. */
	participantsCounted: number;
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

/** The p-quantile (0–1) of sorted values, by linear interpolation ("type 7"). */
export function quantile(sorted: readonly number[], p: number): number | null {
	if (sorted.length === 0) return null;
	const h = (sorted.length - 1) * p;
	const low = Math.floor(h);
	const high = Math.min(low + 1, sorted.length - 1);
	const a = sorted[low] as number;
	const b = sorted[high] as number;
	return a + (h - low) * (b - a);
}

/** The place of each answer value on the 0–4 scale; special answers are not on it. */
function scaledValues(checklist: Checklist, question: Question): Map<string, number> {
	const scale = scaleOf(checklist, question);
	const top = topScore(scale);
	return new Map(scale.options.map((option) => [option.id, top > 0 ? (option.score / top) * 4 : 0]));
}

/** Figures of a group from its counts per answer value. */
function statsOf(counts: Record<string, number>, scaled: ReadonlyMap<string, number>): GroupStats {
	const values: number[] = [];
	let n = 0;
	for (const [value, count] of Object.entries(counts)) {
		n += count;
		const place = scaled.get(value);
		if (place !== undefined) for (let i = 0; i < count; i++) values.push(place);
	}
	values.sort((a, b) => a - b);
	const median = quantile(values, 0.5);
	const q1 = quantile(values, 0.25);
	const q3 = quantile(values, 0.75);
	return {
		n,
		counts,
		unknown: counts[UNKNOWN] ?? 0,
		notApplicable: counts[NOT_APPLICABLE] ?? 0,
		scored: values.length,
		median,
		q1,
		q3,
		iqr: q1 === null || q3 === null ? null : q3 - q1
	};
}

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

type Counts = Record<string, number>;

function zeroCounts(choices: readonly string[]): Counts {
	return Object.fromEntries(choices.map((value) => [value, 0]));
}

const isRole = (key: string): key is RoleId => (ROLE_IDS as readonly string[]).includes(key);

/** People whose answers count: handed in, plus the most present at one show of hands. */
export function countedParticipants(workshop: Workshop): number {
	const present = Object.values(workshop.hands).reduce((most, count) => Math.max(most, count.present), 0);
	return Object.keys(workshop.participants).length + present;
}

/** Aggregates every session question of the workshop. See the top of this file for the rules. */
export function aggregateWorkshop(checklist: Checklist, workshop: Workshop): WorkshopAggregate {
	const participants = Object.values(workshop.participants).sort((a, b) =>
		a.handedInAt === b.handedInAt ? a.participantId.localeCompare(b.participantId) : Date.parse(a.handedInAt) - Date.parse(b.handedInAt)
	);
	const showSmall = workshop.display.showSmallGroups;
	const hidden = (n: number): boolean => n > 0 && n < SMALL_GROUP_MIN && !showSmall;

	// Roles: those of the session, plus any role that answered anyway, in the fixed order.
	const present = new Set<RoleId>(workshop.settings.roles);
	for (const participant of participants) present.add(participant.role);
	for (const count of Object.values(workshop.hands)) {
		if (count.byRole) for (const key of Object.keys(count.counts)) if (isRole(key)) present.add(key);
	}
	const roles = ROLE_IDS.filter((role) => present.has(role));

	const handedInByRole = Object.fromEntries(ROLE_IDS.map((role) => [role, 0])) as Record<RoleId, number>;
	for (const participant of participants) handedInByRole[participant.role] += 1;

	const session = sessionQuestions(checklist, workshop.settings);
	/** Per theme and role: all scaled answers, and the most people on one question. */
	const themeValues = new Map<string, { values: Map<RoleId | 'all', number[]>; n: Map<RoleId | 'all', number> }>();

	const questions: QuestionAggregate[] = session.map(({ theme, question }: { theme: Theme; question: Question }) => {
		const choices = answerChoices(checklist, question).map((choice) => choice.value);
		const valid = new Set(choices);
		const scaled = scaledValues(checklist, question);
		const all = zeroCounts(choices);
		const byRole = new Map<RoleId, Counts>(roles.map((role) => [role, zeroCounts(choices)]));
		let devices = 0;
		let hands = 0;
		const notes: { role: RoleId; name: string; text: string }[] = [];

		for (const participant of participants) {
			const answer = Object.hasOwn(participant.answers, question.id) ? participant.answers[question.id] : undefined;
			if (!answer) continue;
			if (answer.note.trim() !== '') notes.push({ role: participant.role, name: participant.name, text: answer.note });
			if (answer.value === null || !valid.has(answer.value)) continue;
			all[answer.value] = (all[answer.value] ?? 0) + 1;
			const roleCounts = byRole.get(participant.role);
			if (roleCounts) roleCounts[answer.value] = (roleCounts[answer.value] ?? 0) + 1;
			devices++;
		}

		const count = Object.hasOwn(workshop.hands, question.id) ? workshop.hands[question.id] : undefined;
		if (count) {
			for (const [group, perValue] of Object.entries(count.counts)) {
				// Per role when the roles voted in turn; otherwise only the room as a whole ('all').
				const roleCounts = count.byRole && isRole(group) ? byRole.get(group) : undefined;
				if (count.byRole ? !roleCounts : group !== 'all') continue;
				for (const [value, hands_] of Object.entries(perValue)) {
					if (!valid.has(value) || hands_ <= 0) continue;
					all[value] = (all[value] ?? 0) + hands_;
					if (roleCounts) roleCounts[value] = (roleCounts[value] ?? 0) + hands_;
					hands += hands_;
				}
			}
		}

		const allStats = statsOf(all, scaled);
		const roleStats: RoleStats[] = roles.map((role) => {
			const stats = statsOf(byRole.get(role) ?? zeroCounts(choices), scaled);
			const isHidden = hidden(stats.n);
			return { role, n: stats.n, hidden: isHidden, stats: isHidden || stats.n === 0 ? null : stats };
		});

		// Theme × role overview: collect the scaled answers per role (hidden ones too; hiding is decided per cell).
		let themeEntry = themeValues.get(theme.id);
		if (!themeEntry) {
			themeEntry = { values: new Map(), n: new Map() };
			themeValues.set(theme.id, themeEntry);
		}
		const collect = (group: RoleId | 'all', counts: Counts, n: number): void => {
			const list = themeEntry.values.get(group) ?? [];
			for (const [value, times] of Object.entries(counts)) {
				const place = scaled.get(value);
				if (place !== undefined) for (let i = 0; i < times; i++) list.push(place);
			}
			themeEntry.values.set(group, list);
			themeEntry.n.set(group, Math.max(themeEntry.n.get(group) ?? 0, n));
		};
		collect('all', all, allStats.n);
		for (const role of roles) collect(role, byRole.get(role) ?? {}, roleStats.find((entry) => entry.role === role)?.n ?? 0);

		const medians = roleStats.flatMap((entry) => (entry.stats?.median != null ? [entry.stats.median] : []));
		const roleGap = medians.length >= 2 ? Math.max(...medians) - Math.min(...medians) : 0;
		const judged = allStats.scored >= MIN_SCORED;
		const spread = judged ? (allStats.iqr ?? 0) : 0;
		const shownRole = new Map(roleStats.map((entry) => [entry.role, !entry.hidden]));
		return {
			questionId: question.id,
			themeId: theme.id,
			all: allStats,
			roles: roleStats,
			spread,
			roleGap,
			judged,
			divided: judged && (spread >= DIVIDED_AT - EPSILON || roleGap >= DIVIDED_AT - EPSILON),
			sources: { devices, hands },
			notes: notes.map((note) => ({
				role: shownRole.get(note.role) ? note.role : null,
				name: workshop.display.showNames && note.name.trim() !== '' ? note.name : null,
				text: note.text
			}))
		};
	});

	const order = new Map(questions.map((entry, index) => [entry.questionId, index]));
	const byContent = (a: QuestionAggregate, b: QuestionAggregate) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0);
	const compare = (x: number, y: number) => (Math.abs(x - y) < EPSILON ? 0 : x - y);
	const mostDivergent = questions
		.filter((entry) => entry.divided)
		.sort((a, b) => compare(b.spread, a.spread) || compare(b.roleGap, a.roleGap) || byContent(a, b));
	const agreed = questions
		.filter((entry) => entry.judged && !entry.divided)
		.sort((a, b) => compare(a.spread, b.spread) || compare(a.roleGap, b.roleGap) || byContent(a, b));
	const notJudged = questions.filter((entry) => !entry.judged);

	const themesByRoles: ThemeRow[] = [...themeValues.entries()].map(([themeId, entry]) => {
		const medianOf = (group: RoleId | 'all') => quantile([...(entry.values.get(group) ?? [])].sort((a, b) => a - b), 0.5);
		return {
			themeId,
			all: { n: entry.n.get('all') ?? 0, median: medianOf('all') },
			cells: roles.map((role) => {
				const n = entry.n.get(role) ?? 0;
				const isHidden = hidden(n);
				return { role, n, hidden: isHidden, median: isHidden ? null : medianOf(role) };
			})
		};
	});

	return {
		questions,
		mostDivergent,
		agreed,
		notJudged,
		roles,
		themesByRoles,
		handedIn: { total: participants.length, byRole: handedInByRole },
		participantsCounted: countedParticipants(workshop)
	};
}
