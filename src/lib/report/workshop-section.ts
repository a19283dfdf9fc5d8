/**
 * The "Werksessie" section of the PDF of a group's scan: the date, who took part per role, where the
 * answers differed most (median and spread per role) and what the group settled, with reasoning and
 * dissent. Built only while the workshop is still on the device (it is passed in; null leaves the
 * section out).
 *
 * The display settings of the session hold on paper too: a role with fewer than SMALL_GROUP_MIN people
 * is merged into "Overig" and its figures left out, unless the group chose to show small groups; names
 * appear only when the group chose to show them, and then only in the list of who handed in.
 *
 * Pure: no clock, no I/O.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { answerLabel, questionText } from '../domain/scope.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import { aggregateWorkshop } from '../workshop/aggregate.ts';
import { ROLE_IDS, SMALL_GROUP_MIN, type Workshop } from '../workshop/workshop-schema.ts';

export interface WorkshopFigureRow {
	group: string;
	people: string;
	median: string;
	spread: string;
}

export interface WorkshopDivergenceItem {
	theme: string;
	question: string;
	rows: WorkshopFigureRow[];
}

export interface WorkshopConsensusItem {
	question: string;
	answer: string;
	reasoning: string;
	/** '' when nobody saw it differently. */
	dissent: string;
}

export interface WorkshopReportSection {
	heading: string;
	intro: string;
	facts: { label: string; value: string }[];
	/** 'Beleid: 4', …, 'Overig: 3'. */
	roles: string[];
	/** Said when small roles were merged into "Overig", else null. */
	otherNote: string | null;
	divergenceHeading: string;
	divergenceNote: string;
	divergence: WorkshopDivergenceItem[];
	/** Said when no question was divided, else null. */
	divergenceNone: string | null;
	columns: Messages['workshopGroup']['pdf']['columns'];
	consensusHeading: string;
	consensus: WorkshopConsensusItem[];
	labels: { agreed: string; reasoning: string; dissent: string };
	/** The names of who handed in, only when the group chose to show names; else null. */
	names: { heading: string; list: string[] } | null;
}

/** The most divergent questions the PDF lists; the rest is in the discussion view. */
export const PDF_DIVERGENT_MAX = 10;

export function buildWorkshopSection(
	checklist: Checklist,
	workshop: Workshop,
	{ language, messages }: { language: Language; messages: Messages }
): WorkshopReportSection {
	const text = messages.workshopGroup.pdf;
	const roleName = messages.workshop.roles;
	const aggregate = aggregateWorkshop(checklist, workshop);
	const { showSmallGroups, showNames } = workshop.display;
	const scale = (value: number | null | undefined): string =>
		value === null || value === undefined || !Number.isFinite(value) ? text.none : formatNumber(Math.round(value * 10) / 10, language);
	const questions = new Map(
		checklist.themes.flatMap((theme) => theme.questions.map((question) => [question.id, { theme, question }] as const))
	);

	// --- who took part ----------------------------------------------------------------------
	const roles: string[] = [];
	let other = 0;
	for (const role of workshop.settings.roles) {
		const n = aggregate.handedIn.byRole[role] ?? 0;
		if (n === 0) continue;
		if (n < SMALL_GROUP_MIN && !showSmallGroups) other += n;
		else roles.push(text.rolesLine(roleName[role], n));
	}
	if (other > 0) roles.push(text.rolesLine(text.other, other));
	const facts = [
		{ label: text.date, value: formatDate(workshop.settings.date, language) },
		{
			label: text.participants,
			// Handed in plus the most present at one show of hands.
			value:
				aggregate.handedIn.total === 0 && aggregate.participantsCounted > 0
					? `${messages.workshopGroup.people(aggregate.participantsCounted)} (${text.handsOnly})`
					: messages.workshopGroup.people(aggregate.participantsCounted)
		}
	];

	// --- where the answers differed ---------------------------------------------------------
	const divergence: WorkshopDivergenceItem[] = aggregate.mostDivergent.slice(0, PDF_DIVERGENT_MAX).flatMap((entry) => {
		const found = questions.get(entry.questionId);
		if (!found) return [];
		const rows: WorkshopFigureRow[] = [
			{ group: text.everyone, people: String(entry.all.n), median: scale(entry.all.median), spread: scale(entry.all.iqr) }
		];
		for (const role of entry.roles) {
			// A hidden role's answers are in "Iedereen"; on its own it would be recognisable.
			if (role.hidden || !role.stats || role.n === 0) continue;
			rows.push({ group: roleName[role.role], people: String(role.n), median: scale(role.stats.median), spread: scale(role.stats.iqr) });
		}
		return [{ theme: found.theme.title, question: questionText(found.question, workshop.settings.phase), rows }];
	});

	// --- what the group settled -------------------------------------------------------------
	const consensus: WorkshopConsensusItem[] = [];
	for (const theme of checklist.themes) {
		for (const question of theme.questions) {
			const entry = workshop.consensus[question.id];
			if (!entry) continue;
			consensus.push({
				question: questionText(question, workshop.settings.phase),
				answer: entry.value === null ? messages.check.notAnswered : (answerLabel(checklist, question, entry.value) ?? messages.check.notAnswered),
				reasoning: entry.reasoning.trim() || text.noReasoning,
				dissent: entry.dissent.trim()
			});
		}
	}

	const names = showNames
		? {
				heading: text.namesHeading,
				list: Object.values(workshop.participants)
					.filter((participant) => participant.name.trim() !== '')
					.sort((a, b) => ROLE_IDS.indexOf(a.role) - ROLE_IDS.indexOf(b.role) || a.name.localeCompare(b.name))
					.map((participant) => `${participant.name.trim()} (${roleName[participant.role]})`)
			}
		: null;

	return {
		heading: text.heading,
		intro: text.intro,
		facts,
		roles,
		otherNote: other > 0 ? text.otherNote(SMALL_GROUP_MIN) : null,
		divergenceHeading: text.divergenceHeading,
		divergenceNote: text.scaleNote,
		divergence,
		divergenceNone: divergence.length === 0 ? text.divergenceNone : null,
		columns: text.columns,
		consensusHeading: text.consensusHeading,
		consensus,
		labels: { agreed: text.agreed, reasoning: text.reasoning, dissent: text.dissent },
		names: names && names.list.length > 0 ? names : null
	};
}
